"""The admin's agreement list counts at most LIST_COUNT_LIMIT rows and says so."""

from datetime import date

import pytest
from django.urls import reverse

from agreements.services.agreements import agreement_refresh_search
from tests.factories import AgreementFactory, ScopeItemFactory

pytestmark = pytest.mark.django_db


def test_the_changelist_says_more_than_beyond_the_limit(admin_client, settings):
    settings.LIST_COUNT_LIMIT = 3
    AgreementFactory.create_batch(5)
    page = admin_client.get(reverse("admin:agreements_agreement_changelist")).content.decode()
    assert "Lebih dari 3 kesepakatan" in page
    assert "Persempit dengan saringan" in page
    url = reverse("admin:agreements_agreement_changelist")
    searched = admin_client.get(url, {"q": "Kesepakatan"}).content.decode()
    assert "lebih dari 3 hasil" in searched


def test_below_the_limit_the_changelist_gives_the_count(admin_client, settings):
    settings.LIST_COUNT_LIMIT = 10
    AgreementFactory.create_batch(5)
    response = admin_client.get(reverse("admin:agreements_agreement_changelist"))
    assert response.context["cl"].result_count == 5
    assert "Lebih dari" not in response.content.decode()


def test_the_year_filter_offers_every_year_with_a_signing(admin_client):
    for year in (2015, 2019, 2019, 2023):
        AgreementFactory(signed_on=date(year, 3, 1))
    AgreementFactory(signed_on=None, expires_on=None)
    response = admin_client.get(reverse("admin:agreements_agreement_changelist"))
    [years] = [
        f for f in response.context["cl"].filter_specs if getattr(f, "parameter_name", "") == "year"
    ]
    assert [value for value, _label in years.lookup_choices] == ["2023", "2019", "2015"]
    response = admin_client.get(reverse("admin:agreements_agreement_changelist"), {"year": 2019})
    assert response.context["cl"].result_count == 2


def test_the_search_finds_any_part_of_the_title_notes_or_place(admin_client):
    """Each searched column has its own trigram index; the search still means "contains",
    case-insensitive, even for one or two letters, which no trigram index can serve."""
    AgreementFactory(title="Kerja Sama Pengelolaan Sampah Regional", place="Pekanbaru")
    AgreementFactory(title="Kerja Sama Irigasi", notes="Dibahas lagi dengan Bappeda")
    AgreementFactory(title="Kerja Sama Jalan Lintas", notes="", place="")
    url = reverse("admin:agreements_agreement_changelist")

    def titles(term):
        response = admin_client.get(url, {"q": term})
        assert response.status_code == 200
        return {a.title for a in response.context["cl"].result_list}

    assert titles("ENGELOLAAN") == {"Kerja Sama Pengelolaan Sampah Regional"}
    assert titles("kanbar") == {"Kerja Sama Pengelolaan Sampah Regional"}
    assert titles("bappeda") == {"Kerja Sama Irigasi"}
    assert titles("gas") == {"Kerja Sama Irigasi"}
    assert titles("ir") == {"Kerja Sama Irigasi"}
    assert titles("T") == {"Kerja Sama Jalan Lintas"}
    assert titles("sama irigasi") == {"Kerja Sama Irigasi"}
    assert titles("tidakada") == set()


def test_the_search_also_finds_what_the_public_list_finds(admin_client):
    """Staff type words as on the public list: "pariwisata" finds the agreement whose scope
    says so although no title, note or place does, and every word must match."""
    tourism = AgreementFactory(title="Kesepakatan Bersama Provinsi Jambi dan Provinsi Bali")
    ScopeItemFactory(
        agreement=tourism, description="Promosi pariwisata bersama", sectors=["pariwisata"]
    )
    forestry = AgreementFactory(title="Kesepakatan Bersama Provinsi Jambi dan Provinsi Riau")
    ScopeItemFactory(
        agreement=forestry, description="Rehabilitasi kehutanan", sectors=["kehutanan"]
    )
    agreement_refresh_search()
    url = reverse("admin:agreements_agreement_changelist")

    def titles(term):
        response = admin_client.get(url, {"q": term})
        assert response.status_code == 200
        return {a.title for a in response.context["cl"].result_list}

    assert titles("pariwisata") == {tourism.title}
    assert titles("kehutanan jambi") == {forestry.title}
    assert titles("pariwisata riau") == set()
    assert titles("Provinsi Jambi") == {tourism.title, forestry.title}
