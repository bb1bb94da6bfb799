"""The list's text search as a user types it: more words narrow, aliases, venue, signatory."""

from datetime import date

import pytest
from django.urls import reverse

from agreements.demo.seed import seed_agreement_create
from agreements.selectors.search import search_terms
from agreements.services.agreements import agreement_refresh_search
from tests.factories import AgreementFactory, ScopeItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer_client(client, make_user):
    client.force_login(make_user("Viewer"))
    return client


@pytest.fixture
def data():
    seed = seed_agreement_create()  # Jambi - Jawa Barat, Gedung Pakuan, signed by Ridwan Kamil
    bali = AgreementFactory(title="Promosi wisata Bali dan Jawa Timur", provinces=["51", "35"])
    ScopeItemFactory(agreement=bali, description="Promosi pariwisata bersama")
    gorontalo = AgreementFactory(
        title="Kesepakatan Gorontalo dan Sulawesi Utara", provinces=["75", "71"],
        signed_on=date(2024, 1, 1),
    )  # fmt: skip
    ScopeItemFactory(agreement=gorontalo, description="Pengembangan pariwisata bahari")
    kaltim = AgreementFactory(title="Kerja sama energi", provinces=["64", "32"])
    agreement_refresh_search()
    return {"seed": seed, "bali": bali, "gorontalo": gorontalo, "kaltim": kaltim}


def found(client, q):
    response = client.get(reverse("agreements:list"), {"q": q})
    assert response.status_code == 200
    return [row.record.pk for row in response.context["table"].page.object_list]


def test_a_second_word_narrows(viewer_client, data):
    assert set(found(viewer_client, "pariwisata")) >= {data["bali"].pk, data["gorontalo"].pk}
    assert found(viewer_client, "pariwisata bali") == [data["bali"].pk]
    assert found(viewer_client, "pariwisata papua") == []


def test_province_aliases_from_the_gazetteer(viewer_client, data):
    assert set(found(viewer_client, "Kaltim")) == {data["kaltim"].pk}
    jabar = {data["seed"].pk, data["seed"].predecessor_id, data["kaltim"].pk}
    assert set(found(viewer_client, "jabar")) == jabar
    assert set(found(viewer_client, "Jabar Kaltim")) == {data["kaltim"].pk}
    assert set(found(viewer_client, "Jawa Barat")) == jabar
    assert search_terms("kerja sama Jabar dan Jambi") == (["32", "15"], ["kerja", "sama"])


def test_venue_and_signatory(viewer_client, data):
    assert found(viewer_client, "Gedung Pakuan") == [data["seed"].pk]
    assert found(viewer_client, "Ridwan Kamil") == [data["seed"].pk]
    assert found(viewer_client, "Fachrori") == [data["seed"].pk]
