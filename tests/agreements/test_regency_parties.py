"""Kabupaten and kota as parties: validation, categories, filters, search, pages, export."""

import csv
import io

import pytest
from django.core.exceptions import ValidationError

from agreements.models import Agreement, AgreementCategory, PartyKind, agreement_category
from agreements.services.agreements import OpdSpec, PartySpec, agreement_create
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

BANDUNGS = ["32.04", "32.73"]  # Kabupaten Bandung, Kota Bandung


@pytest.fixture
def agreements():
    return {
        "provinces": AgreementFactory(title="Jambi dan Jawa Barat", provinces=["15", "32"]),
        "bandungs": AgreementFactory(title="Dua Bandung bersama", provinces=BANDUNGS),
        "jabar_kota": AgreementFactory(title="Jabar dan Kota Bandung", provinces=["32", "32.73"]),
        "bank": AgreementFactory(title="Jambi dengan bank", provinces=["15", "bank:Bank Jambi"]),
        "riau_sumbar": AgreementFactory(title="Riau dan Sumbar", provinces=["14", "13"]),
    }


def test_a_kota_party_takes_its_kind_from_the_list_and_names_itself():
    agreement = agreement_create(
        title="Kota Bandung dan Kabupaten Bandung",
        parties=[
            PartySpec(regency_code="32.73", kind=PartyKind.REGENCY),
            PartySpec(regency_code="32.04"),
        ],
    )
    parties = list(agreement.parties.order_by("position"))
    assert [(p.kind, p.display_name, p.region_code) for p in parties] == [
        ("city", "Kota Bandung", "32.73"),
        ("regency", "Kabupaten Bandung", "32.04"),
    ]


def test_the_same_region_twice_or_an_unknown_code_is_refused_and_nothing_saved():
    with pytest.raises(ValidationError, match="dua kali"):
        agreement_create(
            title="Sekali saja",
            parties=[PartySpec(regency_code="32.73"), PartySpec(regency_code="32.73")],
        )
    with pytest.raises(ValidationError, match=r"99\.99"):
        agreement_create(
            title="Tak dikenal",
            parties=[PartySpec(province_code="32"), PartySpec(regency_code="99.99")],
        )
    assert not Agreement.objects.filter(title__in=["Sekali saja", "Tak dikenal"]).exists()


def test_an_opd_of_a_province_that_is_no_party_is_refused():
    with pytest.raises(ValidationError, match="bukan milik provinsi"):
        agreement_create(
            title="Dua Bandung",
            parties=[PartySpec(regency_code="32.04"), PartySpec(regency_code="32.73")],
            opds=[OpdSpec(province_code="32", name="Dinas Perhubungan")],
        )


def test_categories_follow_from_the_parties(agreements):
    expected = {
        "provinces": AgreementCategory.INTERPROVINCIAL,
        "bandungs": AgreementCategory.REGENCY_REGENCY,
        "jabar_kota": AgreementCategory.PROVINCE_REGENCY,
        "bank": AgreementCategory.THIRD_PARTY,
        "riau_sumbar": AgreementCategory.INTERPROVINCIAL,
    }
    for key, category in expected.items():
        agreement = agreements[key]
        assert agreement_category(agreement.parties.all()) == category
        assert Agreement.objects.in_category(category).filter(pk=agreement.pk).exists()
    annotated = dict(Agreement.objects.with_category().values_list("title", "category"))
    assert annotated["Dua Bandung bersama"] == AgreementCategory.REGENCY_REGENCY


def _titles(client, query: str) -> set[str]:
    response = client.get(f"/agreements/?{query}")
    assert response.status_code == 200
    return {row.record.title for row in response.context["table"].page.object_list}


def test_list_filters_region_level_and_category(admin_client, agreements):
    assert _titles(admin_client, "region=32.73") == {
        "Dua Bandung bersama",
        "Jabar dan Kota Bandung",
    }
    # Each region given is a party (as province and partner): two codes are a pair.
    assert _titles(admin_client, "region=32&region=32.73") == {"Jabar dan Kota Bandung"}
    assert _titles(admin_client, "region=32.04+32.73") == {"Dua Bandung bersama"}
    # A province's code is the province as a party, not its kabupaten/kota.
    assert _titles(admin_client, "region=32") == {"Jambi dan Jawa Barat", "Jabar dan Kota Bandung"}
    assert _titles(admin_client, "level=city") == {"Dua Bandung bersama", "Jabar dan Kota Bandung"}
    assert _titles(admin_client, "level=bank") == {"Jambi dengan bank"}
    assert _titles(admin_client, "category=regency_regency") == {"Dua Bandung bersama"}
    assert _titles(admin_client, "category=third_party&province=15") == {"Jambi dengan bank"}
    # The filters that existed answer as before.
    assert _titles(admin_client, "province=32&partner=15") == {"Jambi dan Jawa Barat"}


def test_an_unknown_region_code_is_an_error_not_an_empty_list(admin_client, agreements):
    response = admin_client.get("/agreements/?region=32.99")
    assert response.status_code == 200
    assert "32.99" in response.content.decode()
    assert response.context["filter"].errors


