"""Drilling down keeps the filters, and shared addresses carry no empty fields."""

from datetime import date

import pytest

from agreements.services.agreements import agreement_refresh_search
from tests.factories import AgreementFactory, ScopeItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer_client(client, make_user):
    client.force_login(make_user("Viewer"))
    return client


@pytest.fixture
def data():
    forest = AgreementFactory(title="Hutan Aceh Jambi", provinces=["11", "15"])
    ScopeItemFactory(agreement=forest, sectors=["kehutanan"])
    tourism = AgreementFactory(
        title="Wisata Aceh Jambi", provinces=["11", "15"], signed_on=date(2021, 1, 1)
    )
    ScopeItemFactory(agreement=tourism, sectors=["pariwisata"])
    agreement_refresh_search()
    return forest, tourism


def test_map_links_carry_the_filters_and_open_in_the_list(viewer_client, data):
    page = viewer_client.get("/map/?sector=kehutanan&status=active").content.decode()
    assert 'href="/provinces/11/?sector=kehutanan&amp;status=active"' in page
    assert 'href="/agreements/?sector=kehutanan&amp;status=active"' in page


def test_a_province_page_reached_from_the_map_lists_what_the_map_counted(viewer_client, data):
    forest, _tourism = data
    response = viewer_client.get("/provinces/11/", {"sector": "kehutanan"})
    rows = [row.record.pk for row in response.context["table"].page.object_list]
    assert rows == [forest.pk]
    page = response.content.decode()
    assert "Disaring seperti di peta" in page
    assert "/agreements/?province=11&amp;sector=kehutanan" in page
    response = viewer_client.get("/provinces/11/")
    assert len(response.context["table"].page.object_list) == 2


def test_network_pair_links_carry_the_filters(viewer_client, data):
    forest, _tourism = data
    page = viewer_client.get("/network/?sector=kehutanan").content.decode()
    assert "/provinces/11/15/?sector=kehutanan" in page
    response = viewer_client.get("/provinces/11/15/?sector=kehutanan")
    assert [a.pk for a in response.context["agreements"]] == [forest.pk]
    assert "Disaring seperti di jejaring" in response.content.decode()


@pytest.mark.parametrize("path", ["/agreements/", "/map/", "/network/", "/articles/"])
def test_empty_fields_are_dropped_from_the_address(viewer_client, path):
    response = viewer_client.get(f"{path}?partner=&sector=&q=kehutanan&year_from=")
    assert response.status_code == 302
    assert response["Location"] == f"{path}?q=kehutanan"
    response = viewer_client.get(f"{path}?partner=&sector=")
    assert response["Location"] == path
    assert viewer_client.get(f"{path}?q=kehutanan").status_code == 200
