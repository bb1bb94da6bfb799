"""A city named only as where someone made a statement is not the signing place, nor is a
dateline contradicted by it; a party's visit to the city keeps it (all invented)."""

from agreements.extraction import extract


def _place(text, published="2024-06-14"):
    return extract(text, published=published).place


def test_the_statement_city_later_in_the_article_is_no_place():
    text = (
        "Palu (ANTARA) - Pemprov Sulteng dan Pemprov Kaltim menandatangani nota kesepahaman "
        "kerja sama perdagangan, Kamis.\n"
        "Kerja sama itu mencakup bidang perdagangan dan pertanian.\n"
        "Sulteng siap menjadi daerah penyangga bagi provinsi tetangga.\n"
        "Pemprov Sulteng berupaya meningkatkan produksi pertanian.\n"
        '"Saya bersyukur atas terwujudnya penandatanganan nota kesepahaman ini," kata Gubernur '
        "Sulteng Arman Lasali, di Palu, Kamis."
    )
    assert _place(text) is None


def test_a_statement_in_another_city_voids_the_dateline():
    text = (
        "Pontianak (ANTARA) - Pemprov Kalbar bersama Pemprov DKI Jakarta memperkuat sinergi.\n"
        '"Kerja sama ini penting bagi Kalbar," kata Sekda Kalbar, Rudi Hartono di Jakarta, '
        "Minggu.\n"
        "Rudi menjelaskan, mewakili Pemprov Kalbar, dirinya telah menandatangani kesepakatan "
        "bersama dengan Pemprov DKI Jakarta tentang pelayanan publik."
    )
    assert _place(text) is None


def test_a_guest_speaking_in_the_dateline_city_keeps_it():
    text = (
        "NGAWI - Gubernur DKI Jakarta Anwar Siregar dan Gubernur Jawa Timur Sri Rahayu "
        "menandatangani kesepakatan bersama tentang pangan, Minggu (25/4/2021).\n"
        "Kerja sama itu mencakup pasokan beras.\n"
        "BUMD DKI akan bermitra dengan koperasi petani.\n"
        "Pasokan dikirim setiap pekan.\n"
        '"Kami ingin harga pangan terjaga," kata Gubernur DKI Jakarta Anwar Siregar di Ngawi, '
        "Minggu (25/4).\n"
        "Menurut Anwar, kedatangannya di Ngawi menjadi babak baru kerja sama kedua daerah."
    )
    assert _place(text, "2021-04-26") == "Ngawi"


def test_a_statement_after_the_event_keeps_the_event_city():
    text = (
        "Mataram - Gubernur Jawa Timur Sri Rahayu dan Gubernur Nusa Tenggara Barat Lalu Hamzah "
        "menandatangani kesepakatan bersama tentang perdagangan, Senin (27/2/2023).\n"
        '"Misi dagang ini diikuti 170 pelaku usaha," kata Gubernur Jatim Sri Rahayu melalui '
        "keterangan tertulis usai gelaran misi dagang di Mataram, Senin (27/2) petang."
    )
    assert _place(text, "2023-03-01") == "Mataram"
