"""The proposal pages show what the extractor found as people read it: labels, names and the
interface language's dates and numbers, never the extractor's codes."""

import datetime as dt

import pytest
from django.urls import reverse

from agreements.models import Article, Candidate

pytestmark = pytest.mark.django_db

FACTS = {
    "is_agreement": True,
    "agreement_type": "kesepakatan_bersama",
    "parties": [
        {"name": "Jambi", "level": "province", "province_code": "15"},
        {"name": "Jawa Barat", "level": "province", "province_code": "32"},
    ],
    "opds": [{"name": "Dinas Ketenagakerjaan", "acronym": None, "province_code": "15"}],
    "sectors": ["tenaga_kerja", "pangan"],
    "signed_on": "2020-03-12",
    "place": "Gedung Pakuan, Bandung",
    "signatories": [{"name": "Fachrori Umar", "title": "Gubernur Jambi"}],
    "evidence": {},
    "confidence": {"is_agreement": 0.9, "parties": 0.9, "sectors": 0.55, "signed_on": 0.95},
}


@pytest.fixture
def candidate():
    article = Article.objects.create(
        title="Jambi dan Jabar bekerja sama",
        url="https://berita.example.id/b",
        canonical_url="https://berita.example.id/b",
        text="Jambi dan Jawa Barat menandatangani kesepakatan bersama.",
        content_hash="y",
        extraction=FACTS,
        is_relevant=True,
        published_at=dt.datetime(2020, 3, 13, 9, 30, tzinfo=dt.UTC),
    )
    return Candidate.objects.create(article=article, facts=FACTS, confidence=0.83)


def _page(client, name, candidate, language):
    client.cookies["django_language"] = language
    return client.get(reverse(name, args=[candidate.pk])).content.decode()


RAW = ["kesepakatan_bersama", "tenaga_kerja", "pangan", "(15)", "(32)", "2020-03-12", "0.9 "]


def test_review_page_in_indonesian_shows_labels_and_local_formats(admin_client, candidate):
    page = _page(admin_client, "admin:agreements_candidate_change", candidate, "id")
    assert "Kesepakatan Bersama" in page
    assert "Jambi (Provinsi)" in page and "Jawa Barat (Provinsi)" in page
    assert "Tenaga Kerja" in page and "Pangan" in page
    assert "Dinas Ketenagakerjaan (Jambi)" in page
    assert "12 Maret 2020" in page
    assert "0,90" in page and "0,95" in page and "0,83" in page
    assert "0.90" not in page
    for raw in RAW:
        assert raw not in page, raw


def test_review_page_in_english_shows_english_labels(admin_client, candidate):
    page = _page(admin_client, "admin:agreements_candidate_change", candidate, "en")
    assert "Jambi (Province)" in page
    assert "Manpower" in page and "Food" in page
    assert "12 March 2020" in page
    assert "0.90" in page and "0,90" not in page
    assert "<th>Relevant</th>" in page
    for raw in RAW:
        assert raw not in page, raw


def test_accept_page_suggests_sectors_and_dates_by_name(admin_client, candidate):
    page = _page(admin_client, "admin:agreements_candidate_accept", candidate, "id")
    # Sectors are under the pre-fill bar: offered as a suggestion, by their names.
    assert "Usulan ekstraksi: <strong>Tenaga Kerja, Pangan</strong>" in page
    assert "tenaga_kerja, pangan" not in page
    assert "keyakinan 0,55" in page
    # Labels start with a capital, like the agreement admin's.
    assert ">Berlaku sejak:</label>" in page and ">Jenis pihak:</label>" in page


def test_queue_writes_dates_the_way_the_dashboard_does(admin_client, candidate):
    admin_client.cookies["django_language"] = "en"
    page = admin_client.get(reverse("admin:agreements_candidate_changelist")).content.decode()
    assert "12 March 2020" in page and "13 March 2020 16:30" in page
    assert "2020-03-12" not in page and "a.m." not in page


def test_article_admin_filters_languages_by_name(admin_client, candidate):
    Article.objects.update(language="id")
    page = admin_client.get(reverse("admin:agreements_article_changelist")).content.decode()
    assert 'href="?language=id"' in page and ">Indonesia</a>" in page
    admin_client.cookies["django_language"] = "en"
    page = admin_client.get(
        reverse("admin:agreements_article_changelist"), {"language": "id"}
    ).content.decode()
    assert ">Indonesian</a>" in page and "Jambi dan Jabar bekerja sama" in page
