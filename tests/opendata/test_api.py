"""The read-only API: the schema is valid and matches the answers; anonymous clients see
published rows and public fields only; tokens see more but never the notes; cursor pages,
throttling, ETags and a fixed number of queries."""

import json

import pytest
import yaml
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate
from rest_framework.authtoken.models import Token

from agreements.models import Agreement
from tests.factories import AgreementFactory, ScopeItemFactory
from tests.opendata.helpers import full_agreement

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(client):
    response = client.get("/api/v1/schema/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.oai.openapi+json")
    return json.loads(response.content)


def response_schema(schema, path, *, component=None):
    operation = schema["paths"][path]["get"]
    return operation["responses"]["200"]["content"]["application/json"]["schema"]


def validate_against(schema, instance, subschema):
    # "#/components/..." references resolve against the root given here.
    OAS30Validator({**subschema, "components": schema["components"]}).validate(instance)


def test_schema_is_valid_openapi_3_and_yaml_when_asked(client, schema):
    validate(schema)
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/agreements/" in schema["paths"]
    assert "/api/v1/agreements/{id}/" in schema["paths"]
    response = client.get("/api/v1/schema/?format=yaml")
    assert response["Content-Type"].startswith("application/vnd.oai.openapi")
    assert yaml.safe_load(response.content)["paths"] == schema["paths"]


@pytest.mark.parametrize(
    "path, address",
    [
        ("/api/v1/agreements/", "/api/v1/agreements/"),
        ("/api/v1/agreements/{id}/", "/api/v1/agreements/{id}/"),
        ("/api/v1/provinces/", "/api/v1/provinces/"),
        ("/api/v1/provinces/{code}/", "/api/v1/provinces/15/"),
        ("/api/v1/regions/", "/api/v1/regions/"),
        ("/api/v1/sectors/", "/api/v1/sectors/"),
        ("/api/v1/sectors/{code}/", "/api/v1/sectors/pariwisata/"),
        ("/api/v1/opds/", "/api/v1/opds/"),
        ("/api/v1/opds/{id}/", "/api/v1/opds/{opd}/"),
    ],
)
def test_every_answer_matches_the_schema(client, schema, path, address):
    agreement = full_agreement(published=True)
    opd = agreement.agreement_opds.get().opd_id
    address = address.replace("{id}", str(agreement.pk)).replace("{opd}", str(opd))
    response = client.get(address)
    assert response.status_code == 200
    body = json.loads(response.content)
    validate_against(schema, body, response_schema(schema, path))
    if path == "/api/v1/agreements/{id}/":
        component = schema["components"]["schemas"]["Agreement"]
        assert set(body) == set(component["properties"])


def test_anonymous_clients_see_published_rows_with_public_fields_only(client):
    published = full_agreement(published=True)
    hidden = full_agreement(published=False, title="Rahasia belum terbit")
    body = json.loads(client.get("/api/v1/agreements/").content)
    assert [row["id"] for row in body["results"]] == [published.pk]
    row = body["results"][0]
    assert "notes" not in row and "place" not in row
    assert [d["title"] for d in row["documents"]] == ["Naskah publik"]
    assert client.get(f"/api/v1/agreements/{hidden.pk}/").status_code == 404
    assert "catatan internal" not in client.get(f"/api/v1/agreements/{published.pk}/").text


