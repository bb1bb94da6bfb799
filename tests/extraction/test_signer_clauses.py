"""A signer's phrase that runs on into the rest of the sentence, and two signers whose names
share a word but who hold different offices (all invented)."""

import pytest

from agreements.extraction import extract
from agreements.extraction.persons import parse_person


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Gubernur Lampung Dr. Rudi Hartono sekaligus launching SIPADU hari ini (senin ,10/6/2024)",
            ("Rudi Hartono", "Gubernur Lampung"),
        ),
        ("Bupati Lebak Hasan Basri usai rapat paripurna DPRD", ("Hasan Basri", "Bupati Lebak")),
        (
            "Gubernur Jambi Ahmad Fauzi pada acara HUT Provinsi Jambi",
            ("Ahmad Fauzi", "Gubernur Jambi"),
        ),
    ],
)
def test_the_name_ends_where_the_sentence_goes_on(phrase, expected):
    assert parse_person(phrase) == expected


def test_a_rector_and_a_governor_sharing_a_first_name_are_two_signers():
    result = extract(
        "Rektor Universitas Lampung Dr. Rudi Prasetyo menandatangani nota kesepahaman dengan "
        "Gubernur Lampung Dr. Rudi Hartono sekaligus meluncurkan SIPADU hari ini (senin ,10/6/2024) "
        "di ruang rapat utama rektorat.",
        published="2024-06-10",
    )
    assert sorted(s.name for s in result.signatories) == ["Rudi Hartono", "Rudi Prasetyo"]


def test_a_slip_in_one_governors_name_is_still_one_governor():
    result = extract(
        "Gubernur Bengkulu Rudi Hartono dan Gubernur Lampung Arif Santoso menandatangani "
        "kesepakatan bersama di Bengkulu, Senin (10/6/2024). Gubernur Bengkulu Rudi Hartanto "
        "mengatakan kerja sama ini penting.",
        published="2024-06-11",
    )
    names = [s.name for s in result.signatories]
    assert len(names) == 2 and "Arif Santoso" in names
