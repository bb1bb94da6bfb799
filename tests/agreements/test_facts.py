"""The typed extraction facts: read by attribute, and the stored JSON given back unchanged."""

import datetime as dt

import pytest

from agreements.extraction import extract
from agreements.extraction.pipeline import error_dict
from agreements.facts import ExtractedFacts, OpdFact, PartyFact, SignatoryFact

SEED_TEXT = (
    "Pemerintah Provinsi Jambi dan Pemerintah Provinsi Jawa Barat menandatangani kesepakatan "
    "bersama di Gedung Pakuan, Bandung, Kamis (12/3/2020). Penandatanganan dilakukan oleh "
    "Gubernur Jambi Fachrori Umar dan Gubernur Jawa Barat Ridwan Kamil. Kerja sama meliputi "
    "kehutanan, energi dan sumber daya mineral, serta pengembangan sumber daya manusia "
    "bersama Dinas Kehutanan dan Badan Pengembangan Sumber Daya Manusia (BPSDM). "
    "Kerja sama kedua provinsi sudah berlangsung sejak 2017."
)


@pytest.mark.parametrize(
    "contract",
    [
        extract(SEED_TEXT, published="2020-03-13").to_contract_dict("7"),
        extract("Harga cabai naik di pasar.", published=None).to_contract_dict("8"),
        error_dict("9", "unreadable"),
        {},
    ],
    ids=["agreement", "not-an-agreement", "error-line", "not-extracted-yet"],
)
def test_the_stored_shape_comes_back_exactly(contract):
    assert ExtractedFacts.from_dict(contract).to_dict() == (contract or ExtractedFacts().to_dict())


def test_facts_are_read_by_attribute():
    contract = extract(SEED_TEXT, published="2020-03-13").to_contract_dict("7")
    facts = ExtractedFacts.from_dict(contract)
    assert facts.is_agreement is True
    assert facts.signed_on == dt.date(2020, 3, 12)
    assert facts.signed_on_text == "2020-03-12"
    assert facts.province_codes == {"15", "32"}
    assert (
        PartyFact(name="Jawa Barat", level="province", province_code="32", region_code="32")
        in facts.parties
    )
    assert all(isinstance(opd, OpdFact) for opd in facts.opds)
    assert SignatoryFact(name="Fachrori Umar", title="Gubernur Jambi") in facts.signatories
    assert facts.evidence_dict() == contract["evidence"]
    assert 0 < facts.overall_confidence <= 1


def test_unknown_keys_are_kept_and_empty_facts_read_as_empty():
    facts = ExtractedFacts.from_dict({"is_agreement": False, "extractor_version": 5})
    assert facts.to_dict()["extractor_version"] == 5
    assert facts
    assert not ExtractedFacts.from_dict({})
    assert ExtractedFacts.from_dict({}).overall_confidence == 0.0
