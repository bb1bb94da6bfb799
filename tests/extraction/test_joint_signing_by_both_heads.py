"""A document "ditanda tangani bersama" after "kedua gubernur" were the subject: the heads
of the two parties signed; a head's name comes from the body before a capitalised headline
(all invented)."""

from agreements.extraction import extract

_TEXT = (
    "Gubernur Jambi Kunjungi Gubernur Riau dalam Rangka Kerja Sama Antarprovinsi\n"
    "PEKANBARU - Gubernur Jambi beserta jajarannya, pada Selasa (14/03/23) berkunjung ke Kota "
    "Pekanbaru dan bertemu dengan Gubernur Riau beserta jajaran.\n"
    "Dalam pertemuan itu, kedua Gubernur membahas kerja sama dalam bidang perdagangan.\n"
    "Kerja sama ini diwujudkan dalam kesepakatan yang ditanda tangani bersama.\n"
    "Gubernur Jambi, H. Hendra Wijaya saat diwawancarai mengucapkan terima kasih."
)


def test_the_named_head_of_a_party_signed_jointly():
    result = extract(_TEXT)
    assert result.is_agreement
    assert {s.name for s in result.signatories} == {"Hendra Wijaya"}


def test_no_joint_signers_without_both_heads_as_the_subject():
    text = _TEXT.replace("kedua Gubernur membahas", "para staf membahas")
    assert not {s.name for s in extract(text).signatories}


def test_a_joint_signing_still_planned_names_no_signers():
    text = _TEXT.replace(
        "Kerja sama ini diwujudkan dalam kesepakatan yang ditanda tangani bersama.",
        "Pemprov Jambi dan Pemprov Riau menandatangani nota kesepakatan pariwisata. Kerja sama "
        "perdagangan ini akan diwujudkan dalam kesepakatan yang akan ditanda tangani bersama.",
    )
    result = extract(text)
    assert result.is_agreement
    assert not {s.name for s in result.signatories}
