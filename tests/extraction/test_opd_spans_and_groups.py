"""Office spans: the public order police's short and spelled-out names, acronym suffixes,
a room's housing office and the offices of every regency of a province."""

from agreements.extraction.lexicon import SIGN_WORD
from agreements.extraction.opds import find_opds


def names(text):
    return [(o.name, o.acronym, o.province_code) for o in find_opds([text])]


def test_a_headline_verb_after_satpol_pp_is_not_part_of_its_name():
    assert names("Satpol PP Awasi Pasar Tradisional Jawa Barat") == [("Satpol PP", None, None)]


def test_the_fire_service_joined_to_satpol_pp_stays_in_the_name():
    assert [n for n, _a, _c in names("Satpol PP dan Damkar Kabupaten Sleman berjaga.")] == [
        "Satpol PP dan Damkar Kabupaten Sleman"
    ]


def test_a_spaced_acronym_and_a_stray_period_before_the_province():
    text = (
        "Satuan Polisi Pamong Praja (Satpol PP).Banten dan Satpol PP Lampung meneken "
        "perjanjian kerja sama."
    )
    assert names(text) == [
        ("Satuan Polisi Pamong Praja Banten", "Satpol PP", "36"),
        ("Satpol PP Lampung", None, "18"),
    ]


def test_the_short_name_of_a_headline_gives_way_to_the_spelled_out_one():
    found = find_opds(
        [
            "Satpol PP Provinsi Riau Teken Kerja Sama",
            "Satuan Polisi Pamong Praja Provinsi Riau menandatangani perjanjian kerja sama.",
        ]
    )
    assert [o.name for o in found] == ["Satuan Polisi Pamong Praja Provinsi Riau"]


def test_an_unqualified_spelled_out_name_takes_a_later_qualified_short_one():
    found = find_opds(
        [
            "Sebanyak 30 personel Satuan Polisi Pamong Praja (Satpol PP) berjaga di sana.",
            "Kepala Satpol PP Jawa Tengah Budi Rahardjo menandatangani kesepakatan itu.",
        ]
    )
    assert [(o.name, o.province_code) for o in found] == [("Satpol PP Jawa Tengah", "33")]


def test_an_acronym_with_its_added_fields_abbreviated_is_the_same_office():
    found = find_opds(
        [
            "Diskominfo Sleman Teken PKS dengan Pemprov DIY",
            "Pemkab Sleman melalui Dinas Komunikasi dan Informatika, Statistik dan Persandian "
            "(Diskominfo-SP) menandatangani PKS itu.",
        ]
    )
    assert [o.name for o in found] == ["Dinas Komunikasi dan Informatika, Statistik dan Persandian"]


def test_the_office_housing_the_room_of_the_signing_is_no_party():
    text = (
        "PKS ditandatangani Satpol PP Provinsi Riau dan Satpol PP Provinsi Jambi di Ruang "
        "Rapat Melati, Dinas Perhubungan Provinsi Riau, Senin (3/6)."
    )
    assert [n for n, _a, _c in names(text)] == [
        "Satpol PP Provinsi Riau",
        "Satpol PP Provinsi Jambi",
    ]


def test_the_offices_of_every_regency_of_a_province_are_no_one_office():
    assert names("Kerja sama itu akan diteken antar Dinas Perhubungan se-Provinsi Jambi.") == []
    assert names("Rapat itu diikuti Bappeda se-Jawa Timur.") == []
    # the provinces' own offices of an island may be the parties
    assert [n for n, _a, _c in names("Rapat digagas Dinas Perhubungan se-Kalimantan.")] == [
        "Dinas Perhubungan"
    ]


def test_a_signing_verb_missing_a_letter_still_signs():
    assert SIGN_WORD.search("Satpol PP Bali menandatangai perjanjian kerja sama itu.")


def test_an_office_belongs_to_the_government_acting_through_it():
    text = (
        "Pemprov Kaltara melalui Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu "
        "(DPMPTSP) meneken PKS dengan DPMPTSP Gorontalo."
    )
    assert [(o.name, o.province_code) for o in find_opds([text])] == [
        ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "65"),
        ("DPMPTSP Gorontalo", "75"),
    ]
    found = find_opds(["Pemerintah Kabupaten Klaten melalui Dinas Pertanian meneken PKS."])
    assert [(o.name, o.local) for o in found] == [("Dinas Pertanian", "klaten")]


def test_a_city_secretariat_section_beside_a_province_biro_is_its_own_office():
    text = (
        "PKS ditandatangani Kepala Biro Perekonomian Setda Provinsi Bengkulu dan Kepala "
        "Bagian Kerja Sama Setda Kota Lubuklinggau."
    )
    assert [n for n, _a, _c in names(text)] == [
        "Biro Perekonomian Setda Provinsi Bengkulu",
        "Bagian Kerja Sama Setda Kota Lubuklinggau",
    ]


def test_the_first_of_a_listed_pair_written_without_its_head_word():
    text = "Kelautan dan Perikanan Prov. Bali dan Dinas Kelautan dan Perikanan Prov. NTT."
    assert names(text) == [
        ("Kelautan dan Perikanan Prov. Bali", None, "51"),
        ("Dinas Kelautan dan Perikanan Prov. NTT", None, "53"),
    ]
    # a field named in running text is not an office
    assert [
        n
        for n, _a, _c in names(
            "Kerja sama Pariwisata Provinsi Bali dengan Dinas Pariwisata Provinsi NTT."
        )
    ] == ["Dinas Pariwisata Provinsi NTT"]


def test_a_biro_keeps_its_secretariat_qualifier_and_the_word_after_dan():
    text = (
        "PKS diteken Biro Pemerintahan dan Otda Setdaprov Kalbar dan Biro Tata Pemerintahan "
        "Sekretariat Daerah Provinsi Jawa Tengah."
    )
    assert names(text) == [
        ("Biro Pemerintahan dan Otda Setdaprov Kalbar", None, "61"),
        ("Biro Tata Pemerintahan Sekretariat Daerah Provinsi Jawa Tengah", None, "33"),
    ]
    assert [n for n, _a, _c in names("Kepala Biro Humas dan Protokol Rina Wulandari hadir.")] == [
        "Biro Humas dan Protokol"
    ]
