from agreements.extraction.opds import find_opds


def names(text):
    return [(o.name, o.acronym, o.province_code) for o in find_opds([text])]


def test_list_joined_by_commas_serta_and_dan():
    text = (
        "Mulai dari Inspektorat, Badan Keuangan Daerah (Bakeuda), Dinas Perindustrian dan "
        "Perdagangan (Disperindag), Dinas Kehutanan serta Biro Pembangunan dan Kerjasama."
    )
    assert names(text) == [
        ("Inspektorat", None, None),
        ("Badan Keuangan Daerah", "Bakeuda", None),
        ("Dinas Perindustrian dan Perdagangan", "Disperindag", None),
        ("Dinas Kehutanan", None, None),
        ("Biro Pembangunan dan Kerjasama", None, None),
    ]


def test_office_from_an_official_title_is_attributed_to_its_province():
    assert names("Kepala Dinas Perhubungan Jatim Wahyu Pratama hadir.") == [
        ("Dinas Perhubungan Jatim", None, "35")
    ]


def test_acronym_only_mentions_and_variants_merge():
    found = find_opds(
        [
            "PKS antara Disperindag Provinsi Jatim dengan Disperindag Provinsi Sumsel.",
            "Dinas Perindustrian dan Perdagangan (Disperindag) Provinsi Jatim menyiapkan pameran.",
        ]
    )
    assert [(o.acronym, o.province_code) for o in found] == [
        ("Disperindag", "35"),
        ("Disperindag", "16"),
    ]


def test_national_bodies_are_not_regional_offices():
    assert names("Badan Pusat Statistik dan Badan Usaha Milik Desa hadir.") == []
