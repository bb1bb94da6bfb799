"""A noun-led signing "dengan Wali Kota Y B" after a sentence whose subject, a head of
region, entered into the cooperation with Y's government: both sign (all invented)."""

from agreements.extraction import extract

_TEXT = (
    "MEDAN - Bupati Tapanuli Utara Rudolf Sihombing didampingi Sekretaris Daerah Hasan Lubis "
    "serta OPD terkait mengikat kerjasama dengan Pemerintah Kota Batam, Provinsi Kepulauan "
    "Riau. Penandatanganan Kesepakatan Kerjasama (MoU) dilakukan di Kantor Walikota Batam, "
    "Senin (30/5/2022), dengan Walikota Batam Joko Santoso didampingi Sekretaris Daerah Batam.\n"
    "Kerja sama itu meliputi perdagangan komoditas pangan dan pertanian."
)


def _names(text):
    return {s.name for s in extract(text, published="2022-05-31").signatories}


def test_the_subject_of_the_sentence_before_signs_too():
    assert _names(_TEXT) == {"Rudolf Sihombing", "Joko Santoso"}


def test_a_subject_who_only_visits_does_not_sign():
    text = _TEXT.replace("mengikat kerjasama dengan", "berkunjung ke")
    assert "Rudolf Sihombing" not in _names(text)


def test_the_document_signed_by_those_named_in_the_next_sentence():
    text = (
        "BPBD Kabupaten Banjarnegara dan BPBD Kabupaten Pemalang secara resmi menjalin kerja "
        "sama penanggulangan bencana yang dituangkan melalui penandatanganan Perjanjian Kerja "
        "Sama (PKS) di Aula Siaga BPBD Banjarnegara, Kamis (30/10/2025).\n"
        "PKS ditandatangani langsung oleh Kepala Pelaksana BPBD Banjarnegara, Wahyu Pranoto, "
        "dan Kepala Pelaksana BPBD Pemalang, Sigit Raharjo.\n"
        "Dalam sambutannya, Wahyu Pranoto menegaskan pentingnya kolaborasi lintas daerah."
    )
    names = {s.name for s in extract(text, published="2025-10-31").signatories}
    assert names == {"Wahyu Pranoto", "Sigit Raharjo"}


def test_a_caption_naming_the_two_heads_who_signed():
    # the verb with the typing slip of the source shape ("ditantangani")
    text = (
        "Gubernur Sulteng Arman Lasali (kiri) bersama Gubernur Kalimantan Timur Hendra Wijaya "
        "(kanan) foto bersama sambil memperlihatkan nota kesepahaman yang ditantangani dua "
        "kepala daerah tersebut, Kamis.\n"
        "Palu - Pemprov Sulteng dengan Pemprov Kaltim menjalin kerja sama perdagangan.\n"
        '"Saya bersyukur atas terwujudnya penandatanganan nota kesepahaman ini," kata Arman.'
    )
    names = {s.name for s in extract(text, published="2022-06-10").signatories}
    assert {"Arman Lasali", "Hendra Wijaya"} <= names
