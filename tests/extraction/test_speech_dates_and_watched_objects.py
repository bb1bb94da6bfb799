"""A speech at the ceremony dates an undated signing; a witness's sentence still names the
signers written after "antara"."""

from agreements.extraction import extract


def test_speech_at_the_ceremony_dates_the_signing():
    text = (
        "Palangka Raya - Gubernur Kalimantan Tengah Bima Santoso dan Gubernur Jawa Tengah Arif "
        "Nugroho menandatangani nota kesepahaman bidang pangan dan perdagangan.\n"
        '"Kerja sama ini sangat strategis bagi kedua daerah," kata Bima dalam sambutannya, '
        "Kamis (9/9/2021)."
    )
    result = extract(text, published="2021-09-10")
    assert str(result.signed_on) == "2021-09-09"


def test_speech_date_after_the_publication_is_not_taken():
    text = (
        "Gubernur Kalimantan Tengah Bima Santoso dan Gubernur Jawa Tengah Arif Nugroho "
        "menandatangani nota kesepahaman bidang pangan.\n"
        '"Kerja sama ini strategis," kata Bima dalam sambutannya, Kamis (9/9/2021).'
    )
    assert extract(text, published="2021-08-01").signed_on is None


def test_witness_sentence_names_the_signers_after_antara():
    text = (
        "Gubernur Jambi Hendra Saputra menyaksikan penandatanganan kesepakatan bersama antara "
        "Bupati Muaro Jambi Siti Aminah dan Wali Kota Jambi Dedi Kurnia, Senin (8/5/2023)."
    )
    names = [s.name for s in extract(text, published="2023-05-09").signatories if s.name]
    assert sorted(names) == ["Dedi Kurnia", "Siti Aminah"]


def test_fellow_guests_of_a_witness_still_do_not_sign():
    text = (
        "Bupati Muaro Jambi Siti Aminah dan Wali Kota Jambi Dedi Kurnia menandatangani "
        "kesepakatan bersama, Senin (8/5/2023). Gubernur Jambi Hendra Saputra menyaksikan "
        "penandatanganan itu bersama Kepala OJK Jambi Rudi Hartono."
    )
    names = [s.name for s in extract(text, published="2023-05-09").signatories if s.name]
    assert sorted(names) == ["Dedi Kurnia", "Siti Aminah"]
