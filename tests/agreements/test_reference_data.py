from agreements.models import Province, Sector, SectorCategory
from agreements.reference import load_reference_data


def test_all_38_provinces_with_the_new_papua_provinces(db):
    assert Province.objects.count() == 38
    papua = dict(
        Province.objects.filter(code__in=["91", "92", "93", "94", "95", "96"]).values_list(
            "code", "name"
        )
    )
    assert papua == {
        "91": "Papua",
        "92": "Papua Barat",
        "93": "Papua Selatan",
        "94": "Papua Tengah",
        "95": "Papua Pegunungan",
        "96": "Papua Barat Daya",
    }
    jabar = Province.objects.get(code="32")
    assert jabar.iso_3166_2 == "ID-JB"
    assert "Jabar" in jabar.aliases


def test_32_urusan_and_10_supporting_functions(db):
    assert Sector.objects.count() == 42
    urusan = Sector.objects.filter(
        category__in=[
            SectorCategory.WAJIB_PELAYANAN_DASAR,
            SectorCategory.WAJIB_NON_PELAYANAN_DASAR,
            SectorCategory.PILIHAN,
        ]
    )
    assert urusan.count() == 32
    assert "hutan" in Sector.objects.get(code="kehutanan").keywords


def test_loading_again_changes_nothing(db):
    assert load_reference_data(Province, Sector) == (38, 42)
    assert Province.objects.count() == 38
