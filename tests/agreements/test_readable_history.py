"""History reads as people talk: labels, names, provinces, local times; no None, no paths."""

import re

import pytest
from django.urls import reverse

from agreements.models import Article, Candidate, Opd, Sector
from agreements.services import review
from agreements.services.agreements import OpdSpec, PartySpec, ScopeItemSpec, agreement_create

pytestmark = pytest.mark.django_db

DOTTED = re.compile(r"\bagreements\.[A-Za-z_]+\.")


def _text(response) -> str:
    html = response.content.decode().replace("&nbsp;&rarr;&nbsp;&nbsp;", " → ")
    return re.sub(r"\s+", " ", html)


@pytest.fixture
def reviewer(superuser):
    superuser.first_name, superuser.last_name = "Siti", "Rahma"
    superuser.save()
    return superuser


@pytest.fixture
def changed_agreement(reviewer):
    agreement = agreement_create(
        title="Kesepakatan Bersama Jambi dan Jawa Barat",
        parties=[PartySpec(province_code="15"), PartySpec(province_code="32")],
        opds=[OpdSpec(province_code="15", name="Dinas Kehutanan")],
        scope_items=[ScopeItemSpec(description="Rehabilitasi hutan", sector_codes=("kehutanan",))],
        created_by=reviewer,
    )
    item = agreement.scope_items.get()
    item._history_user = reviewer
    item.description = "Rehabilitasi hutan dan lahan"
    item.save()
    item.sectors.set(Sector.objects.filter(code__in=["kehutanan", "lingkungan_hidup"]))
    link = agreement.agreement_opds.get()
    link._history_user = reviewer
    link.opd = Opd.objects.create(province_id="32", kind="dinas", name="Dinas Lingkungan Hidup")
    link.save()
    party = agreement.parties.get(province_id="32")
    party._history_user = reviewer
    party.signatory_name = "Ridwan Kamil"
    party.province_id = "36"
    party.save()
    agreement._history_user = reviewer
    agreement.agreement_type = "perjanjian_kerja_sama"
    agreement.save()
    return agreement


def _clean(html: str) -> None:
    assert "None" not in html
    assert not DOTTED.search(html), DOTTED.search(html).group()
    assert "pk=" not in html


def test_dashboard_history_is_readable(admin_client, changed_agreement):
    html = admin_client.get(f"/agreements/{changed_agreement.pk}/history/").content.decode()
    _clean(html)
    assert "Siti Rahma" in html
    assert "Kehutanan → Kehutanan, Lingkungan Hidup" in html
    assert "Dinas Kehutanan (Jambi) → Dinas Lingkungan Hidup (Jawa Barat)" in html
    assert "Jawa Barat → Banten" in html
    assert "Kesepakatan Bersama → Perjanjian Kerja Sama" in html


def test_admin_history_is_readable(admin_client, changed_agreement):
    url = reverse("admin:agreements_agreement_history", args=[changed_agreement.pk])
    html = _text(admin_client.get(url))
    _clean(html)
    assert "Kesepakatan Bersama → Perjanjian Kerja Sama" in html
    assert "Siti Rahma" in html


def test_decision_history_is_readable(admin_client, reviewer):
    article = Article.objects.create(
        title="Jambi",
        url="https://b.example.id/1",
        canonical_url="https://b.example.id/1",
        content_hash="1",
    )
    candidate = Candidate.objects.create(article=article, facts={})
    review.candidate_reject(candidate_id=candidate.pk, user=reviewer, reason="Hanya kunjungan")
    url = reverse("admin:agreements_candidate_history", args=[candidate.pk])
    html = _text(admin_client.get(url))
    _clean(html)
    assert "Menunggu tinjauan → Ditolak" in html, html[html.find("change-history") :][:2000]
    assert "Siti Rahma" in html and "Hanya kunjungan" in html
    assert "pending" not in html and "rejected" not in html
    assert "UTC" not in html and "+00:00" not in html
