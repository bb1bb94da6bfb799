"""Bounded requests: page sizes, page numbers, NUL and out-of-range input never give a 500,
and exports neutralise formulas and stay within what one request can deliver."""

import time

import pytest
from django.urls import reverse

from tests.agreements.test_views import export_rows
from tests.factories import AgreementFactory, ScopeItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer_client(client, make_user):
    client.force_login(make_user("Viewer"))
    return client


@pytest.fixture
def rows():
    agreements = [AgreementFactory(provinces=["15", "32"]) for _ in range(12)]
    for agreement in agreements:
        ScopeItemFactory(agreement=agreement, sectors=["kehutanan"])
    return agreements


LISTS = [
    ("/agreements/", "per_page", "page"),
    ("/articles/", "per_page", "page"),
    ("/provinces/15/", "a-per_page", "a-page"),
    ("/sectors/kehutanan/", "a-per_page", "a-page"),
]


BAD_VALUES = ["-1", "0", "100000", "abc", "9" * 30, "last", "1.5"]


@pytest.mark.parametrize(("url", "per_page", "page"), LISTS)
def test_size_and_page_parameters_are_bounded(viewer_client, rows, url, per_page, page):
    observed = {}
    for name in (per_page, page):
        for value in BAD_VALUES:
            started = time.monotonic()
            response = viewer_client.get(url, {name: value})
            elapsed = time.monotonic() - started
            size = response.context["table"].paginator.per_page if response.context else None
            observed[(name, value)] = (response.status_code, size is None or size <= 100)
            assert elapsed < 5, (name, value)
    assert observed == {key: (200, True) for key in observed}


def test_a_large_per_page_is_capped(viewer_client, settings, rows):
    settings.LIST_MAX_PER_PAGE = 10
    response = viewer_client.get("/agreements/", {"per_page": "100000"})
    assert len(response.context["table"].page.object_list) == 10


@pytest.mark.parametrize(
    "url",
    [
        "/provinces/%00/",
        "/provinces/15/%00/",
        "/sectors/%00/",
        "/regions/%00/",
        "/agreements/?q=%00",
        "/agreements/?province=%00",
        "/articles/?q=a%00b",
        "/map/?sector=%00",
        "/agreements/export/?format=csv&q=%00",
        "/admin/agreements/agreement/?q=%00",
    ],
)
def test_nul_in_the_address_is_a_bad_request(viewer_client, url):
    assert viewer_client.get(url).status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/agreements/99999999999999999999999/",
        "/articles/99999999999999999999999/",
        "/agreements/1/documents/99999999999999999999999/",
        "/agreements/?year_from=99999999999999999999999",
        "/agreements/?year_to=-99999999999999999999",
        "/agreements/?year_from=1e400",
        "/map/?year_from=99999999999999999999999",
        "/network/?year_to=NaN",
        "/agreements/export/?format=csv&year_from=99999999999999999999999",
    ],
)
def test_out_of_range_integers_are_not_server_errors(viewer_client, rows, url):
    assert viewer_client.get(url).status_code in (200, 400, 404)


FORMULAS = ['=HYPERLINK("http://evil.example","klik")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_dashboard_exports_neutralise_formulas(viewer_client, export_format):
    for text in FORMULAS:
        AgreementFactory(title=text, place=text, provinces=["15", "32"])
    exported = export_rows(viewer_client, export_format)
    cells = [cell for row in exported[1:] for cell in (row[1], row[7])]
    assert sorted(cells) == sorted("'" + text for text in FORMULAS for _ in range(2))


def test_a_large_xlsx_export_is_offered_in_the_background(viewer_client, settings, rows):
    settings.EXPORT_XLSX_MAX_ROWS = 10
    response = viewer_client.get(reverse("agreements:export"), {"format": "xlsx", "type": ""})
    assert response.status_code == 302
    assert response["Location"] == "/exports/new/?format=xlsx&type="
    page = viewer_client.get(response["Location"]).content.decode()
    assert "dibatasi 10 baris" in page and "Siapkan berkas" in page
    assert len(export_rows(viewer_client, "csv")) == 13  # within the CSV cap


def test_a_csv_export_beyond_its_cap_is_refused_not_truncated(viewer_client, settings, rows):
    # A stream cut off by the worker timeout would arrive as a complete-looking file.
    settings.EXPORT_CSV_MAX_ROWS = 10
    response = viewer_client.get(reverse("agreements:export"), {"format": "csv"})
    assert response.status_code == 302 and response["Location"] == "/exports/new/?format=csv"
    page = viewer_client.get(response["Location"]).content.decode()
    assert "Ekspor CSV dibatasi 10 baris" in page
    settings.EXPORT_CSV_MAX_ROWS = 12
    assert len(export_rows(viewer_client, "csv")) == 13
