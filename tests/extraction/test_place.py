"""Where the signing took place, in the venue shapes of real reporting (invented details)."""

from agreements.extraction import extract


def _place(text, published="2024-06-14"):
    return extract(text, published=published).place


def test_a_venue_written_in_lower_case():
    assert (
        _place(
            "Penandatanganan kesepakatan bersama Pemprov Jabar dan Pemprov DIY dilakukan di area "
            "panggung utama, Kompleks Candi Prambanan, dalam rangkaian pekan budaya, Senin "
            "(10/6/2024)."
        )
        == "area panggung utama, Kompleks Candi Prambanan"
    )


def test_an_island_is_no_place():
    assert (
        _place(
            "Penandatanganan kerja sama melibatkan enam provinsi di Sumatera, yakni Pemprov "
            "Jambi, Pemprov Riau dan Pemprov Bengkulu, Senin (10/6/2024)."
        )
        is None
    )


def test_an_event_sentence_that_says_where():
    assert (
        _place(
            "Pemprov Jatim dan Pemprov Malut menandatangani perjanjian kerja sama perdagangan, "
            "Senin (10/6/2024).\nMisi dagang itu berlangsung di Kota Ternate dan diikuti 100 "
            "pelaku usaha."
        )
        == "Kota Ternate"
    )


def test_the_outlet_before_the_city_in_a_dateline():
    assert (
        _place(
            "KABARKITA, SURABAYA - Pemprov Jatim dan Pemprov Kepri menandatangani kesepakatan "
            "bersama, Senin (10/6/2024)."
        )
        == "Surabaya"
    )


def test_the_outlet_named_in_the_url_is_no_dateline_city():
    r = extract(
        "Kabar Lombok - Pemprov NTB dan Pemprov Bali menandatangani kesepakatan bersama, Senin "
        "(10/6/2024).",
        published="2024-06-14",
        url="https://kabarlombok.example/berita/123",
    )
    assert r.place is None


def test_a_preposition_written_onto_the_venue():
    text = (
        "KENDARI - Pemprov Sultra bekerja sama dengan PT Bumi Nikel yang digelar diruang rapat "
        "Kantor Gubernur. Penandatanganan MoU dilakukan Gubernur Sulawesi Tenggara Rudi Mazi, "
        "Senin (4/3/2024)."
    )
    assert extract(text, published="2024-03-05").place == "ruang rapat Kantor Gubernur"


def test_a_speech_at_the_ceremony_and_aceh_venue_words_say_where():
    speech = (
        "BENGKULU - Pemprov Jatim dan Pemprov Bengkulu menandatangani perjanjian kerja sama, "
        'Minggu (2/7/2023). "Kerja sama ini kita perkuat," kata Gubernur dalam sambutannya '
        "di Balai Raya Semarak Bengkulu."
    )
    assert extract(speech, published="2023-07-03").place == "Balai Raya Semarak Bengkulu"
    aceh = (
        "Pemerintah Aceh dan Pemprov Jawa Tengah menandatangani kesepakatan bersama di Anjong "
        "Mon Mata Meuligoe Gubernur Aceh, Minggu (10/4/2022)."
    )
    assert extract(aceh, published="2022-04-11").place.startswith("Anjong Mon Mata")


def test_a_landmark_called_titik_nol_is_a_venue():
    assert (
        _place(
            "Bupati Sigi dan Bupati Paser menandatangani kesepakatan bersama. Penandatanganan "
            "dilakukan di Titik Nol Kilometer Khatulistiwa, Sungai Lebar pada Kamis (13/6/2024)."
        )
        == "Titik Nol Kilometer Khatulistiwa, Sungai Lebar"
    )


def test_bertempat_without_its_preposition():
    assert (
        _place(
            "Gubernur Bengkulu menandatangani kesepakatan bersama dengan Gubernur Jambi, "
            "bertempat ruang rapat Sekda, kamis, 13 juni 2024."
        )
        == "ruang rapat Sekda"
    )


def test_the_place_of_a_recalled_signing_beats_the_room_of_a_later_meeting():
    assert (
        _place(
            "KENDARI - Pemprov Sultra menyiapkan perjanjian kerja sama dengan Pemprov Sulsel.\n"
            "Rapat persiapan digelar di ruang rapat Gubernur Sultra, Kamis (13/6/2024).\n"
            "Perjanjian ini menindaklanjuti Kesepakatan Bersama yang telah ditandatangani oleh "
            "Pemprov Sultra dan Pemprov Sulsel pada 2 Mei 2024 di Makassar, Sulsel."
        )
        == "Makassar, Sulsel"
    )


def test_a_dateline_where_a_statement_was_made_is_no_place():
    assert (
        _place(
            "Bogor, Warta.com - Pemkab Bogor dan Pemkot Depok menandatangani kesepakatan "
            "bersama pengelolaan air bersih.\n"
            '"Kerja sama ini penting," kata Bupati Bogor dalam keterangannya di Bogor, Kamis '
            "(13/6/2024)."
        )
        is None
    )
    assert (
        _place(
            "SEMARANG - Pemprov Jateng menandatangani kesepakatan bersama dengan Pemprov Jambi.\n"
            "Gubernur Jateng, di Semarang, Kamis (13/6), mengatakan kerja sama itu meliputi "
            "pangan."
        )
        is None
    )


def test_the_event_the_sentence_before_placed():
    assert (
        _place(
            "Gubernur Kaltara hadir pada acara Pekan Kerja Sama Pesisir di Surabaya, Kamis (13/6).\n"
            "Dalam acara tersebut dilakukan penandatanganan kesepakatan bersama antara Gubernur "
            "Kaltara dan Gubernur Jatim."
        )
        == "Surabaya"
    )


def test_the_opening_of_a_signed_deed_says_where():
    assert (
        _place(
            "Naskah itu ditandatangani oleh Gubernur Jambi dan Gubernur Riau.\n"
            "Keduanya sepakat menyelesaikan batas wilayah.\n"
            "Kemendagri turut menyaksikan.\n"
            "Berikut isi naskah itu.\n"
            "Kesepakatan Bersama Pemerintah Provinsi Jambi dan Pemerintah Provinsi Riau.\n"
            "Pada hari ini Kamis tanggal tiga belas bulan Juni tahun dua ribu dua puluh empat, "
            "bertempat di Gedung Sasana Bhakti Pekanbaru, menyatakan:"
        )
        == "Gedung Sasana Bhakti Pekanbaru"
    )
