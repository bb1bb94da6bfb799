"""Offices only present at a signing, or only the source of figures, take no part in it."""

from agreements.extraction.opds import find_opds


def _names(*sentences: str) -> list[str]:
    return [o.name for o in find_opds(list(sentences)) if not o.quoted_only]


def test_an_office_in_the_guest_list_of_the_signing_event_is_left_out():
    assert (
        _names(
            "Acara penandatanganan nota kesepahaman itu juga dihadiri Kepala Dinas Pariwisata "
            "Joko Sembiring, Kadis Kebudayaan Made Arta dan para pelaku usaha."
        )
        == []
    )


def test_an_office_named_after_the_guests_as_signing_stays():
    assert _names(
        "Pertemuan itu dihadiri para pejabat, lalu perjanjian ditandatangani Kepala Dinas "
        "Perhubungan Provinsi Bengkulu."
    ) == ["Dinas Perhubungan Provinsi Bengkulu"]


def test_offices_seen_among_the_guests_are_left_out_but_those_following_up_stay():
    assert _names(
        "Dari jajaran Pemkot Bengkulu terlihat Kadis Pariwisata serta jajaran Dinas Pariwisata "
        "Bengkulu.",
        "Kesepakatan ini segera ditindaklanjuti oleh Dinas Pariwisata dan Dinas Kominfo.",
    ) == ["Dinas Pariwisata", "Dinas Kominfo"]


def test_the_office_whose_data_is_quoted_takes_no_part():
    assert (
        _names(
            "Data Dinas Pariwisata Provinsi Jambi menunjukkan kunjungan wisatawan naik 20 persen."
        )
        == []
    )


def test_the_heads_in_a_governors_entourage_bring_no_office():
    assert (
        _names(
            "Pada kegiatan itu hadir Gubernur Jambi yang didampingi Kepala Dinas Pariwisata Jambi "
            "Rudi Hartono serta Kepala Dinas Koperasi Jambi Sri Wahyuni."
        )
        == []
    )


def test_the_office_in_a_release_credit_takes_no_part():
    assert (
        _names(
            '"Tim ini segera bekerja sama dengan perusahaan itu," katanya. (rin/Diskominfo Kaltara)'
        )
        == []
    )


def test_the_office_of_a_head_who_only_attended_takes_no_part():
    assert (
        _names(
            "Kepala Disperindag Provinsi Jambi Rudi Hartono yang ikut hadir pada acara ini "
            "mengatakan, kesepakatan ini mempercepat pembangunan kedua provinsi."
        )
        == []
    )
