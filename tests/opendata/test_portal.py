"""The public portal: no login, published rows only, both languages, canonical links and
Open Graph tags, the strict CSP, a page cache that follows the data, a rate limit."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agreements.services.publishing import agreements_publish
from tests.factories import AgreementFactory
from tests.opendata.helpers import full_agreement

pytestmark = pytest.mark.django_db

PAGES = [
    "/publik/",
    "/publik/map/",
    "/publik/agreements/",
    "/publik/provinces/15/",
    "/publik/sectors/pariwisata/",
    "/publik/data/",
]


@pytest.mark.parametrize("address", PAGES)
def test_every_page_opens_without_a_login_with_canonical_and_open_graph(client, address):
    full_agreement(published=True)
    response = client.get(address)
    assert response.status_code == 200
    html = response.text
    assert '<link rel="canonical" href="http://testserver' + address in html
    assert '<meta property="og:title"' in html and '<meta property="og:url"' in html
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "<script" not in html
    assert "/api/v1/docs/" in html  # the OpenAPI page is linked from the footer


def test_the_agreement_page_shows_public_fields_only(client):
    agreement = full_agreement(published=True, document="Naskah bertanda tangan")
    html = client.get(f"/publik/agreements/{agreement.pk}/").text
    assert agreement.title in html and "Jambi" in html and "Jawa Barat" in html
    assert "Naskah bertanda tangan" in html and "Naskah internal" not in html
    assert "catatan internal" not in html and "Gedung Sate" not in html
    assert 'property="og:type" content="article"' in html


def test_english_is_chosen_in_the_address_and_links_keep_it(client):
    agreement = full_agreement(published=True)
    html = client.get("/publik/agreements/?lang=en").text
    assert '<html lang="en">' in html
    assert f"/publik/agreements/{agreement.pk}/?lang=en" in html
    assert 'href="/publik/agreements/"' in html  # the switch back to Indonesian
    assert '<html lang="id">' in client.get("/publik/agreements/").text


def test_the_list_takes_the_dashboards_filters_in_shareable_addresses(client):
    jambi = AgreementFactory(provinces=["15", "32"], is_published=True, title="Jambi Jabar")
    AgreementFactory(provinces=["31", "32"], is_published=True, title="Jakarta Jabar")
    html = client.get("/publik/agreements/?province=15").text
    assert jambi.title in html and "Jakarta Jabar" not in html
    redirect = client.get("/publik/agreements/?province=15&sector=")
    assert redirect.status_code == 302 and redirect["Location"] == "/publik/agreements/?province=15"


def test_unpublished_and_unknown_rows_are_404(client):
    hidden = full_agreement(published=False)
    document = hidden.documents.get(is_public=True)
    assert client.get(f"/publik/agreements/{hidden.pk}/").status_code == 404
    assert client.get(f"/publik/agreements/{hidden.pk}/documents/{document.pk}/").status_code == 404
    assert client.get("/publik/provinces/99/").status_code == 404


def test_public_documents_download_and_internal_ones_do_not(client):
    agreement = full_agreement(published=True)
    public = agreement.documents.get(is_public=True)
    internal = agreement.documents.get(is_public=False)
    response = client.get(f"/publik/agreements/{agreement.pk}/documents/{public.pk}/")
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    assert (
        client.get(f"/publik/agreements/{agreement.pk}/documents/{internal.pk}/").status_code == 404
    )


def test_the_cache_follows_publication(client):
    agreement = AgreementFactory(title="Baru saja diterbitkan")
    assert agreement.title not in client.get("/publik/agreements/").text
    agreements_publish(agreements=[agreement])
    assert agreement.title in client.get("/publik/agreements/").text


def test_a_cached_page_runs_only_the_fingerprint_query(client):
    full_agreement(published=True)
    client.get("/publik/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/publik/").status_code == 200
    assert len(captured) == 1


def test_the_rate_limit_answers_429_per_client_address(client, settings):
    settings.PORTAL_RATE_LIMIT_PER_MINUTE = 3
    codes = [client.get("/publik/data/").status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    limited = client.get("/publik/data/")
    assert limited["Retry-After"] == "60"
    assert client.get("/publik/data/", REMOTE_ADDR="10.1.2.3").status_code == 200


def test_sitemap_lists_published_agreements_only(client):
    published = AgreementFactory(is_published=True)
    hidden = AgreementFactory()
    xml = client.get("/publik/sitemap.xml").text
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert f"http://testserver/publik/agreements/{published.pk}/" in locations
    assert f"http://testserver/publik/agreements/{hidden.pk}/" not in locations
    assert "http://testserver/publik/provinces/15/" in locations


def test_the_staff_dashboard_still_needs_a_login(client):
    assert client.get("/agreements/")["Location"].startswith("/accounts/login/")


def test_a_cached_page_keeps_the_host_it_was_asked_for(client, settings):
    settings.ALLOWED_HOSTS = ["testserver", "data.example.id"]
    client.get("/publik/data/")
    html = client.get("/publik/data/", HTTP_HOST="data.example.id").text
    assert '<link rel="canonical" href="http://data.example.id/publik/data/">' in html
