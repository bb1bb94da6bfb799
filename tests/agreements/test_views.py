"""Dashboard pages: content, filters, export, 404s, login, and a fixed number of queries."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from agreements.demo.seed import seed_agreement_create
from agreements.demo.synthetic import generate_demo_data
from agreements.filters import AgreementFilter
from agreements.models import Agreement, AgreementType
from agreements.services.agreements import agreement_refresh_search
from tests.factories import AgreementFactory, OpdFactory, ScopeItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def user(make_user):
    return make_user("Viewer", username="staf")


@pytest.fixture
def staff_client(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def seed():
    return seed_agreement_create()


PAGES = [
    ("agreements:home", []),
    ("agreements:map", []),
    ("agreements:network", []),
    ("agreements:list", []),
    ("agreements:province", ["15"]),
    ("agreements:pair", ["15", "32"]),
    ("agreements:sector", ["kehutanan"]),
    ("agreements:articles", []),
]


@pytest.mark.parametrize(("name", "args"), PAGES)
def test_every_page_sends_anonymous_users_to_login(client, name, args):
    url = reverse(name, args=args)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_home_shows_key_figures_charts_and_lists(staff_client, seed):
    page = staff_client.get(reverse("agreements:home")).content.decode()
    assert "kesepakatan tercatat" in page
    assert seed.title in page
    assert "Kehutanan" in page  # top sectors
    assert '<svg class="bar-chart"' in page
    assert "<table" in page  # the chart's data table alternative


def test_home_with_no_data_says_what_to_do(staff_client):
    page = staff_client.get(reverse("agreements:home")).content.decode()
    assert "Belum ada kesepakatan" in page


def test_the_seed_is_three_clicks_from_home(staff_client, seed):
    # Home -> map's province (Jambi) -> its agreement -> the OPDs are on the detail page.
    home = staff_client.get(reverse("agreements:home")).content.decode()
    assert reverse("agreements:detail", args=[seed.pk]) in home
    province = staff_client.get(reverse("agreements:province", args=["15"])).content.decode()
    assert reverse("agreements:detail", args=[seed.pk]) in province
    detail = staff_client.get(reverse("agreements:detail", args=[seed.pk])).content.decode()
    for opd in ["Inspektorat", "Badan Keuangan Daerah", "Dinas Kehutanan", "Bakeuda"]:
        assert opd in detail
    assert "Fachrori Umar" in detail and "Ridwan Kamil" in detail
    assert "Gedung Pakuan" in detail
    # The lineage chain shows the 2017-2019 predecessor.
    assert seed.predecessor.title in detail


def test_map_colours_provinces_and_links_them(staff_client, seed):
    page = staff_client.get(reverse("agreements:map")).content.decode()
    assert page.count('class="area level-') == 38
    assert reverse("agreements:province", args=["15"]) in page
    assert "Jambi: 2 kesepakatan" in page  # hover title: seed and its predecessor
    filtered = staff_client.get(
        reverse("agreements:map"), {"sector": "pariwisata"}
    ).content.decode()
    assert "Jambi: 0 kesepakatan" in filtered


def test_province_page_ranks_partners_and_lists_opds(staff_client, seed):
    AgreementFactory(provinces=["15", "12"])
    page = staff_client.get(reverse("agreements:province", args=["15"])).content.decode()
    assert "Provinsi Jambi" in page
    assert page.index("Jawa Barat") < page.index("Sumatera Utara")  # 2 agreements vs 1
    assert "Badan Keuangan Daerah" in page
    assert reverse("agreements:pair", args=["15", "32"]) in page


def test_pair_page_shows_lineage(staff_client, seed):
    page = staff_client.get(reverse("agreements:pair", args=["15", "32"])).content.decode()
    assert page.index(seed.predecessor.title) < page.index(seed.title)


def test_sector_page(staff_client, seed):
    page = staff_client.get(reverse("agreements:sector", args=["kehutanan"])).content.decode()
    assert seed.title in page
    assert "Jambi" in page


@pytest.mark.parametrize(
    "url",
    [
        "/provinces/99/",
        "/provinces/15/99/",
        "/provinces/15/15/",
        "/sectors/tidak-ada/",
        "/agreements/999999/",
        "/agreements/1/documents/999/",
    ],
)
def test_unknown_codes_and_ids_are_404(staff_client, url):
    assert staff_client.get(url).status_code == 404


def make_filter_fixture():
    jambi_forest = AgreementFactory(
        title="Kehutanan Jambi", provinces=["15", "32"], signed_on=date(2020, 3, 12),
        expires_on=date(2030, 3, 11),
    )  # fmt: skip
    ScopeItemFactory(agreement=jambi_forest, sectors=["kehutanan"])
    OpdFactory(province_id="15", name="Dinas Perindustrian dan Perdagangan", acronym="Disperindag")
    pks = AgreementFactory(
        title="PKS Pariwisata Bali", agreement_type=AgreementType.PERJANJIAN_KERJA_SAMA,
        provinces=["51", "35"], signed_on=date(2016, 1, 1), expires_on=date(2018, 1, 1),
        cooperation_class="ksdpk",
    )  # fmt: skip
    ScopeItemFactory(agreement=pks, sectors=["pariwisata"])
    from agreements.models import AgreementOpd, Opd

    AgreementOpd.objects.create(agreement=jambi_forest, opd=Opd.objects.get(acronym="Disperindag"))
    # Factories write rows directly; the services keep the search vector, so do it here.
    agreement_refresh_search()
    return jambi_forest, pks


def titles(client, **params):
    response = client.get(reverse("agreements:list"), params)
    assert response.status_code == 200
    return {row.record.title for row in response.context["table"].page.object_list}


def test_every_list_filter(staff_client):
    make_filter_fixture()
    assert titles(staff_client, province="15") == {"Kehutanan Jambi"}
    assert titles(staff_client, province="15", partner="32") == {"Kehutanan Jambi"}
    assert titles(staff_client, province="15", partner="51") == set()
    assert titles(staff_client, sector="pariwisata") == {"PKS Pariwisata Bali"}
    assert titles(staff_client, type="perjanjian_kerja_sama") == {"PKS Pariwisata Bali"}
    assert titles(staff_client, cooperation_class="ksdpk") == {"PKS Pariwisata Bali"}
    assert titles(staff_client, status="expired") == {"PKS Pariwisata Bali"}
    assert titles(staff_client, status="active") == {"Kehutanan Jambi"}
    assert titles(staff_client, year_from="2019") == {"Kehutanan Jambi"}
    assert titles(staff_client, year_to="2017") == {"PKS Pariwisata Bali"}
    # Full text with Indonesian stemming, trigram on acronyms and province names.
    assert titles(staff_client, q="hutan") == {"Kehutanan Jambi"}
    assert titles(staff_client, q="Disperindag") == {"Kehutanan Jambi"}
    assert titles(staff_client, q="Bali") == {"PKS Pariwisata Bali"}


def test_bad_filter_values_give_an_error_not_a_crash(staff_client):
    make_filter_fixture()
    response = staff_client.get(reverse("agreements:list"), {"province": "99", "year_from": "abc"})
    assert response.status_code == 200
    assert response.context["filter"].errors


def test_list_sorts_on_indexed_columns(staff_client):
    make_filter_fixture()
    response = staff_client.get(reverse("agreements:list"), {"sort": "signed_on"})
    rows = [row.record.title for row in response.context["table"].page.object_list]
    assert rows == ["PKS Pariwisata Bali", "Kehutanan Jambi"]


def export_rows(client, export_format, **params):
    response = client.get(reverse("agreements:export"), {"format": export_format, **params})
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert f".{export_format}" in disposition and "kerja-sama-" in disposition
    body = b"".join(response.streaming_content)
    if export_format == "csv":
        return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    sheet = load_workbook(io.BytesIO(body)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_export_has_exactly_the_filtered_rows(staff_client, export_format):
    generate_demo_data(agreements=60, seed=5)
    params = {"province": "32", "year_from": "2015"}
    rows = export_rows(staff_client, export_format, **params)
    expected = AgreementFilter(params, queryset=Agreement.objects.all()).qs
    assert sorted(int(row[0]) for row in rows[1:]) == sorted(expected.values_list("pk", flat=True))
    assert rows[0][1] == "Judul"


def test_export_rejects_unknown_formats(staff_client):
    assert staff_client.get(reverse("agreements:export"), {"format": "pdf"}).status_code == 404


def test_network_links_pairs(staff_client, seed):
    page = staff_client.get(reverse("agreements:network")).content.decode()
    assert reverse("agreements:pair", args=["15", "32"]) in page
    assert "Jambi \u2013 Jawa Barat" in page


def test_language_switch_to_english(staff_client, seed):
    response = staff_client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    page = staff_client.get("/").content.decode()
    assert 'lang="en"' in page
    assert "agreements recorded" in page


def test_indonesian_is_the_default_whatever_the_browser_says(staff_client, seed):
    page = staff_client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert 'lang="id"' in page


@pytest.mark.parametrize(("name", "args"), [*PAGES, ("agreements:detail", None)])
def test_query_count_does_not_grow_with_data(
    staff_client, django_assert_max_num_queries, name, args
):
    def measure():
        url = reverse(
            name, args=args if args is not None else [Agreement.objects.order_by("id").first().pk]
        )
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert staff_client.get(url).status_code == 200
        return len(queries)

    # Every list on every page has rows in both sizes (an empty list skips its prefetch).
    seed_agreement_create()
    today = timezone.localdate()
    AgreementFactory(signed_on=today - timedelta(days=700), expires_on=today + timedelta(days=30))
    # Jambi's page lists its kabupaten/kota's agreements apart: two of them (Kota Jambi).
    AgreementFactory(provinces=["15.71", "15.05"])
    generate_demo_data(agreements=10, seed=3)
    small = measure()
    generate_demo_data(agreements=490, seed=4)
    assert measure() == small
    # the home page, never read before: figures, charts, five lists with their parties (four
    # of them list windows: the log's state, the ids, the rows), implementation, and the
    # bell's unread count in the header; the province page: its own and its kabupaten/kota's
    # agreements (their ids read once per change of the data), its kabupaten/kota ranked,
    # implementation at a glance
    assert small <= 36


def test_language_switch_needs_no_login(client, db):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/accounts/login/"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    assert 'lang="en"' in client.get("/accounts/login/").content.decode()


def test_login_never_returns_to_the_language_endpoint(client, make_user):
    make_user("Viewer", username="staf")
    response = client.post(
        "/accounts/login/?next=/i18n/setlang/",
        {"username": "staf", "password": "a-Long-test-passw0rd", "next": "/i18n/setlang/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/"
    # Logged in, the login page does not show its form again.
    assert client.get("/accounts/login/")["Location"] == "/"
