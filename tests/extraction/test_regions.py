"""Kabupaten and kota as parties, with their Kemendagri codes (agreements/data/regencies.csv)."""

import csv
from pathlib import Path

from agreements.extraction import extract
from agreements.extraction.gazetteer import get_gazetteer

DATA = Path(__file__).resolve().parents[2] / "agreements" / "data" / "regencies.csv"


def _locals(text, published="2024-06-14"):
    r = extract(text, published=published)
    return sorted((p.name, p.level, p.region_code) for p in r.parties if p.level != "province")


def test_reference_counts_and_codes():
    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    assert len(rows) == 514
    assert sum(r["kind"] == "regency" for r in rows) == 416
    assert sum(r["kind"] == "city" for r in rows) == 98
    assert len({r["code"] for r in rows}) == 514
    provinces = set(get_gazetteer().provinces)
    assert all(r["code"].split(".")[0] == r["province_code"] in provinces for r in rows)


def test_the_kind_word_settles_a_name_both_kinds_share():
    assert _locals(
        "Pemkab Bandung dan Pemkot Bandung menandatangani kesepakatan bersama bidang "
        "persampahan, Senin (10/6/2024)."
    ) == [("Kabupaten Bandung", "regency", "32.04"), ("Kota Bandung", "city", "32.73")]


def test_a_list_after_one_kind_word_and_spelling_variants():
    found = _locals(
        "Pemerintah Provinsi Sumut menandatangani MoU dengan Pemko Medan, Binjai, Deliserdang "
        "dan Langkat, Senin (10/6/2024)."
    )
    assert found == [
        ("Kabupaten Deli Serdang", "regency", "12.07"),
        ("Kabupaten Langkat", "regency", "12.05"),
        ("Kota Binjai", "city", "12.75"),
        ("Kota Medan", "city", "12.71"),
    ]


def test_heads_of_regions_name_their_regions_but_their_names_are_no_regions():
    found = _locals(
        "Sebagai langkah awal dilakukan penandatanganan perjanjian kerja sama di Balai Kota "
        "Jakarta.\nAcara dihadiri Gubernur DKI Jakarta; Wali Kota Bogor, Bima Santosa; dan "
        "Bupati Cianjur, Ade Hermawan."
    )
    assert found == [("Kabupaten Cianjur", "regency", "32.03"), ("Kota Bogor", "city", "32.71")]


def test_a_phrase_after_kota_that_names_no_region_is_no_party():
    assert _locals(
        "Kota Malang dan Kota Surakarta menandatangani MoU Kota Sister City, Selasa (4/6/2024)."
    ) == [("Kota Malang", "city", "35.73"), ("Kota Surakarta", "city", "33.72")]


def test_provinces_carry_their_own_code_as_region_code():
    r = extract(
        "Pemprov Jambi dan Pemprov Bengkulu menandatangani kesepakatan bersama, Senin (10/6/2024).",
        published="2024-06-14",
    )
    line = r.to_contract_dict("x")
    assert [(p["province_code"], p["region_code"]) for p in line["parties"]] == [
        ("15", "15"),
        ("17", "17"),
    ]
