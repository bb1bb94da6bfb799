"""The place of a signing said in a sentence of its own, apart from the one the signing was
read from, beats a dateline city (all invented)."""

from agreements.extraction import extract

_TEXT = (
    "Kota Malang Jalin Sister City dengan Dua Kota\n"
    "Setelah sister city dengan Kabupaten Blitar, Kota Malang kembali menjalin kerja sama "
    "serupa dengan Kota Madiun.\n"
    "Wali Kota Malang, Budi Santoso, saat menandatangani MoU sister city dengan Kota Madiun "
    "dan Kota Kediri ketika berada di Jawa Tengah, Rabu (3/7/2024).\n"
    "KABARKOTA.COM, MALANG - Setelah sister city dengan Kabupaten Blitar, Kota Malang kembali "
    "menjalin kerja sama serupa dengan Kota Madiun.\n"
    "Penandatanganan MoU sister city dilakukan di sela-sela rangkaian rapat kerja asosiasi "
    "di Salatiga, Jawa Tengah.\n"
    "Kerja sama itu meliputi pengelolaan parkir dan persampahan."
)


def test_a_signing_sentence_names_the_city_not_the_dateline():
    result = extract(_TEXT, published="2024-07-04")
    assert result.place and "Salatiga" in result.place
