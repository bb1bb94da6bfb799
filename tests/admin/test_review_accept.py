"""Accept as a real form: pre-filled from sure facts, evidence beside, one service, unedited OK."""

import datetime as dt
from pathlib import Path

import pytest
from django.urls import reverse

from agreements.extraction import extract
from agreements.models import (
    Agreement,
    Article,
    ArticleLink,
    Candidate,
    CandidateStatus,
    CooperationClass,
    Opd,
    Provenance,
)
from agreements.services.agreements import opd_standard_units_ensure
from tests.admin.accept_post import rendered_post
from tests.factories import AgreementFactory, OpdFactory

pytestmark = pytest.mark.django_db

SHARED_SEED = Path("/work/shared/seed/sitimang-jambi-jabar-2020-03.txt")

SURE = {
    "is_agreement": True,
    "agreement_type": "kesepakatan_bersama",
    "parties": [
        {"name": "Sumatera Barat", "level": "province", "province_code": "13"},
        {"name": "Riau", "level": "province", "province_code": "14"},
    ],
    "opds": [
        {"name": "Dinas Ketahanan Pangan", "acronym": None, "province_code": "14"},
        {"name": "Dinas Pertanian", "acronym": "Distan", "province_code": None},
    ],
    "sectors": ["pangan", "pertanian"],
    "signed_on": "2024-06-03",
    "place": "Gedung Daerah Riau, Pekanbaru",
    "signatories": [
        {"name": "Mahyeldi", "title": "Gubernur Sumatera Barat"},
        {"name": "Edy Natar Nasution", "title": "Gubernur Riau"},
    ],
    "prior_cooperation_since": None,
    "evidence": {
        "parties": [
            "Pemerintah Provinsi Sumatera Barat dan Pemerintah Provinsi Riau menandatangani."
        ],
        "signed_on": ["Senin (3/6/2024), di Gedung Daerah Riau, Pekanbaru."],
        "sectors": [
            "Ruang lingkup kerja sama mencakup pasokan beras dan cabai, pengembangan benih "
            "unggul, serta pertukaran data harga pangan."
        ],
    },
    "confidence": {
        "is_agreement": 0.9,
        "parties": 0.95,
        "signed_on": 0.9,
        "place": 0.85,
        "signatories": 0.85,
        "opds": 0.85,
        "sectors": 0.8,
    },
}


def _candidate(facts, *, title="Sumbar dan Riau Sepakati Kerja Sama Ketahanan Pangan", text=""):
    article = Article.objects.create(
        title=title,
        url=f"https://berita.example.id/{len(title)}",
        canonical_url=f"https://berita.example.id/{len(title)}",
        text=text or title,
        content_hash=title,
        extraction=facts,
        is_relevant=True,
        published_at=dt.datetime(2024, 6, 4, tzinfo=dt.UTC),
    )
    return Candidate.objects.create(article=article, facts=facts, confidence=0.9)


def _accept_url(candidate):
    return reverse("admin:agreements_candidate_accept", args=[candidate.pk])


def test_unedited_prefill_of_sure_facts_is_accepted(admin_client, superuser):
    candidate = _candidate(SURE)
    page = admin_client.get(_accept_url(candidate))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Senin (3/6/2024), di Gedung Daerah Riau" in html  # evidence beside the date
    assert "pipe" not in html and " | " not in page.context["form"]["title"].value()

    response = admin_client.post(_accept_url(candidate), rendered_post(page.context))
    assert response.status_code == 302, _errors(response)
    agreement = Agreement.objects.get()
    assert agreement.title == (
        "Kesepakatan Bersama antara Pemerintah Provinsi Sumatera Barat dan Pemerintah Provinsi Riau"
    )
    assert agreement.provenance == Provenance.ARTICLE
    assert agreement.cooperation_class == CooperationClass.KSDD
    assert agreement.signed_on == agreement.effective_from == dt.date(2024, 6, 3)
    assert agreement.place == "Gedung Daerah Riau, Pekanbaru"
    parties = {p.province_id: p for p in agreement.parties.all()}
    assert set(parties) == {"13", "14"}
    assert parties["13"].signatory_name == "Mahyeldi"
    assert parties["14"].signatory_title == "Gubernur Riau"
    # The unit whose province the article gives is recorded; the other is offered, not guessed.
    assert [
        (o.name, o.province_id) for o in Opd.objects.filter(agreement_links__agreement=agreement)
    ] == [("Dinas Ketahanan Pangan", "14")]
    scope = {
        s.description: sorted(s.sectors.values_list("code", flat=True))
        for s in agreement.scope_items.all()
    }
    assert scope == {
        "Pasokan beras dan cabai": ["pangan", "pertanian"],
        "Pengembangan benih unggul": ["pertanian"],
        "Pertukaran data harga pangan": ["pangan"],
    }
    assert agreement.article_links.get().linked_by == ArticleLink.ACCEPTED
    candidate.refresh_from_db()
    assert candidate.status == CandidateStatus.ACCEPTED and candidate.agreement == agreement


