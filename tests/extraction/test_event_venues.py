"""Where a signing held during a larger event took place: the event's own sentence, a
council session, a city with its province, and a dated dateline closed by a colon (all
invented)."""

from agreements.extraction import extract


def test_the_event_sentence_beats_the_outlets_dateline():
    text = (
        "KABARNUSA, SURABAYA - Gubernur Jawa Timur Ratna Wulandari memimpin Misi Dagang dan "
        "Investasi Jatim-Banten yang mencatat transaksi Rp 200 miliar.\n"
        "Ratna menyebut rincian transaksi kedua provinsi.\n"
        '"Ini capaian yang baik," kata Ratna.\n'
        "Banten merupakan provinsi ke-30 yang dikunjungi misi dagang Jatim.\n"
        "Gelaran kali ini dihadiri oleh 150 pengusaha, di Hotel Cahaya Serang, Provinsi Banten.\n"
        "Pada kesempatan tersebut, Ratna juga menandatangani nota kesepahaman dengan Pj "
        "Gubernur Banten Dedi Kurnia tentang pembangunan daerah."
    )
    result = extract(text, published="2023-09-12")
    assert result.place and "Hotel Cahaya" in result.place


def test_a_mission_held_in_a_city_named_with_its_province():
    text = (
        "Jawa Timur dan Maluku Utara Jalin Misi Dagang\n"
        "Misi Dagang dan Investasi Jawa Timur dan Maluku Utara kembali digelar tahun ini.\n"
        "Rangkaian misi dagang ditutup dengan pelaksanaan di Kota Ternate, Provinsi Maluku Utara "
        "pada Senin, 3 Maret 2025.\n"
        "Gubernur Jawa Timur mengajak pelaku usaha lebih proaktif.\n"
        "Dalam kesempatan ini dilakukan penandatanganan perjanjian kerja sama antara Dinas "
        "Kominfo Provinsi Jawa Timur dan Dinas Kominfo Provinsi Maluku Utara."
    )
    result = extract(text, published="2025-03-05")
    assert result.place == "Kota Ternate"


def test_a_signing_during_the_council_plenary():
    text = (
        "Gubernur Sumatera Selatan Bambang Irawan menandatangani MoU kerja sama antardaerah "
        "dengan Provinsi Jambi.\n"
        "Penandatanganan itu dilakukan bertepatan pada Rapat Paripurna DPRD Provinsi Jambi "
        "dalam rangka hari jadi provinsi."
    )
    result = extract(text, published="2022-01-06")
    assert result.place == "Rapat Paripurna DPRD Provinsi Jambi"


def test_a_dateline_with_the_date_and_a_colon():
    text = (
        "Samarinda (10/9/2021): Gubernur Sulawesi Tengah Arman Lasido dan Gubernur Kalimantan "
        "Timur Yusran Hadi menandatangani MoU kerja sama bidang perdagangan.\n"
        '"Kerja sama ini strategis," kata Yusran dalam sambutannya, Kamis (9/9/2021).'
    )
    result = extract(text)
    assert result.place == "Samarinda"
    assert result.signed_on != "2021-09-10"
