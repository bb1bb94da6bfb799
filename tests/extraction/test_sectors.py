from extraction_samples import SIGNED_ABBREVIATIONS

from agreements.extraction import extract
from agreements.extraction.sectors import find_sectors


def test_scope_items_map_to_reference_codes():
    codes, evidence, _ = find_sectors(
        ["Kerja sama ini meliputi bidang perhubungan, pariwisata serta ketahanan pangan."],
        set(),
        [],
    )
    assert set(codes) == {"perhubungan", "pariwisata", "pangan"}
    assert evidence


def test_wishes_and_office_names_are_not_scope():
    result = extract(SIGNED_ABBREVIATIONS, published="2020-03")
    assert "kepemudaan_olahraga" not in result.sectors  # "berharap ... sektor olahraga"
    assert "keuangan" not in result.sectors  # only inside "Badan Keuangan Daerah"


def test_word_boundaries():
    codes, _, _ = find_sectors(["Kesepakatan di bidang pendidikan."], set(), [])
    assert codes == ["pendidikan"]