def test_a_staff_token_sees_every_agreement_with_staff_fields_but_never_notes(client, make_user):
    full_agreement(published=True)
    hidden = full_agreement(published=False)
    token = Token.objects.create(user=make_user("Viewer"))
    response = client.get(
        f"/api/v1/agreements/{hidden.pk}/", HTTP_AUTHORIZATION=f"Token {token.key}"
    )
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["place"] == "Gedung Sate" and body["is_published"] is False
    assert {d["title"] for d in body["documents"]} == {"Naskah publik", "Naskah internal"}
    assert "notes" not in body and "catatan internal" not in response.text
    listing = client.get("/api/v1/agreements/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert len(json.loads(listing.content)["results"]) == 2


def test_a_revoked_or_wrong_token_is_refused(client, make_user):
    token = Token.objects.create(user=make_user("Viewer"))
    key = token.key
    token.delete()  # revoked in the admin
    response = client.get("/api/v1/agreements/", HTTP_AUTHORIZATION=f"Token {key}")
    assert response.status_code == 401


def test_a_token_of_a_user_without_a_role_gets_the_public_view(client, make_user):
    hidden = full_agreement(published=False)
    token = Token.objects.create(user=make_user())
    response = client.get(
        f"/api/v1/agreements/{hidden.pk}/", HTTP_AUTHORIZATION=f"Token {token.key}"
    )
    assert response.status_code == 404


def test_filters_are_the_dashboards(client):
    jambi = AgreementFactory(provinces=["15", "32"], is_published=True)
    AgreementFactory(provinces=["31", "32"], is_published=True)
    body = json.loads(client.get("/api/v1/agreements/?province=15").content)
    assert [row["id"] for row in body["results"]] == [jambi.pk]
    reversed_years = client.get("/api/v1/agreements/?year_from=2020&year_to=2010")
    assert reversed_years.status_code == 400
    assert "2020" in reversed_years.text


def test_public_search_never_matches_the_notes(client):
    AgreementFactory(is_published=True, notes="kata rahasiabanget di catatan")
    body = json.loads(client.get("/api/v1/agreements/?q=rahasiabanget").content)
    assert body["results"] == []
    page = client.get("/publik/agreements/?q=rahasiabanget")
    assert "0 kesepakatan" in page.text


def test_cursor_pages_walk_every_row_once(client):
    ids = {AgreementFactory(is_published=True).pk for _ in range(7)}
    seen, address = [], "/api/v1/agreements/?page_size=3"
    while address:
        body = json.loads(client.get(address).content)
        seen += [row["id"] for row in body["results"]]
        address = body["next"]
    assert sorted(seen) == sorted(ids) and len(seen) == len(set(seen))


def test_etag_answers_304_until_the_data_changes(client):
    agreement = AgreementFactory(is_published=True)
    first = client.get("/api/v1/agreements/")
    etag = first["ETag"]
    assert etag
    again = client.get("/api/v1/agreements/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    detail = client.get(f"/api/v1/agreements/{agreement.pk}/")
    assert (
        client.get(
            f"/api/v1/agreements/{agreement.pk}/", HTTP_IF_NONE_MATCH=detail["ETag"]
        ).status_code
        == 304
    )
    Agreement.objects.filter(pk=agreement.pk).update(title="Judul baru")
    assert client.get("/api/v1/agreements/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_throttling_answers_429_past_the_limit(client, settings):
    from rest_framework.settings import api_settings
    from rest_framework.throttling import SimpleRateThrottle

    rates = {"anon": "5/minute", "token": "50/minute"}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    api_settings.reload()
    SimpleRateThrottle.THROTTLE_RATES = rates
    try:
        codes = [client.get("/api/v1/sectors/").status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        assert "Retry-After" in client.get("/api/v1/sectors/")
        # Another client address has its own budget.
        assert client.get("/api/v1/sectors/", REMOTE_ADDR="10.0.0.9").status_code == 200
    finally:
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {"anon": "60/minute", "token": "600/minute"},
        }
        api_settings.reload()
        SimpleRateThrottle.THROTTLE_RATES = api_settings.DEFAULT_THROTTLE_RATES


def _queries(client, address) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(address).status_code == 200
    return len(captured)


def test_query_count_of_the_list_is_the_same_at_10_and_500_rows(client):
    for _ in range(10):
        full_agreement(published=True)
    small = _queries(client, "/api/v1/agreements/?page_size=100")
    for _ in range(490):
        ScopeItemFactory(agreement=AgreementFactory(is_published=True))
    large = _queries(client, "/api/v1/agreements/?page_size=100")
    assert small == large
    assert small <= 8


def test_the_api_root_lists_where_everything_is(client):
    response = client.get("/api/v1/")
    assert response.status_code == 200
    links = response.json()
    assert links["agreements"] == "http://testserver/api/v1/agreements/"
    assert links["docs"] == "http://testserver/api/v1/docs/"
    assert set(links) == {"agreements", "provinces", "regions", "sectors", "opds", "schema", "docs"}
    for address in links.values():
        assert client.get(address).status_code == 200, address
