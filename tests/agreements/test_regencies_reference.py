"""The kabupaten and kota of Kepmendagri 2025, loaded by the data migration."""

import io

from django.core.management import call_command

from agreements.models import Province, Regency, RegencyKind
from agreements.reference import load_regencies, regency_aliases


def test_38_provinces_416_kabupaten_98_kota(db):
    assert Province.objects.count() == 38
    assert Regency.objects.filter(kind=RegencyKind.REGENCY).count() == 416
    assert Regency.objects.filter(kind=RegencyKind.CITY).count() == 98


def test_codes_are_unique_and_each_regency_lies_in_its_province(db):
    codes = list(Regency.objects.values_list("code", flat=True))
    assert len(codes) == len(set(codes)) == 514
    for code, province_code in Regency.objects.values_list("code", "province_id"):
        assert code.split(".")[0] == province_code
    # Every province has kabupaten/kota (DKI Jakarta its administrative ones).
    assert Province.objects.filter(regencies__isnull=True).count() == 0


def test_kota_and_kabupaten_bandung_are_two_regions_with_their_news_forms(db):
    city, regency = Regency.objects.get(code="32.73"), Regency.objects.get(code="32.04")
    assert (city.name, city.kind, city.province_id) == ("Kota Bandung", "city", "32")
    assert (regency.name, regency.kind) == ("Kabupaten Bandung", "regency")
    assert {"Kab. Bandung", "Pemkab Bandung"} <= set(regency.aliases)
    assert "Pemkot Bandung" in city.aliases
    assert "Bandung" not in city.aliases + regency.aliases
    assert regency_aliases("city", "Kota Administrasi Jakarta Pusat")[0] == "Kota Jakarta Pusat"


def test_loading_again_changes_nothing_and_a_renamed_code_is_updated_in_place(db):
    assert load_regencies(Regency) == (0, 514)
    Regency.objects.filter(code="32.73").update(name="Kota Bandung Lama", aliases=[])
    Regency.objects.filter(code="32.04").delete()
    call_command("load_reference_data", stdout=io.StringIO())
    assert Regency.objects.count() == 514
    assert Regency.objects.get(code="32.73").name == "Kota Bandung"
    assert Regency.objects.get(code="32.04").name == "Kabupaten Bandung"
