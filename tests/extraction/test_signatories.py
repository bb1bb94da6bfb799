from extraction_samples import LOCAL_LOCAL, WITNESS_AND_DATELINE

from agreements.extraction import extract
from agreements.extraction.signatories import parse_person


def test_titles_and_degrees_are_stripped_from_names():
    assert parse_person("Gubernur Jambi Drs H Fachri Umar, M.Si") == (
        "Fachri Umar",
        "Gubernur Jambi",
    )
    assert parse_person("Gubernur Jawa Barat (Jabar) Ridwan Hakim") == (
        "Ridwan Hakim",
        "Gubernur Jawa Barat (Jabar)",
    )


def test_witnesses_do_not_sign_and_representatives_do():
    result = extract(WITNESS_AND_DATELINE, published="2020-03-10")
    names = [s.name for s in result.signatories]
    assert names == ["Heru Tjahjono", "Sutarmidji"]  # not the minister who witnessed


def test_represented_official_is_replaced_by_the_representative():
    text = (
        "Nota kesepahaman ditandatangani oleh Sekda Aceh yang diwakili Asisten I Setda Aceh "
        "Rahmat Jaya dengan Sekda Jatim Adi Karya di Banda Aceh."
    )
    result = extract(text, published="2022-10-25")
    assert [s.name for s in result.signatories] == ["Rahmat Jaya", "Adi Karya"]


def test_region_word_of_regent_is_not_part_of_the_name():
    result = extract(LOCAL_LOCAL, published="2022-11-10")
    assert [s.name for s in result.signatories] == ["Kustini Wibowo", "Muchamad Nur Aziz"]
