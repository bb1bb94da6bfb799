import datetime as dt

from extraction_samples import SIGNED_ABBREVIATIONS, WEEKDAY_CONFLICT, WITNESS_AND_DATELINE

from agreements.extraction import extract
from agreements.extraction.pipeline import CONTRACT_KEYS


def test_contract_dict_has_the_contract_keys():
    record = extract(SIGNED_ABBREVIATIONS, published="2020-03").to_contract_dict("a.txt")
    assert set(CONTRACT_KEYS) <= set(record)
    assert record["id"] == "a.txt"
    assert record["signed_on"] == "2020-03-12"
    assert record["agreement_type"] == "kesepakatan_bersama"
    assert record["place"].startswith("Gedung Negara Grahadi")
    assert all(isinstance(v, list) for v in record["evidence"].values())
    assert all(0 <= v <= 1 for v in record["confidence"].values())


def test_explicit_date_wins_over_a_contradicting_weekday():
    assert extract(WEEKDAY_CONFLICT, published="2020-03-13").signed_on == dt.date(2020, 3, 12)


def test_dateline_is_not_the_place_when_the_text_says_otherwise():
    result = extract(WITNESS_AND_DATELINE, published="2020-03-10")
    assert result.place == "Hotel Santika, Pontianak"


def test_prior_cooperation_year():
    assert extract(WITNESS_AND_DATELINE, published="2020-03-10").prior_cooperation_since == 2016


def test_relative_date_without_publication_date_stays_null():
    assert extract(SIGNED_ABBREVIATIONS, published=None).signed_on is None
