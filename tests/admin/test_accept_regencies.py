"""Proposals with kabupaten/kota parties: the accept form carries them, accepting records them."""

import pytest
from django.urls import reverse

from agreements.models import Agreement, Article, Candidate
from tests.admin.accept_post import rendered_post

pytestmark = pytest.mark.django_db

FACTS = {
    "is_agreement": True,
    "agreement_type": "kesepakatan_bersama",
    "parties": [
        {"name": "Jawa Barat", "level": "province", "province_code": "32"},
        {"name": "Kota Bandung", "level": "city", "province_code": "32", "region_code": "32.73"},
        # Two Bandungs and nothing to tell them apart: no code.
        {"name": "Bandung", "level": "regency", "province_code": None, "region_code": None},
    ],
    "signed_on": "2024-05-02",
    "confidence": {"parties": 0.95, "signed_on": 0.9, "agreement_type": 0.9},
}


@pytest.fixture
def candidate():
    article = Article.objects.create(
        title="Pemprov Jabar dan Pemkot Bandung",
        url="https://berita.example.id/k",
        canonical_url="https://berita.example.id/k",
        text="Pemerintah Provinsi Jawa Barat dan Pemerintah Kota Bandung bersepakat.",
        content_hash="k",
        extraction=FACTS,
        is_relevant=True,
    )
    return Candidate.objects.create(article=article, facts=FACTS, confidence=0.9)


def test_the_accept_form_carries_the_kota_and_accepting_records_it(admin_client, candidate):
    url = reverse("admin:agreements_candidate_accept", args=[candidate.pk])
    page = admin_client.get(url)
    rows = [form.initial for form in page.context["formsets"]["parties"].forms]
    assert [(r["kind"], r["province"], r["regency"]) for r in rows[:3]] == [
        ("province", "32", None),
        ("city", None, "32.73"),
        ("other", None, None),
    ]
    assert "Kota Bandung" in page.content.decode()
    # The reviewer settles the unsure Bandung as the kabupaten.
    data = rendered_post(
        page.context,
        signed_on="02/05/2024",
        **{"parties-2-kind": "regency", "parties-2-regency": "32.04"},
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    agreement = Agreement.objects.get()
    parties = list(agreement.parties.order_by("position"))
    assert [(p.kind, p.region_code, p.display_name) for p in parties] == [
        ("province", "32", "Jawa Barat"),
        ("city", "32.73", "Kota Bandung"),
        ("regency", "32.04", "Kabupaten Bandung"),
    ]


def test_submitted_unchanged_it_still_saves(admin_client, candidate):
    url = reverse("admin:agreements_candidate_accept", args=[candidate.pk])
    page = admin_client.get(url)
    response = admin_client.post(url, rendered_post(page.context, signed_on="02/05/2024"))
    assert response.status_code == 302
    kinds = list(Agreement.objects.get().parties.values_list("kind", "organisation_name"))
    assert ("other", "Bandung") in kinds and ("city", "") in kinds
