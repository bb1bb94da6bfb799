"""Parties written as numbered commands, ministries by short name, bare region lists and
regencies located by their province after an acronym. Invented sentences of real shapes."""

from agreements.extraction import extract
from agreements.extraction.other_parties import other_parties
from agreements.extraction.parties import find_parties


def names(text, published="2023-05-10"):
    result = extract(text, published=published)
    return result.is_agreement, [(p.name, p.level) for p in result.parties]


def test_numbered_military_command_is_a_party():
    text = (
        "Gubernur Bengkulu Rahmat Saleh dan Danrem 041/Gamas, Kolonel Inf Budi Santoso teken "
        "MoU tentang pengamanan pangan di Hotel Raflesia, Rabu (10/5/2023)."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Bengkulu", "province"), ("Korem 041/Gamas", "other")]


def test_command_spelled_out_with_acronym():
    text = "Pemkab Agam bersama Komando Distrik Militer (Kodim) 0304/Agam meneken MoU"
    found = [p.name for p in other_parties(text, text)]
    assert found == ["Kodim 0304/Agam"]


def test_ministry_agency_by_acronym_signs_with_a_governor():
    text = (
        "Pada Selasa (9/5/2023) Kepala BSIP Kementan, Andi Wirawan melakukan penandatanganan "
        "perjanjian kerja sama dengan Gubernur Sulawesi Barat, Arif Munandar."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Sulawesi Barat", "province"), ("BSIP Kementan", "other")]


def test_bare_region_list_after_the_word_kabupaten():
    text = (
        "Sekjen Kemendagri mengatakan hal itu setelah menghadiri penandatanganan kesepakatan "
        "bersama enam kabupaten, Rabu (10/5/2023). Kabupaten tersebut adalah Sleman, Bantul, "
        "Kulon Progo (DI Yogyakarta), Magelang, Klaten dan Purworejo (Jawa Tengah)."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert [n for n, level in parties if level == "regency"] == [
        "Kabupaten Sleman",
        "Kabupaten Bantul",
        "Kabupaten Kulon Progo",
        "Kabupaten Magelang",
        "Kabupaten Klaten",
        "Kabupaten Purworejo",
    ]
    assert not [n for n, level in parties if level == "province"]


def test_province_after_regency_acronym_only_locates_it():
    text = (
        "Pemprov DKI Jakarta menjalin kerja sama dengan Pemerintah Kabupaten (Pemkab) Blitar, "
        "Jawa Timur, melalui penandatanganan nota kesepahaman di Balai Kota, Jumat (12/5/2023)."
    )
    is_agreement, parties = names(text, published="2023-05-13")
    assert is_agreement
    assert parties == [("DKI Jakarta", "province"), ("Kabupaten Blitar", "regency")]


def test_two_vertical_bodies_with_a_witnessing_governor_are_no_agreement():
    text = (
        "Kepolisian Daerah (Polda) Jambi dan Korem 042/Garuda Putih menandatangani nota "
        "kesepahaman pengamanan hutan di Mapolda, Senin (8/5/2023).\n"
        "MoU diteken Kapolda Jambi Irjen Pol Rudi Hartono dan Danrem 042/Gapu Brigjen TNI "
        "Dedi Kurnia, disaksikan Gubernur Jambi."
    )
    assert not extract(text, published="2023-05-09").is_agreement


def test_a_tally_of_signings_since_a_year_is_no_signing():
    text = (
        "Pemprov Jawa Tengah menerima penghargaan kerja sama daerah, Senin (8/5/2023).\n"
        "Sejak 2018, Jateng menandatangani 32 kesepakatan bersama dengan 25 provinsi."
    )
    assert not extract(text, published="2023-05-09").is_agreement


def test_two_heads_of_region_joined_by_dan_are_both_parties():
    text = (
        "Kesepakatan bersama antara Bupati Kebumen dan Bupati Purworejo ditandatangani di "
        "Pendopo Kebumen, Selasa (9/5/2023)."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Kabupaten Kebumen", "regency"), ("Kabupaten Purworejo", "regency")]


def test_regent_and_mayor_meneken():
    text = (
        "Bupati Bantul dan Wali Kota Yogyakarta meneken perjanjian kerja sama pengolahan "
        "sampah di Pendopo Bantul, Senin (8/5/2023)."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Kabupaten Bantul", "regency"), ("Kota Yogyakarta", "city")]


def test_list_item_keeps_its_own_kind():
    text = (
        "Lima daerah menandatangani kesepakatan bersama di Pendopo Klaten, Selasa (9/5/2023), "
        "yaitu Kabupaten Klaten, Kota Surakarta, Kabupaten Semarang, Kota Salatiga dan "
        "Kabupaten Boyolali."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [
        ("Kabupaten Klaten", "regency"),
        ("Kota Surakarta", "city"),
        ("Kabupaten Semarang", "regency"),
        ("Kota Salatiga", "city"),
        ("Kabupaten Boyolali", "regency"),
    ]


def test_headline_verbs_after_a_regency_name_are_dropped():
    text = (
        "Pemerintah Kabupaten Merangin Lakukan Penandatanganan Kesepakatan Bersama dengan "
        "Pemerintah Kabupaten Bungo di Bangko, Selasa (9/5/2023)."
    )
    is_agreement, parties = names(text)
    assert is_agreement
    assert parties == [("Kabupaten Merangin", "regency"), ("Kabupaten Bungo", "regency")]


def test_careless_lower_case_direction_word_in_a_regency_name():
    text = "MoU diteken Kab. Tanah laut dan Kab. Bengkulu selatan di Bandung."
    found = [(p.name, p.level) for p in find_parties([text])]
    assert found == [("Kabupaten Tanah Laut", "regency"), ("Kabupaten Bengkulu Selatan", "regency")]


def test_office_named_by_its_region_ends_before_its_head():
    text = (
        "Gubernur Gorontalo menandatangani nota kesepakatan dengan Kepala Kejaksaan Tinggi "
        "Gorontalo Budi Raharjo di Aula Kejati."
    )
    assert [p.name for p in other_parties(text, text)] == ["Kejaksaan Tinggi Gorontalo"]
