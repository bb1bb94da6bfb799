"""Signers named by name alone right after "ditandatangani": a one-word nickname that names
no head in full is left out (all invented)."""

from agreements.extraction import extract

_TEXT = (
    "Gubernur Jawa Tengah Bambang Susilo bertemu Gubernur Bali Made Wirawan di Denpasar, "
    "Senin (2/10/23).\n"
    "Sebelumnya, Pemprov Jateng dan Bali telah menyepakati kerja sama dalam 12 bidang. Hal "
    "ini tertuang dalam nota kesepahaman yang ditandatangani {signers} di Gedung Gradhika "
    "Semarang, 14 Agustus 2023."
)


def test_two_full_names_after_the_passive_verb_signed():
    text = _TEXT.format(signers="Bambang Susilo dan Made Wirawan")
    assert {s.name for s in extract(text).signatories} == {"Bambang Susilo", "Made Wirawan"}


def test_a_nickname_that_names_no_head_is_left_out():
    text = _TEXT.format(signers="Ambo dan Made Wirawan")
    assert {s.name for s in extract(text).signatories} == {"Made Wirawan"}


def test_a_first_name_of_a_head_is_given_in_full():
    text = _TEXT.format(signers="Bambang dan Made Wirawan")
    assert {s.name for s in extract(text).signatories} == {"Bambang Susilo", "Made Wirawan"}
