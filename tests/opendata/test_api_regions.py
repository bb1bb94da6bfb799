"""The API carries kabupaten and kota: as parties with their region code, and as regions."""

import pytest

from agreements.services.publishing import agreements_publish
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


def test_parties_and_regions_carry_kabupaten_kota_codes(client, superuser):
    agreement = AgreementFactory(provinces=["32", "32.73", "bank:Bank Jabar"])
    agreements_publish(agreements=[agreement], user=superuser)
    parties = client.get(f"/api/v1/agreements/{agreement.pk}/").json()["parties"]
    assert [(p["name"], p["province_code"], p["region_code"]) for p in parties] == [
        ("Jawa Barat", "32", "32"),
        ("Kota Bandung", None, "32.73"),
        ("Bank Jabar", None, None),
    ]
    regions = client.get("/api/v1/regions/").json()
    by_code = {row["code"]: row for row in regions}
    assert len(regions) == 38 + 416 + 98
    assert by_code["32.73"] == {
        "code": "32.73",
        "name": "Kota Bandung",
        "level": "city",
        "parent_code": "32",
        "agreement_count": 1,
    }
    assert by_code["32"]["level"] == "province" and by_code["32"]["parent_code"] is None
    assert client.get("/api/v1/regions/32.73/").json()["name"] == "Kota Bandung"
    assert client.get("/api/v1/regions/32/").json()["name"] == "Jawa Barat"
    assert client.get("/api/v1/regions/99.99/").status_code == 404
