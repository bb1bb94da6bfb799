"""Possible matches of a proposal: scored, with reasons, one click to merge or renew."""

import datetime as dt

import pytest
from django.urls import reverse

from agreements.facts import ExtractedFacts
from agreements.models import Article, Candidate, CandidateStatus
from agreements.selectors.matches import agreement_matches
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

FACTS = {
    "is_agreement": True,
    "parties": [
        {"name": "Jambi", "level": "province", "province_code": "15"},
        {"name": "Jawa Barat", "level": "province", "province_code": "32"},
    ],
    "sectors": ["kehutanan"],
    "signed_on": "2020-03-12",
    "prior_cooperation_since": 2017,
    "evidence": {},
}


def test_same_event_scores_above_a_renewal_and_says_why():
    same = AgreementFactory(
        provinces=["15", "32"], signed_on=dt.date(2020, 3, 12), title="KB Jambi Jabar kehutanan"
    )
    earlier = AgreementFactory(provinces=["15", "32"], signed_on=dt.date(2017, 5, 2))
    AgreementFactory(provinces=["15", "51"], signed_on=dt.date(2020, 3, 12))
    matches = agreement_matches(ExtractedFacts.from_dict(FACTS), text="kehutanan Jambi")
    assert [m.agreement for m in matches] == [same, earlier]
    assert matches[0].score > matches[1].score
    assert "pihak yang sama" in matches[0].reasons
    assert "ditandatangani 0 hari terpaut" in matches[0].reasons
    assert matches[1].renewal and not matches[0].renewal


def test_one_click_merge_and_renewal_from_the_review_page(admin_client):
    earlier = AgreementFactory(provinces=["15", "32"], signed_on=dt.date(2017, 5, 2))
    article = Article.objects.create(
        title="Jambi Jabar",
        url="https://b.example.id/1",
        canonical_url="https://b.example.id/1",
        content_hash="1",
        text="Kerja sama diperpanjang.",
    )
    candidate = Candidate.objects.create(article=article, facts=FACTS)
    html = admin_client.get(
        reverse("admin:agreements_candidate_change", args=[candidate.pk])
    ).content.decode()
    accept = reverse("admin:agreements_candidate_accept", args=[candidate.pk])
    assert f"{accept}?predecessor={earlier.pk}" in html
    assert f'name="agreement" value="{earlier.pk}"' in html
    page = admin_client.get(f"{accept}?predecessor={earlier.pk}")
    assert page.context["form"]["predecessor"].value() == earlier.pk
    admin_client.post(
        reverse("admin:agreements_candidate_merge", args=[candidate.pk]), {"agreement": earlier.pk}
    )
    candidate.refresh_from_db()
    assert candidate.status == CandidateStatus.MERGED and candidate.agreement == earlier


def test_shared_sectors_are_named_in_the_interface_language_never_by_code():
    from django.utils import translation

    from tests.factories import ScopeItemFactory

    same = AgreementFactory(provinces=["15", "32"], signed_on=dt.date(2020, 3, 12))
    ScopeItemFactory(agreement=same, sectors=["kehutanan"])
    facts = ExtractedFacts.from_dict(FACTS)
    assert "urusan sama: Kehutanan" in agreement_matches(facts)[0].reasons
    with translation.override("en"):
        assert "same sectors: Forestry" in agreement_matches(facts)[0].reasons