def test_search_knows_kabupaten_and_kota_by_their_usual_forms(admin_client, agreements):
    AgreementFactory(title="Kabupaten Bogor dan Kota Bogor", provinces=["32.01", "32.71"])
    assert _titles(admin_client, "q=Pemkot+Bandung") == {
        "Dua Bandung bersama",
        "Jabar dan Kota Bandung",
    }
    assert _titles(admin_client, "q=Kab.+Bandung") == {"Dua Bandung bersama"}
    # Bare, the name is every region of that name.
    assert "Kabupaten Bogor dan Kota Bogor" in _titles(admin_client, "q=Bogor")


def test_regency_page_and_the_province_redirect(admin_client, agreements):
    response = admin_client.get("/regions/32.73/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Kota Bandung" in page and "Jawa Barat" in page
    titles = {row.record.title for row in response.context["table"].page.object_list}
    assert titles == {"Dua Bandung bersama", "Jabar dan Kota Bandung"}
    partners = {(p.code, p.count) for p in response.context["partners"]}
    assert partners == {("32.04", 1), ("32", 1)}
    redirect = admin_client.get("/regions/32/")
    assert (redirect.status_code, redirect["Location"]) == (301, "/provinces/32/")
    assert admin_client.get("/regions/32.99/").status_code == 404
    assert admin_client.get("/regions/99/").status_code == 404


def test_the_province_page_lists_its_kabupaten_kota_agreements_apart(admin_client, agreements):
    response = admin_client.get("/provinces/32/")
    own = {row.record.title for row in response.context["table"].page.object_list}
    regional = {row.record.title for row in response.context["regency_table"].page.object_list}
    assert own == {"Jambi dan Jawa Barat", "Jabar dan Kota Bandung"}
    assert regional == {"Dua Bandung bersama"}
    assert [(r.code, r.agreement_count) for r in response.context["regencies"]] == [
        ("32.73", 2),
        ("32.04", 1),
    ]
    assert 'href="/regions/32.04/"' in response.content.decode()


def test_export_carries_regency_codes_category_and_third_party_kinds(admin_client, agreements):
    response = admin_client.get("/agreements/export/?format=csv&level=city")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = {row["Judul"]: row for row in csv.DictReader(io.StringIO(text))}
    assert set(rows) == {"Dua Bandung bersama", "Jabar dan Kota Bandung"}
    assert rows["Dua Bandung bersama"]["Pihak"] == "Kabupaten Bandung; Kota Bandung"
    assert rows["Dua Bandung bersama"]["Kode kabupaten/kota"] == "32.04;32.73"
    assert rows["Jabar dan Kota Bandung"]["Kode provinsi"] == "32"
    assert rows["Jabar dan Kota Bandung"]["Kategori"] == "Provinsi dengan kabupaten/kota"
    bank = admin_client.get("/agreements/export/?format=csv&level=bank")
    text = b"".join(bank.streaming_content).decode("utf-8-sig")
    (row,) = csv.DictReader(io.StringIO(text))
    assert (row["Jenis pihak ketiga"], row["Kategori"]) == ("Bank", "Dengan pihak ketiga")


@pytest.mark.parametrize(
    "path",
    [
        "/regions/32.73/",
        "/provinces/32/",
        "/agreements/?region=32.73&region=32",
        "/agreements/?level=city&category=province_regency",
    ],
)
def test_region_pages_and_filters_cost_the_same_queries_for_more_rows(admin_client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        admin_client.get(path)  # warm the aggregate cache and the session
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(path).status_code == 200
        return len(queries)

    AgreementFactory(provinces=["32", "32.73"])
    AgreementFactory(provinces=BANDUNGS)
    few = count()
    for n in range(6):
        AgreementFactory(provinces=["32", "32.73", f"bank:Bank {n}"])
        AgreementFactory(provinces=["32.73", "32.04", "32.71"])
    assert count() == few


def test_the_map_counts_kabupaten_kota_for_their_province_when_asked(admin_client, agreements):
    def jabar(path):
        response = admin_client.get(path)
        assert response.status_code == 200
        return {row["code"]: row["count"] for row in response.context["rows"]}["32"], response

    plain, page = jabar("/map/")
    # Jambi-Jawa Barat and Jawa Barat-Kota Bandung: the province is a party.
    assert plain == 2
    assert 'href="/map/?regencies=1"' in page.content.decode()
    rolled, page = jabar("/map/?regencies=1")
    # The two Bandungs' agreement too, once; Jawa Barat with Kota Bandung stays one.
    assert rolled == 3
    assert "Hanya provinsi sebagai pihak" in page.content.decode()
    sector_only, _page = jabar("/map/?regencies=1&status=active")
    assert sector_only == 3


def test_the_network_counts_kabupaten_kota_for_their_province_when_asked(admin_client):
    # Kabupaten Bandung (Jawa Barat) with Kota Surabaya (Jawa Timur): an edge only rolled up;
    # Jawa Barat with its own Kota Bandung: never an edge.
    AgreementFactory(provinces=["32.04", "35.78"])
    AgreementFactory(provinces=["32", "32.73"])
    AgreementFactory(provinces=["32", "35"])

    def edges(path):
        response = admin_client.get(path)
        assert response.status_code == 200
        return response, {
            (p["province"], p["partner"]): p["count"] for p in response.context["pairs"]
        }

    page, plain = edges("/network/")
    assert plain == {("32", "35"): 1}
    assert 'href="/network/?regencies=1"' in page.content.decode()
    page, rolled = edges("/network/?regencies=1")
    assert rolled == {("32", "35"): 2}
    assert "Hanya provinsi sebagai pihak" in page.content.decode()