def test_facts_below_the_threshold_are_left_empty_and_marked(admin_client):
    facts = {**SURE, "confidence": {**SURE["confidence"], "signed_on": 0.75, "opds": 0.7}}
    page = admin_client.get(_accept_url(_candidate(facts)))
    form, opds = page.context["form"], page.context["formsets"]["opds"]
    assert form["signed_on"].value() is None and form["effective_from"].value() is None
    assert form["place"].value() == "Gedung Daerah Riau, Pekanbaru"
    assert [row["include"].value() for row in opds.initial_forms] == [False, False]
    assert [row["new_name"].value() for row in opds.initial_forms] == [
        "Dinas Ketahanan Pangan",
        "Dinas Pertanian",
    ]
    html = page.content.decode()
    assert "keyakinan 0,75" in html and "3 Juni 2024" in html  # the suggestion, shown beside
    assert "tidak diisi otomatis" in html


def test_a_recorded_unit_is_picked_not_created_again(admin_client):
    opd_standard_units_ensure()
    before = Opd.objects.count()
    page = admin_client.get(_accept_url(_candidate(SURE)))
    first = page.context["formsets"]["opds"].initial_forms[0]
    assert (
        first["opd"].value() == Opd.objects.get(province_id="14", name="Dinas Ketahanan Pangan").pk
    )
    response = admin_client.post(_accept_url(Candidate.objects.get()), rendered_post(page.context))
    assert response.status_code == 302, _errors(response)
    assert Opd.objects.count() == before


def test_reviewer_fixes_and_adds_rows(admin_client):
    candidate = _candidate(SURE)
    page = admin_client.get(_accept_url(candidate))
    data = rendered_post(
        page.context,
        **{
            "opds-1-include": "on",
            "opds-1-new_province": "13",
            "opds-1-new_kind": "dinas",
            "scope-3-include": "on",
            "scope-3-description": "Pasar lelang komoditas bersama",
            "scope-3-sectors": ["perdagangan"],
            "expires_on": "",
            "duration_months": "60",
        },
    )
    response = admin_client.post(_accept_url(candidate), data)
    assert response.status_code == 302, _errors(response)
    agreement = Agreement.objects.get()
    assert {
        (o.name, o.province_id, o.acronym)
        for o in Opd.objects.filter(agreement_links__agreement=agreement)
    } == {
        ("Dinas Ketahanan Pangan", "14", ""),
        ("Dinas Pertanian", "13", "Distan"),
    }
    assert agreement.scope_items.count() == 4 and agreement.duration_months == 60


