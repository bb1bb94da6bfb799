"""The map's partner mode: one province's partners coloured by the agreements they share."""

from datetime import date

import pytest

from tests.factories import AgreementFactory, ScopeItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer_client(client, make_user):
    client.force_login(make_user("Viewer"))
    return client


@pytest.fixture
def data():
    # Jawa Barat (32): two forestry agreements with Jambi (15), one with Aceh (11) on tourism;
    # Aceh and Bali (51) have one without Jawa Barat.
    for year in (2019, 2021):
        forest = AgreementFactory(provinces=["32", "15"], signed_on=date(year, 1, 1))
        ScopeItemFactory(agreement=forest, sectors=["kehutanan"])
    tourism = AgreementFactory(provinces=["32", "11"], signed_on=date(2020, 1, 1))
    ScopeItemFactory(agreement=tourism, sectors=["pariwisata"])
    AgreementFactory(provinces=["11", "51"], signed_on=date(2020, 1, 1))


def _areas(response):
    return {area.code: area for area in response.context["map"]["areas"]}


def test_partner_mode_colours_the_partners_by_shared_agreements(viewer_client, data):
    response = viewer_client.get("/map/", {"partners_of": "32"})
    areas = _areas(response)
    assert (areas["15"].count, areas["11"].count, areas["51"].count) == (2, 1, 0)
    assert areas["32"].highlighted and areas["32"].count == 0
    assert areas["15"].level > areas["11"].level > areas["51"].level == 0
    # A partner opens its pair with the chosen province; the chosen one its own page.
    assert areas["15"].url == "/provinces/32/15/"
    assert areas["32"].url == "/provinces/32/"
    page = response.content.decode()
    assert "jumlah kesepakatannya dengan Jawa Barat" in page
    assert (
        '<option value="32" selected>Mitra Jawa Barat menurut jumlah kesepakatan</option>' in page
    )
    assert 'href="/agreements/?province=32"' in page
    # The table alternative lists the partners, not the province itself.
    assert [row["code"] for row in response.context["rows"]][:2] == ["15", "11"]
    assert "32" not in [row["code"] for row in response.context["rows"]]


def test_partner_mode_keeps_the_filters(viewer_client, data):
    response = viewer_client.get("/map/", {"partners_of": "32", "sector": "kehutanan"})
    areas = _areas(response)
    assert (areas["15"].count, areas["11"].count) == (2, 0)
    assert areas["15"].url == "/provinces/32/15/?sector=kehutanan"
    page = response.content.decode()
    assert 'href="/agreements/?sector=kehutanan&amp;province=32"' in page
    response = viewer_client.get("/map/", {"partners_of": "32", "year_from": "2020"})
    assert _areas(response)["15"].count == 1


def test_the_plain_map_is_unchanged_and_a_bad_province_falls_back_to_it(viewer_client, data):
    plain = _areas(viewer_client.get("/map/"))
    assert (plain["32"].count, plain["11"].count, plain["51"].count) == (3, 2, 1)
    response = viewer_client.get("/map/", {"partners_of": "99"})
    assert _areas(response)["32"].count == 3
    assert response.context["mode"].errors
    assert "field-error" in response.content.decode()


def test_the_province_page_offers_its_partner_map(viewer_client, data):
    page = viewer_client.get("/provinces/32/").content.decode()
    assert 'href="/map/?partners_of=32"' in page
