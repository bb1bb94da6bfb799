"""The review queue: a human decides every proposal; decisions are POST-only and recorded."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from agreements.models import (
    Agreement,
    Article,
    ArticleLink,
    Candidate,
    CandidateStatus,
    Provenance,
)
from tests.admin.accept_post import rendered_post
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

TEXT = (
    "Pemerintah Provinsi Jambi dan Pemerintah Provinsi Jawa Barat menandatangani kesepakatan "
    "bersama di Gedung Pakuan, Bandung, Kamis (12/3/2020). <script>alert('xss')</script> "
    "Kerja sama meliputi pariwisata dan pertanian."
)
FACTS = {
    "is_agreement": True,
    "agreement_type": "kesepakatan_bersama",
    "parties": [
        {"name": "Jambi", "level": "province", "province_code": "15"},
        {"name": "Jawa Barat", "level": "province", "province_code": "32"},
    ],
    "opds": [{"name": "Dinas Pariwisata", "acronym": "Dispar", "province_code": "15"}],
    "sectors": ["pariwisata"],
    "signed_on": "2020-03-12",
    "place": "Gedung Pakuan, Bandung",
    "signatories": [{"name": "Fachrori Umar", "title": "Gubernur Jambi"}],
    "prior_cooperation_since": 2017,
    "evidence": {
        "parties": [
            "Pemerintah Provinsi Jambi dan Pemerintah Provinsi Jawa Barat menandatangani "
            "kesepakatan bersama di Gedung Pakuan, Bandung, Kamis (12/3/2020)."
        ]
    },
    "confidence": {"parties": 0.9},
}


@pytest.fixture
def candidate():
    article = Article.objects.create(
        title='Jambi & Jabar <img src=x onerror="alert(1)">',
        url="https://berita.example.id/a",
        canonical_url="https://berita.example.id/a",
        text=TEXT,
        content_hash="x",
        extraction=FACTS,
        is_relevant=True,
        published_at=dt.datetime(2020, 3, 13, tzinfo=dt.UTC),
    )
    return Candidate.objects.create(article=article, facts=FACTS, confidence=0.9)


def test_review_page_highlights_evidence_and_escapes_everything(admin_client, candidate):
    response = admin_client.get(reverse("admin:agreements_candidate_change", args=[candidate.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark" in html and "Gedung Pakuan" in html
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#x27;xss&#x27;)" in html
    assert '<img src=x onerror="alert(1)">' not in html
    assert "&lt;img src=x onerror=" in html


def test_queue_lists_pending_candidates(admin_client, candidate):
    response = admin_client.get(reverse("admin:agreements_candidate_changelist"))
    assert response.status_code == 200 and "Jambi" in response.content.decode()


def test_accept_form_is_prefilled_and_creates_the_agreement(admin_client, candidate, superuser):
    url = reverse("admin:agreements_candidate_accept", args=[candidate.pk])
    page = admin_client.get(url)
    parties = page.context["formsets"]["parties"].initial
    assert [row["province"] for row in parties] == ["15", "32"]
    assert parties[0]["signatory_name"] == ""  # signatories carry no sure confidence here
    data = rendered_post(
        page.context,
        **{
            "parties-0-signatory_name": "Fachrori Umar",
            "parties-0-signatory_title": "Gubernur Jambi",
            "signed_on": "2020-03-12",
            "opds-0-include": "on",
            "opds-1-include": "on",
            "opds-1-new_name": "Dinas Pertanian",
            "opds-1-new_province": "32",
            "scope-0-include": "on",
            "scope-0-description": "Promosi wisata bersama",
            "scope-0-sectors": ["pariwisata"],
        },
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302
    agreement = Agreement.objects.get()
    assert agreement.provenance == Provenance.ARTICLE
    assert agreement.signed_on == dt.date(2020, 3, 12)
    assert {p.province_id for p in agreement.parties.all()} == {"15", "32"}
    assert agreement.parties.get(province_id="15").signatory_name == "Fachrori Umar"
    assert agreement.agreement_opds.count() == 2
    assert list(agreement.scope_items.get().sectors.values_list("code", flat=True)) == [
        "pariwisata"
    ]
    assert "https://berita.example.id/a" in agreement.notes
    link = agreement.article_links.get()
    assert link.linked_by == ArticleLink.ACCEPTED and link.evidence == FACTS["evidence"]
    candidate.refresh_from_db()
    assert candidate.status == CandidateStatus.ACCEPTED and candidate.agreement == agreement
    assert candidate.decided_by == superuser and candidate.decided_at
    assert candidate.history.first().history_user == superuser


def test_accept_shows_validation_errors(admin_client, candidate):
    url = reverse("admin:agreements_candidate_accept", args=[candidate.pk])
    page = admin_client.get(url)
    response = admin_client.post(
        url, rendered_post(page.context, title="", **{"parties-1-include": None})
    )
    assert response.status_code == 200 and response.context["form"].errors
    assert not Agreement.objects.exists()
    assert Candidate.objects.get().status == CandidateStatus.PENDING


def test_merge_into_an_agreement(admin_client, candidate, superuser):
    agreement = AgreementFactory(provinces=["15", "32"])
    response = admin_client.post(
        reverse("admin:agreements_candidate_merge", args=[candidate.pk]),
        {"agreement": agreement.pk},
    )
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert candidate.status == CandidateStatus.MERGED and candidate.agreement == agreement
    assert agreement.articles.get() == candidate.article
    assert agreement.article_links.get().linked_by == ArticleLink.MERGED


def test_reject_needs_a_reason_and_is_recorded(admin_client, candidate, superuser):
    url = reverse("admin:agreements_candidate_reject", args=[candidate.pk])
    admin_client.post(url, {"reason": "  "})
    assert Candidate.objects.get().status == CandidateStatus.PENDING
    admin_client.post(url, {"reason": "Hanya kunjungan kerja"})
    candidate.refresh_from_db()
    assert candidate.status == CandidateStatus.REJECTED
    assert (
        candidate.rejection_reason == "Hanya kunjungan kerja" and candidate.decided_by == superuser
    )
    assert not Agreement.objects.exists()


def test_a_decision_cannot_be_undone_through_the_history_revert(admin_client, candidate):
    reject = reverse("admin:agreements_candidate_reject", args=[candidate.pk])
    admin_client.post(reject, {"reason": "Hanya kunjungan kerja"})
    history = reverse("admin:agreements_candidate_history", args=[candidate.pk])
    page = admin_client.get(history).content.decode()
    assert "Hanya kunjungan kerja" in page  # the decision is listed
    first = candidate.history.earliest()
    revert = reverse("admin:agreements_candidate_simple_history", args=[candidate.pk, first.pk])
    assert revert not in page
    assert admin_client.get(revert).status_code == 302  # to the review page
    response = admin_client.post(revert, {"status": CandidateStatus.PENDING, "reason": ""})
    assert response.status_code == 403
    assert Candidate.objects.get().status == CandidateStatus.REJECTED


def test_decisions_are_post_only(admin_client, candidate):
    for name in ("merge", "reject"):
        url = reverse(f"admin:agreements_candidate_{name}", args=[candidate.pk])
        assert admin_client.get(url).status_code == 405
    assert Candidate.objects.get().status == CandidateStatus.PENDING


def test_decisions_need_permissions(client, django_user_model, candidate):
    viewer = django_user_model.objects.create_user(
        "viewer", password="a-Long-test-passw0rd", is_staff=True
    )
    viewer.user_permissions.add(Permission.objects.get(codename="view_candidate"))
    client.force_login(viewer)
    assert (
        client.get(reverse("admin:agreements_candidate_change", args=[candidate.pk])).status_code
        == 200
    )
    for name in ("accept", "reject", "merge"):
        response = client.post(
            reverse(f"admin:agreements_candidate_{name}", args=[candidate.pk]), {"reason": "x"}
        )
        assert response.status_code == 403
    assert Candidate.objects.get().status == CandidateStatus.PENDING


def test_bulk_reject(admin_client, candidate):
    other = Candidate.objects.create(
        article=Article.objects.create(
            url="https://b.example.id/2", canonical_url="https://b.example.id/2", content_hash="y"
        ),
        facts={},
    )
    changelist = reverse("admin:agreements_candidate_changelist")
    ids = [str(candidate.pk), str(other.pk)]
    response = admin_client.post(changelist, {"action": "bulk_reject", "_selected_action": ids})
    assert response.status_code == 200 and "Tolak semua" in response.content.decode()
    admin_client.post(
        changelist,
        {
            "action": "bulk_reject",
            "_selected_action": ids,
            "confirm": "1",
            "reason": "Bukan kerja sama daerah",
        },
    )
    assert set(Candidate.objects.values_list("status", flat=True)) == {CandidateStatus.REJECTED}
