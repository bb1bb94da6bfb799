"""Phrases after "di" that name a region, the agreement's scope or an earlier meeting are no
venue; a town hall and a place with its town are (all invented)."""

from agreements.extraction import extract


def _place(text, published="2024-06-14"):
    return extract(text, published=published).place


def test_a_compass_region_is_no_venue():
    text = (
        "Samarinda - Pemprov Kaltim dan Pemprov Sulut resmi menandatangani kesepakatan "
        "bersama, Senin (10/6/2024), untuk memperkuat ekonomi di kawasan timur Indonesia.\n"
        "Kerja sama meliputi bidang perdagangan dan pariwisata."
    )
    assert _place(text) == "Samarinda"


def test_in_the_field_is_no_venue():
    text = (
        "Penandatanganan kesepakatan bersama Pemkot Bogor dan Pemkab Bogor dilakukan pada "
        "Senin (10/6/2024). Menurut Wali Kota Arman Dinata, kerja nyata sudah dilakukan di "
        "lapangan."
    )
    assert _place(text) is None


def test_the_area_the_agreement_develops_is_no_venue():
    text = (
        "Penandatanganan kesepakatan pembangunan di Kawasan Perbatasan Kabupaten Blora dan "
        "Kabupaten Ngawi. Acara digelar di Pendopo Kabupaten Blora, Senin (10/6/2024)."
    )
    assert _place(text) == "Pendopo Kabupaten Blora"


def test_an_earlier_meeting_is_no_venue():
    text = (
        "Pemprov Bali dan Pemprov Jambi menandatangani kesepakatan bersama, Senin (10/6/2024).\n"
        "Penandatanganan itu tindak lanjut pertemuan kedua gubernur di Wisma Sandhya pada "
        "12 Mei 2024 lalu."
    )
    assert _place(text) is None


def test_a_town_hall_is_a_venue():
    text = (
        "Wali Kota Batu, Andini Lestari, bersama Pemkab Malang melaksanakan penandatanganan "
        "kesepakatan bersama, di Ruang Sekar, Balaikota Among Tani, Senin (10/6/2024)."
    )
    assert _place(text) == "Ruang Sekar, Balaikota Among Tani"


def test_a_place_and_its_town():
    text = (
        "Kupang - Pemprov NTT dan Pemprov NTB resmi menandatangani perjanjian kerja sama "
        "regional, Rabu (12/6/2024).\n"
        "Penandatanganan itu dilaksanakan di Golo Mori, Labuan Bajo, dan menjadi tonggak "
        "penting kerja sama kedua provinsi."
    )
    assert _place(text) == "Golo Mori, Labuan Bajo"


def test_where_work_will_be_done_is_no_venue():
    text = (
        "Pemkab Seluma dan Pemkab Kaur menandatangani perjanjian kerja sama pengujian "
        "kendaraan.\n"
        "“Dengan perjanjian ini, kendaraan dari Kaur akan dilakukan pengujian di Balai Uji "
        "Kendaraan Seluma,” tutur Bupati Kaur Rahmat Hidayat saat menyampaikan kesepakatan "
        "di Lapangan Merdeka Kabupaten Seluma, Rabu (8/3/2023)."
    )
    assert _place(text, "2023-03-09") == "Lapangan Merdeka Kabupaten Seluma"


def test_the_lead_names_the_event_with_its_day_and_place():
    text = (
        "Dinas Kominfo Provinsi Jawa Timur dengan Dinas Kominfo Provinsi Sulawesi Utara "
        "menjalin kerjasama saat pelaksanaan Misi Dagang dan Investasi di Manado, Kamis "
        "(25/8/2022).\n"
        "Kerjasama disepakati dalam Perjanjian Kerjasama (PKS) terkait pelatihan teknis "
        "bidang informatika yang ditandatangani kedua kepala dinas."
    )
    assert _place(text, "2022-08-26") == "Manado"


def test_a_longer_place_name_closed_by_the_day_and_date():
    text = (
        "Kupang - Pemerintah Provinsi Bali, NTB dan NTT resmi menandatangani Perjanjian Kerja "
        "Sama Regional di ITDC The Golo Mori, Manggarai Barat, Rabu (28/1/2026)."
    )
    assert _place(text, "2026-01-29") == "ITDC The Golo Mori, Manggarai Barat"


def test_a_longer_run_without_a_date_is_no_place():
    text = (
        "Pemerintah Provinsi Bali dan NTB resmi menandatangani Perjanjian Kerja Sama Regional, "
        "Rabu (28/1/2026), untuk memperkuat wisata di Pulau Komodo Labuan Bajo Manggarai Barat."
    )
    assert _place(text, "2026-01-29") is None