def test_errors_are_shown_beside_the_rows_and_nothing_is_created(admin_client):
    candidate = _candidate(SURE)
    page = admin_client.get(_accept_url(candidate))
    strangers = OpdFactory(province_id="35", name="Dinas Perhubungan")
    data = rendered_post(
        page.context,
        **{"parties-1-include": None, "opds-2-include": "on", "opds-2-opd": str(strangers.pk)},
    )
    response = admin_client.post(_accept_url(candidate), data)
    assert response.status_code == 200
    assert "dua pihak" in str(response.context["formsets"]["parties"].non_form_errors())
    assert not Agreement.objects.exists()
    assert Candidate.objects.get().status == CandidateStatus.PENDING

    data = rendered_post(page.context, **{"opds-2-include": "on", "opds-2-opd": str(strangers.pk)})
    response = admin_client.post(_accept_url(candidate), data)
    assert "bukan milik provinsi" in str(response.context["formsets"]["opds"].non_form_errors())
    assert not Agreement.objects.exists()


def test_a_renewal_sets_its_predecessor(admin_client):
    previous = AgreementFactory(provinces=["13", "14"], signed_on=dt.date(2019, 1, 10))
    candidate = _candidate(SURE)
    page = admin_client.get(_accept_url(candidate))
    response = admin_client.post(
        _accept_url(candidate), rendered_post(page.context, predecessor=str(previous.pk))
    )
    assert response.status_code == 302, _errors(response)
    assert Agreement.objects.exclude(pk=previous.pk).get().predecessor == previous


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="the shared seed article is not here")
def test_seed_article_accepted_unedited_then_completed(admin_client):
    text = SHARED_SEED.read_text(encoding="utf-8")
    facts = extract(text, published="2020-03-13").to_contract_dict("seed")
    candidate = _candidate(facts, title="Jambi dan Jawa Barat teken kesepakatan", text=text)
    page = admin_client.get(_accept_url(candidate))
    # "Kamis (12/3)" read against a publication date known to the day is filled (0.85);
    # OPDs and sectors (0.7) are below the threshold: offered, not filled.
    response = admin_client.post(_accept_url(candidate), rendered_post(page.context))
    assert response.status_code == 302, _errors(response)
    agreement = Agreement.objects.get()
    assert {p.province_id for p in agreement.parties.all()} == {"15", "32"}
    assert agreement.place == "Gedung Pakuan"
    assert agreement.signed_on == dt.date(2020, 3, 12)
    assert agreement.parties.get(province_id="15").signatory_name == "Fachrori Umar"


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="the shared seed article is not here")
def test_seed_article_with_the_offered_rows_taken(admin_client):
    text = SHARED_SEED.read_text(encoding="utf-8")
    facts = extract(text, published="2020-03-13").to_contract_dict("seed")
    candidate = _candidate(facts, title="Jambi dan Jawa Barat teken kesepakatan", text=text)
    page = admin_client.get(_accept_url(candidate))
    opds, scope = page.context["formsets"]["opds"], page.context["formsets"]["scope"]
    # The article names no province for the 8 OPDs; the reviewer records them as Jambi's.
    changes = {"signed_on": "12-03-2020"}
    for index in range(len(opds.initial_forms)):
        changes[f"opds-{index}-include"] = "on"
        changes[f"opds-{index}-new_province"] = "15"
    for index in range(len(scope.initial_forms)):
        changes[f"scope-{index}-include"] = "on"
    response = admin_client.post(_accept_url(candidate), rendered_post(page.context, **changes))
    assert response.status_code == 302, _errors(response)
    agreement = Agreement.objects.get()
    assert agreement.signed_on == dt.date(2020, 3, 12)
    assert Opd.objects.filter(agreement_links__agreement=agreement).count() == 8
    assert set(
        Opd.objects.filter(agreement_links__agreement=agreement).values_list(
            "province_id", flat=True
        )
    ) == {"15"}
    assert "Dinas Kehutanan" in set(
        Opd.objects.filter(agreement_links__agreement=agreement).values_list("name", flat=True)
    )
    items = list(agreement.scope_items.prefetch_related("sectors"))
    assert len(items) == 8
    assert "Pembangunan kehutanan" in [item.description for item in items]
    assert all(item.sectors.all() for item in items if "pengaduan" not in item.description)


def _errors(response):
    context = response.context
    if not context or "form" not in context:
        return response
    return (
        context["form"].errors,
        {name: (fs.errors, fs.non_form_errors()) for name, fs in context["formsets"].items()},
    )
