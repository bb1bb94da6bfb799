"""Page furniture is dropped before extraction (agreements/extraction/noise.py)."""

from agreements.extraction import extract
from agreements.extraction.noise import drop_noise_sentences, strip_noise


def test_read_also_lines_credits_and_share_buttons_are_dropped():
    text = "\n".join(
        [
            "Bagikan artikel ini: Facebook Twitter WhatsApp",
            "MEDAN - Isi berita pertama.",
            "Baca juga: Aceh dan Riau teken MoU, Senin (3/7/2023)",
            "Isi berita kedua.",
            "Tags: #Sumut #Aceh",
            "Editor: Budi Santoso",
        ]
    )
    assert strip_noise(text) == "MEDAN - Isi berita pertama.\nIsi berita kedua."


def test_everything_after_a_related_list_heading_is_cut():
    text = "Judul\nIsi satu.\nIsi dua.\n\nBerita Terkait\nJambi dan Bengkulu Teken MoU"
    assert "Bengkulu" not in strip_noise(text)


def test_photo_credit_is_stripped_from_a_caption():
    line = "Gubernur A dan Gubernur B menunjukkan naskah kesepakatan. (ANTARA/Fulan Rahman)"
    assert strip_noise(line) == "Gubernur A dan Gubernur B menunjukkan naskah kesepakatan."


def test_digest_keeps_only_the_story_about_a_signing():
    text = "\n".join(
        [
            "Kilas Daerah",
            "",
            "Banjir di Hulu",
            "Dinas Sosial Kota A menyalurkan bantuan.",
            "",
            "Dua Provinsi Teken Kesepakatan",
            "Pemprov A dan Pemprov B menandatangani kesepakatan bersama.",
            "",
            "Pejabat Dilantik",
            "Sekda melantik 40 pejabat.",
        ]
    )
    kept = strip_noise(text)
    assert "menandatangani" in kept and "Dinas Sosial" not in kept and "melantik" not in kept


def test_glued_read_also_sentence_is_dropped():
    assert drop_noise_sentences(["Isi.", "Baca juga: Lain teken MoU", "Lagi."]) == [
        "Isi.",
        "Lagi.",
    ]


def test_article_whose_only_signing_is_a_read_also_headline_is_not_an_agreement():
    text = (
        "Banjir Rendam Desa\n\nPADANG - Banjir merendam 200 rumah, Senin (4/12/2023).\n"
        "Baca juga: Pemprov Sumbar dan Pemprov Riau Teken Kesepakatan Bersama Jalan Tol\n"
        "Warga mengungsi ke masjid."
    )
    assert extract(text, published="2023-12-05").is_agreement is False


def test_a_caption_that_dates_the_signing_is_read_and_a_file_photo_is_not():
    story = (
        "Bengkulu Tengah dan Jabar Teken Kesepakatan\n\n"
        "Foto: Pemerintah Kabupaten Bengkulu Tengah menandatangani Kesepakatan Bersama dengan "
        "Pemerintah Provinsi Jawa Barat di Gedung Sate pada hari senin, (5/2/24).\n"
        "Pemerintah Kabupaten Bengkulu Tengah menandatangani Kesepakatan Bersama dengan "
        "Pemerintah Provinsi Jawa Barat untuk pengembangan potensi daerah."
    )
    assert str(extract(story).signed_on) == "2024-02-05"
    file_photo = (
        "Festival Tenun Digelar di Kupang\n\n"
        "KUPANG - Festival tenun digelar di Kupang, Minggu (14/7/2024).\n"
        "Foto: Penandatanganan kesepakatan bersama Pemprov NTT dan Pemprov Bali (12/3/2024). "
        "(Dok. Biro Adpim NTT)\n"
        "Pj Gubernur NTT mengatakan festival ini menjadi agenda tahunan."
    )
    assert not extract(file_photo, published="2024-07-15").is_agreement
