"""Filter input a user actually types: whole years, a reversed range, the expiring list."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer_client(client, make_user):
    client.force_login(make_user("Viewer"))
    return client


def test_a_year_is_a_whole_number(viewer_client):
    response = viewer_client.get(reverse("agreements:list"), {"year_from": "2015.5"})
    assert response.context["filter"].errors["year_from"]
    assert 'step="1"' in response.content.decode() or "step" not in response.content.decode()


@pytest.mark.parametrize("name", ["agreements:list", "agreements:map", "agreements:network"])
def test_a_reversed_year_range_is_explained(viewer_client, name):
    response = viewer_client.get(reverse(name), {"year_from": "2024", "year_to": "2020"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Tahun awal (2024) sesudah tahun akhir (2020)" in page


def test_expiring_agreements_come_soonest_first(viewer_client):
    today = timezone.localdate()
    signed = today - timedelta(days=700)
    late = AgreementFactory(
        title="Akhir 80 hari", signed_on=signed, expires_on=today + timedelta(80)
    )
    soon = AgreementFactory(title="Akhir 5 hari", signed_on=signed, expires_on=today + timedelta(5))
    mid = AgreementFactory(title="Akhir 30 hari", signed_on=today, expires_on=today + timedelta(30))
    response = viewer_client.get(reverse("agreements:list"), {"status": "expiring"})
    rows = [row.record.pk for row in response.context["table"].page.object_list]
    assert rows == [soon.pk, mid.pk, late.pk]
    # An explicit sort still wins.
    response = viewer_client.get(
        reverse("agreements:list"), {"status": "expiring", "sort": "title"}
    )
    rows = [row.record.title for row in response.context["table"].page.object_list]
    assert rows == sorted(rows)


def test_the_article_filter_offers_all_articles_by_default(viewer_client):
    page = viewer_client.get(reverse("agreements:articles")).content.decode()
    assert '<option value="" selected>Semua artikel</option>' in page
    assert "Tidak diketahui" not in page
