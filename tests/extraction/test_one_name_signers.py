"""A signer named by one word before the signing verb, named in full elsewhere in the
article (all invented)."""

from agreements.extraction import extract


def _names(text, published="2023-09-12"):
    return {s.name for s in extract(text, published=published).signatories}


def test_a_bare_name_with_an_adverb_before_the_signing():
    text = (
        "SURABAYA - Gubernur Jawa Timur Sri Rahayu Lestari memimpin misi dagang antara Provinsi "
        "Jatim dan Banten, Senin (11/9/2023).\n"
        "“Ini pertemuan penting,” ujar Rahayu.\n"
        "Pada kesempatan tersebut, Rahayu juga melakukan penandatanganan nota kesepahaman "
        "(MoU) dengan Pj Gubernur Banten Ali Mustofa, tentang pembangunan daerah."
    )
    assert _names(text) == {"Sri Rahayu Lestari", "Ali Mustofa"}


def test_a_speaker_who_says_he_signed():
    text = (
        "Pontianak - Pemprov Kalimantan Barat bersama Pemprov DKI Jakarta memperkuat sinergi.\n"
        '"Kerja sama ini penting bagi Kalbar," kata Sekda Kalbar, Rudiyanto di Jakarta, Minggu.\n'
        "Rudiyanto menjelaskan, mewakili Pemerintah Provinsi Kalimantan Barat, dirinya telah "
        "menandatangani kesepakatan bersama dengan Pemerintah Provinsi DKI Jakarta tentang "
        "pelayanan publik."
    )
    assert _names(text, "2024-06-10") == {"Rudiyanto"}


def test_a_bare_name_never_given_in_full_is_left_out():
    text = (
        "Pemprov Jatim dan Pemprov Banten menandatangani kesepakatan bersama, Senin "
        "(11/9/2023).\n"
        "Pada kesempatan tersebut, Rahayu juga melakukan penandatanganan nota kesepahaman "
        "dengan Pj Gubernur Banten Ali Mustofa."
    )
    assert "Rahayu" not in _names(text)


def test_a_full_name_with_degrees_and_a_relative_clause_that_signs():
    text = (
        "Pemprov Jatim dan Pemprov NTB menandatangani kesepakatan bersama dalam misi dagang, "
        "Senin (27/2/2023).\n"
        "Hadir juga perwakilan dari PT. Sinar Karya Nusa, Dimas Pratama, S.Si., M.SM, yang "
        "melakukan penandatanganan MoU dengan perwakilan PT. Graha Expo Jatim."
    )
    assert "Dimas Pratama" in _names(text, "2023-03-01")


def test_a_relative_clause_in_an_article_with_no_signing_names_no_one():
    text = (
        "Pemprov Jatim dan Pemprov NTB menggelar misi dagang, Senin (27/2/2023).\n"
        "Hadir perwakilan PT. Sinar Karya Nusa, Dimas Pratama, yang menandatangani kontrak "
        "dagang dengan pembeli."
    )
    assert not extract(text, published="2023-03-01").signatories
