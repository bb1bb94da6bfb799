"""The pair page names each renewal chain: kind, span of years, sectors and OPDs."""

import pytest
from django.urls import reverse

from agreements.demo.seed import seed_agreement_create

pytestmark = pytest.mark.django_db


def test_a_chain_has_a_title_a_span_its_sectors_and_opds(client, make_user):
    client.force_login(make_user("Viewer"))
    seed = seed_agreement_create()  # 2020 KB renewing the 2017-2019 cooperation
    response = client.get(reverse("agreements:pair", args=["15", "32"]))
    [chain] = response.context["chains"]
    assert [a.pk for a in chain.agreements] == [seed.predecessor_id, seed.pk]
    assert chain.first_year == 2017
    assert "kehutanan" in {sector.code for sector in chain.sectors}
    assert "Bakeuda" in chain.opds
    page = response.content.decode()
    assert 'class="chain-title">Kesepakatan Bersama 2017\u2013' in page
    assert "2 naskah" in page
    assert "Bakeuda" in page
