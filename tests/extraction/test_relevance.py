import pytest
from extraction_samples import (
    BANK_DEAL,
    COURTESY_VISIT,
    KEPRI_NOT_RIAU,
    OLD_AGREEMENT,
    PLANNED,
    SIGNED_ABBREVIATIONS,
    WEEKDAY_CONFLICT,
)

from agreements.extraction import extract


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (PLANNED, "2021-01-20"),
        (COURTESY_VISIT, "2020-02-03"),
        (BANK_DEAL, "2022-05-04"),
        (OLD_AGREEMENT, "2023-09-21"),
    ],
    ids=["plan", "courtesy-visit", "bank-deal", "old-agreement"],
)
def test_not_an_agreement(text, published):
    result = extract(text, published=published)
    assert result.is_agreement is False
    assert result.parties == [] and result.signed_on is None


@pytest.mark.parametrize(
    ("text", "published"),
    [(SIGNED_ABBREVIATIONS, "2020-03"), (KEPRI_NOT_RIAU, "2022"), (WEEKDAY_CONFLICT, None)],
    ids=["abbr", "kepri", "weekday"],
)
def test_signed_agreement(text, published):
    result = extract(text, published=published)
    assert result.is_agreement is True
    assert result.evidence["is_agreement"]


def test_signing_in_the_future_tense_is_a_plan():
    text = "Pemprov Jabar dan Pemprov Jateng akan menandatangani MoU kerja sama pangan pekan depan."
    assert extract(text, published="2022-01-01").is_agreement is False


def test_signing_years_before_publication_is_a_recalled_agreement():
    assert extract(WEEKDAY_CONFLICT, published="2024-06-01").is_agreement is False


def test_a_visit_described_as_part_of_a_signing_reports_no_signing():
    text = (
        "Gubernur Riau Disambut di Bandara Hang Nadim\n\n"
        "BATAM - Gubernur Riau dan Gubernur Jambi tiba di Bandara Hang Nadim, Jumat "
        "(13/6/2025). Kedatangan kedua kepala daerah itu merupakan bagian dari rangkaian "
        "penandatanganan kesepakatan bersama antardaerah yang digelar Pemprov Kepri. "
        "Kunjungan ini merupakan bagian dari penandatanganan kesepakatan antara Pemerintah "
        "Provinsi Kepulauan Riau, Riau dan Jambi."
    )
    assert not extract(text, published="2025-06-13").is_agreement


def test_a_visit_that_ends_in_a_signing_still_reports_it():
    text = (
        "Kunjungan kerja Gubernur Jambi ke Pekanbaru merupakan bagian dari agenda kerja sama. "
        "Gubernur Jambi dan Gubernur Riau menandatangani kesepakatan bersama di Pekanbaru, "
        "Jumat (13/6/2025)."
    )
    assert extract(text, published="2025-06-13").is_agreement


def test_provinces_counted_but_not_named_still_signed():
    text = (
        "Gubernur enam provinsi se Tanah Papua menandatangani sembilan butir kesepakatan "
        "pembangunan berkelanjutan di Manokwari, 13 Februari 2026."
    )
    assert extract(text, published="2026-02-14").is_agreement


def test_a_governor_with_the_regents_and_mayors_of_his_province():
    text = (
        "Gubernur Sumbar Irwan Prayitno menandatangani kesepakatan dengan bupati dan wali kota "
        "se-Sumatra Barat, Rabu (26/2/2020)."
    )
    assert extract(text, published="2020-02-27").is_agreement


def test_the_items_of_a_visits_agenda_are_planned():
    text = (
        "Gubernur Jatim Disambut di Kupang\n\n"
        "KUPANG - Gubernur NTT menyambut Gubernur Jatim di Bandara El Tari, Rabu (5/11/2025). "
        "Agenda utama dalam misi tersebut meliputi: Penandatanganan Kesepakatan Bersama antara "
        "Gubernur Jatim dan Gubernur NTT.\n"
        "Penandatanganan Perjanjian Kerja Sama antar-instansi, serta komitmen transaksi "
        "perdagangan antara pelaku usaha kedua provinsi."
    )
    assert not extract(text, published="2025-11-05").is_agreement


def test_a_signing_reported_after_a_plan_is_still_reported():
    text = (
        "Kedua gubernur akan menandatangani perjanjian kerja sama teknis bulan depan. "
        "Penandatanganan kesepakatan bersama dilakukan oleh Gubernur Jambi dan Gubernur Riau "
        "di Pekanbaru, Senin (4/3/2024)."
    )
    assert extract(text, published="2024-03-05").is_agreement
