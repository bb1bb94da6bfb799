"""Capitals that close a name are its initials; a witness's deputy does not sign (all
invented)."""

from agreements.extraction import extract
from agreements.extraction.persons import parse_person
from agreements.extraction.signatories import find_signatories


def test_initials_closing_a_name():
    assert parse_person("Wakil Walikota Surabaya Hendra DS ") == (
        "Hendra DS",
        "Wakil Walikota Surabaya",
    )


def test_an_office_acronym_after_a_title_is_still_the_title():
    assert parse_person("Kepala Dinas Kominfo Jatim Budi Santoso ") == (
        "Budi Santoso",
        "Kepala Dinas Kominfo Jatim",
    )


def test_a_numbered_region_is_no_initials():
    assert parse_person("Kepala LLDIKTI Wilayah XII ") == (None, "Kepala LLDIKTI Wilayah XII")


def test_a_signer_with_initials_in_a_passive_signing():
    text = (
        "Penandatanganan naskah kesepakatan bersama dilakukan oleh Wakil Walikota Surabaya "
        "Hendra DS dan Walikota Bandung Asep Mulyana di Balai Kota Surabaya, Jumat (31/8/2012)."
    )
    names = {s.name for s in extract(text, published="2012-09-01").signatories}
    assert names == {"Hendra DS", "Asep Mulyana"}


def test_the_deputy_of_a_witness_does_not_sign():
    text = (
        "Turut menyaksikan dan memberikan sambutan dalam penandatanganan tersebut Gubernur Jawa "
        "Barat yang diwakili Staf Ahli Gubernur Bidang Ekonomi dr. Rina Kartika, MPPM."
    )
    assert find_signatories([(text, False)]) == []


def test_the_deputy_of_a_signer_still_signs():
    text = (
        "Kesepakatan ditandatangani Gubernur Jawa Barat yang diwakili Sekda Jawa Barat Rina "
        "Kartika dan Gubernur Lampung Arief Munandar."
    )
    names = {s.name for s in find_signatories([(text, False)])}
    assert "Rina Kartika" in names
