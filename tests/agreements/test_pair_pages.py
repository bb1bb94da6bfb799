"""The pair page lists thousands of agreements at scale: one page of them at a time, with
their renewal chains, a count, and the link to the whole filtered list."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(client, make_user):
    client.force_login(make_user("Viewer"))
    return client


def test_the_pair_page_shows_one_page_of_its_agreements(viewer):
    start = date(2000, 1, 1)
    made = [
        AgreementFactory(provinces=["15", "32"], signed_on=start + timedelta(days=n))
        for n in range(30)
    ]
    AgreementFactory(provinces=["15", "12"])  # another pair
    url = reverse("agreements:pair", args=["15", "32"])
    first = viewer.get(url)
    assert [a.pk for a in first.context["agreements"]] == [a.pk for a in made[::-1][:25]]
    page = first.content.decode()
    assert "30 kesepakatan" in page
    assert "halaman 1 dari 2" in page
    assert "/agreements/?province=15&amp;partner=32" in page  # the whole list
    assert "a-page=2" in page
    second = viewer.get(url, {"a-page": 2})
    assert [a.pk for a in second.context["agreements"]] == [a.pk for a in made[4::-1]]


def test_a_renewal_shows_what_it_renews_on_its_page(viewer):
    old = AgreementFactory(provinces=["15", "32"], signed_on=date(2001, 1, 1))
    for n in range(25):
        AgreementFactory(provinces=["15", "32"], signed_on=date(2010, 1, 1) + timedelta(days=n))
    renewal = AgreementFactory(provinces=["15", "32"], signed_on=date(2020, 1, 1), predecessor=old)
    response = viewer.get(reverse("agreements:pair", args=["15", "32"]))
    assert old.pk not in [a.pk for a in response.context["agreements"]]  # on page 2
    [chain] = [c for c in response.context["chains"] if len(c.agreements) > 1]
    assert [a.pk for a in chain.agreements] == [old.pk, renewal.pk]
