"""Degrees written with a space after their dot ("M. Sc", "S. Sos", "S. H., M. H.") are
degrees, not the signer's name; initials in a name keep their place (all invented)."""

import pytest

from agreements.extraction import extract
from agreements.extraction.persons import parse_person


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Rektor Universitas Lampung Dr. Hadi Prasetyo, M. Sc",
            ("Hadi Prasetyo", "Rektor Universitas Lampung"),
        ),
        ("Bupati Lebak Hasan Basri, S. Sos", ("Hasan Basri", "Bupati Lebak")),
        ("Wali Kota Serang Budi Santoso, S. H., M. H.", ("Budi Santoso", "Wali Kota Serang")),
        ("Rektor Prof. Dr. Ir. Anwar Hadi, M. Eng", ("Anwar Hadi", "Rektor")),
        # an initial inside a name is no degree
        ("Wali Kota Bandung, Oka M. Darmawan", ("Oka M Darmawan", "Wali Kota Bandung")),
    ],
)
def test_a_spaced_degree_is_not_a_name(phrase, expected):
    assert parse_person(phrase) == expected


def test_signers_with_spaced_degrees_are_named():
    result = extract(
        "Rektor Universitas Lampung Dr. Hadi Prasetyo, M. Sc menandatangani nota kesepahaman "
        "dengan Gubernur Lampung Dr. Rudi Hartono di ruang rapat utama rektorat, Senin (10/6/2024).",
        published="2024-06-11",
    )
    assert sorted(s.name for s in result.signatories) == ["Hadi Prasetyo", "Rudi Hartono"]
