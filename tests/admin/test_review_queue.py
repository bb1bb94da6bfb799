"""The queue a reviewer works through: priority order, filters, counts where they look."""

import datetime as dt

import pytest
from django.urls import reverse

from agreements.models import Article, Candidate, CandidateStatus, Source

pytestmark = pytest.mark.django_db

QUEUE = "/admin/agreements/candidate/"


def _proposal(n, *, confidence, province="15", status=CandidateStatus.PENDING, source=None, day=1):
    article = Article.objects.create(
        title=f"Usulan {n}",
        url=f"https://berita.example.id/{n}",
        canonical_url=f"https://berita.example.id/{n}",
        content_hash=str(n),
        source=source,
        published_at=dt.datetime(2024, 5, day, tzinfo=dt.UTC),
    )
    facts = {"parties": [{"name": "x", "level": "province", "province_code": province}]}
    extra = {}
    if status != CandidateStatus.PENDING:
        extra = {"decided_at": dt.datetime(2024, 6, 1, tzinfo=dt.UTC), "rejection_reason": "x"}
    return Candidate.objects.create(
        article=article, facts=facts, confidence=confidence, status=status, **extra
    )


def _titles(response):
    return [c.article.title for c in response.context["cl"].result_list]


def test_pending_first_surest_then_newest(admin_client):
    _proposal(1, confidence=0.6, day=9)
    _proposal(2, confidence=0.9, day=1)
    _proposal(3, confidence=0.9, day=5)
    _proposal(4, confidence=0.99, status=CandidateStatus.REJECTED)
    assert _titles(admin_client.get(QUEUE)) == ["Usulan 3", "Usulan 2", "Usulan 1"]
    assert _titles(admin_client.get(QUEUE, {"status": "all"}))[-1] == "Usulan 4"


def test_filters_by_source_province_and_confidence(admin_client):
    source = Source.objects.create(name="Antara Riau", url="https://riau.example.id/rss")
    _proposal(1, confidence=0.9, province="14", source=source)
    _proposal(2, confidence=0.6, province="15")
    _proposal(3, confidence=0.3, province="14")
    assert _titles(admin_client.get(QUEUE, {"source": source.pk})) == ["Usulan 1"]
    assert _titles(admin_client.get(QUEUE, {"province": "14"})) == ["Usulan 1", "Usulan 3"]
    assert _titles(admin_client.get(QUEUE, {"confidence": "mid"})) == ["Usulan 2"]
    assert _titles(admin_client.get(QUEUE, {"confidence": "low"})) == ["Usulan 3"]
    assert "Antara Riau" in admin_client.get(QUEUE).content.decode()


def test_counts_for_reviewers_on_the_admin_index_and_home(admin_client, client, make_user):
    _proposal(1, confidence=0.9)
    _proposal(2, confidence=0.5)
    _proposal(3, confidence=0.5, status=CandidateStatus.REJECTED)
    assert "2 usulan kesepakatan menunggu tinjauan" in admin_client.get("/admin/").content.decode()
    assert "2 usulan kesepakatan menunggu tinjauan" in admin_client.get("/").content.decode()
    client.force_login(make_user("Viewer", username="staf"))
    assert "menunggu tinjauan" not in client.get("/").content.decode()


def test_accept_and_reject_have_access_keys(admin_client):
    candidate = _proposal(1, confidence=0.9)
    html = admin_client.get(
        reverse("admin:agreements_candidate_change", args=[candidate.pk])
    ).content.decode()
    assert 'accesskey="a"' in html and 'accesskey="r"' in html
