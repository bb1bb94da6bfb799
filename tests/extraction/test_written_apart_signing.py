"""The signing verb written apart, "tanda tangani", and a venue closed by a date after
"pemerintah daerah di" (all invented)."""

from agreements.extraction import extract

_TEXT = (
    "YOGYAKARTA - Bupati Padang Pariaman Rahmat Hidayat bersama Penjabat Walikota Yogyakarta "
    "Sumarno, SH.MH tanda tangani Kesepakatan Bersama (MoU) penyelenggaraan urusan pemerintah "
    "daerah di Bangsal Kencana Yogyakarta (06/10/2022).\n"
    "Kerja sama itu meliputi pariwisata dan pendidikan."
)


def test_signers_of_a_verb_written_apart():
    names = {s.name for s in extract(_TEXT, published="2022-10").signatories}
    assert names == {"Rahmat Hidayat", "Sumarno"}


def test_a_venue_after_pemerintah_daerah_closed_by_a_date():
    assert extract(_TEXT, published="2022-10").place == "Bangsal Kencana Yogyakarta"


def test_regions_in_a_province_are_still_no_venue():
    text = (
        "Bupati Padang Pariaman Rahmat Hidayat dan Walikota Yogyakarta Sumarno menandatangani "
        "kesepakatan bersama, Kamis (6/10/2022), yang akan diikuti pemerintah daerah di "
        "Sumatera Barat."
    )
    assert extract(text, published="2022-10").place is None
