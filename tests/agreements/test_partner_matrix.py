"""The network's province x province matrix: counts, both orders, links to the pair pages."""

import pytest
from django.urls import reverse

from agreements.matrix import partner_matrix
from tests.factories import AgreementFactory

NAMES = {"15": "Jambi", "32": "Jawa Barat", "51": "Bali"}


def test_matrix_is_symmetric_and_ordered():
    pairs = [
        {"province": "15", "partner": "32", "count": 3},
        {"province": "32", "partner": "51", "count": 1},
    ]
    matrix = partner_matrix(pairs, NAMES)
    assert [row["name"] for row in matrix["rows"]] == ["Jawa Barat", "Jambi", "Bali"]
    jabar = matrix["rows"][0]
    assert [cell["count"] for cell in jabar["cells"]] == [0, 3, 1]
    assert jabar["total"] == 4
    assert jabar["cells"][1]["url"] == reverse("agreements:pair", args=["32", "15"])
    by_name = partner_matrix(pairs, NAMES, order="name", query="sector=kehutanan")
    assert [row["name"] for row in by_name["rows"]] == ["Bali", "Jambi", "Jawa Barat"]
    assert by_name["rows"][0]["cells"][2]["url"].endswith("?sector=kehutanan")


@pytest.mark.django_db
def test_network_page_shows_the_matrix(client, make_user):
    client.force_login(make_user("Viewer"))
    AgreementFactory(provinces=["15", "32"])
    page = client.get(reverse("agreements:network"), {"matrix_order": "name"}).content.decode()
    assert "Matriks mitra" in page
    assert 'href="/provinces/15/32/"' in page
