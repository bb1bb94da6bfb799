from extraction_samples import (
    CONTAINED_NAMES,
    KEPRI_NOT_RIAU,
    LOCAL_LOCAL,
    MULTI_PARTY,
    SIGNED_ABBREVIATIONS,
)

from agreements.extraction import extract
from agreements.extraction.parties import province_mentions


def codes(text, published="2022-10-05"):
    return {
        p.province_code for p in extract(text, published=published).parties if p.level == "province"
    }


def test_abbreviations_become_canonical_names_with_codes():
    parties = extract(SIGNED_ABBREVIATIONS, published="2020-03").parties
    assert [(p.name, p.province_code) for p in parties] == [
        ("Jawa Timur", "35"),
        ("Kalimantan Utara", "65"),
    ]


def test_kepri_is_not_riau():
    assert codes(KEPRI_NOT_RIAU) == {"21", "61"}


def test_one_province_with_six_others():
    assert codes(MULTI_PARTY) == {"31", "32", "33", "73", "74", "82", "53"}


def test_provinces_inside_company_names_and_typo_prefix():
    assert codes(CONTAINED_NAMES, "2022-12-02") == {"33", "16"}


def test_regency_and_city_parties():
    parties = extract(LOCAL_LOCAL, published="2022-11-10").parties
    assert [(p.name, p.level) for p in parties] == [
        ("Kabupaten Sleman", "regency"),
        ("Kota Magelang", "city"),
    ]


def test_mentions_that_are_not_parties_say_why():
    reasons = {
        m.text: m.excluded
        for m in province_mentions(
            "Bank Sumsel Babel, tercepat se-Indonesia se-Provinsi Jambi, Kabupaten Lampung Selatan, "
            "Kota Bengkulu dan Pemprov Jatim"
        )
    }
    assert reasons["Sumsel"] == reasons["Babel"] == "inside another name"
    assert reasons["Jambi"] == "comparison"
    assert reasons["Lampung"] == reasons["Bengkulu"] == "regency or city"
    assert reasons["Jatim"] is None


def test_province_after_a_long_list_of_regencies_locates_them():
    text = (
        "Sebelas kepala daerah menandatangani kesepakatan bersama pengelolaan jalan perbatasan "
        "di Palangka Raya, Senin (3/4). Mereka adalah Bupati Kapuas, Pulang Pisau, Katingan, "
        "Gunung Mas (Kalimantan Tengah), Hulu Sungai Selatan, Hulu Sungai Tengah, Tapin, "
        "Barito Kuala, Banjar (Kalimantan Selatan), Kutai Kartanegara, Mahakam Ulu, dan "
        "Kutai Timur (Kalimantan Timur)."
    )
    assert codes(text, "2023-04-04") == set()
    reasons = {m.code: m.excluded for m in province_mentions(text)}
    assert reasons["64"] == "location"


def test_a_province_abroad_is_a_party_of_its_own_and_a_letter_of_intent_a_signing():
    text = (
        "JAYAPURA - Provinsi Papua dan Provinsi Sandaun, Papua New Guinea (PNG) "
        "menandatangani Letter of Intent (LoI) sister province di Jayapura, Senin (4/3/2024)."
    )
    result = extract(text, published="2024-03-05")
    assert result.is_agreement
    assert [(p.name, p.level) for p in result.parties] == [
        ("Papua", "province"),
        ("Provinsi Sandaun (Papua New Guinea)", "other"),
    ]


def test_national_bodies_foreign_governors_and_universities_are_parties():
    bpkp = (
        "PALU - Pemerintah Provinsi Sulawesi Tengah menandatangani Nota Kesepahaman dengan "
        "Badan Pengawasan Keuangan dan Pembangunan (BPKP), Rabu (26/11/2025)."
    )
    result = extract(bpkp, published="2025-11-27")
    assert result.is_agreement
    assert ("Badan Pengawasan Keuangan dan Pembangunan (BPKP)", "other") in [
        (p.name, p.level) for p in result.parties
    ]
    governor = (
        "Gubernur Papua Yan Enembe dan Gubernur Sandaun, Papua Nugini (PNG), Tony Wouwou, "
        "menandatangani Letter of Intent di Jayapura, Minggu (3/3/2024)."
    )
    assert [p.name for p in extract(governor, published="2024-03-04").parties] == [
        "Papua",
        "Sandaun (Papua Nugini)",
    ]
    typo = (
        "PONTIANAK - Pemerintah Provinsi Kalbar melalui Balitbang Kalbar taken MoU bersama "
        "Perguruan Tinggi UNU Kalbar, Rabu (10/2/2021)."
    )
    assert extract(typo, published="2021-02-11").is_agreement


def test_a_regency_written_short_is_found_with_its_code():
    text = (
        "Pemprov Kaltim dan Pemkab Kutim menandatangani perjanjian kerja sama di Samarinda, "
        "Senin (4/3/2024)."
    )
    parties = extract(text, published="2024-03-05").parties
    assert ("Kabupaten Kutai Timur", "64.08") in [(p.name, p.region_code) for p in parties]


def test_foreign_cities_and_territories_are_parties_and_dua_gubernur_sign():
    city = (
        "YOGYAKARTA - Pemda Daerah Istimewa Yogyakarta menandatangani MoU dengan Kota "
        "Hangzhou, Tiongkok, di bidang seni budaya, Selasa (12/4/2016)."
    )
    assert ("Kota Hangzhou (Tiongkok)", "other") in [
        (p.name, p.level) for p in extract(city, published="2016-04-13").parties
    ]
    territory = (
        "MATARAM - Pemerintah Provinsi NTB menandatangani MoU sister province dengan Pemerintah "
        "Wilayah Australia Barat, Senin (10/7/2023)."
    )
    assert "Pemerintah Wilayah Australia Barat" in [
        p.name for p in extract(territory, published="2023-07-11").parties
    ]
    typo = (
        "Kerja sama itu setelah ditandatangi nota kesepahaman antara Gubernur Sumsel Ali Nurdin "
        "dan Gubernur Bangka Belitung Rudi Effendi di Sungailiat, Sabtu (4/3/2017)."
    )
    assert extract(typo, published="2017-03-05").is_agreement
