"""The accept form pre-filled from the extracted facts, with the evidence of every field.

Only facts at or above ``PREFILL_CONFIDENCE`` are pre-filled; the rest are left empty (scalar
fields) or offered as rows that are not included (parties, OPDs, scope items), and marked,
so the reviewer sees what the extractor proposed and how sure it was, and never has to undo
a guess.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from agreements.admin.review_facts import (
    LEVEL_KINDS,
    sector_labels,
    sectors_display,
    signed_on_display,
)
from agreements.facts import ExtractedFacts
from agreements.models import AgreementType, CooperationClass, Opd, PartyKind
from agreements.scope_phrases import scope_phrases
from agreements.services.agreements import opd_kind_for_name

REGIONAL_KINDS = {PartyKind.PROVINCE, PartyKind.REGENCY, PartyKind.CITY}


@dataclass
class FieldNote:
    """What the page shows beside one field: the extractor's sentences and how sure it was."""

    confidence: float | None
    prefilled: bool
    evidence: tuple[str, ...] = ()
    suggestion: str = ""
    rows: list = field(default_factory=list)

    @property
    def low(self) -> bool:
        return not self.prefilled


def _note(facts: ExtractedFacts, key: str, suggestion: str = "") -> FieldNote:
    return FieldNote(
        confidence=facts.field_confidence(key),
        prefilled=facts.is_confident(key),
        evidence=facts.evidence.get(key, ()),
        suggestion=suggestion,
    )


def _signs_for(signatory, party) -> bool:
    return bool(party.name) and party.name.lower() in (signatory.title or "").lower()


def _party_rows(facts: ExtractedFacts, include: bool) -> list[dict]:
    signatories = list(facts.signatories) if facts.is_confident("signatories") else []
    rows = []
    for party in facts.parties:
        kind = LEVEL_KINDS.get(party.level or "", PartyKind.OTHER)
        if kind == PartyKind.PROVINCE and not party.province_code:
            kind = PartyKind.OTHER
        # A kabupaten/kota with its code is that region. One the text did not settle (two
        # "Bandung"s) is offered by name as "other", so the form submitted unchanged still
        # saves; the reviewer picks the region instead.
        regency = party.region_code if kind in (PartyKind.REGENCY, PartyKind.CITY) else None
        if kind in (PartyKind.REGENCY, PartyKind.CITY) and regency is None:
            kind = PartyKind.OTHER
        signatory = next(
            (
                s
                for s in signatories
                if party.name and party.name.lower() in (s.title or "").lower()
            ),
            None,
        )
        if signatory is not None:
            signatories.remove(signatory)
        rows.append(
            {
                "include": include,
                "kind": kind,
                "province": party.province_code if kind == PartyKind.PROVINCE else None,
                "regency": regency,
                "organisation_name": "" if kind == PartyKind.PROVINCE or regency else party.name,
                "signatory_name": signatory.name if signatory else "",
                "signatory_title": (signatory.title or "") if signatory else "",
            }
        )
    return rows


def _opd_rows(facts: ExtractedFacts, include: bool, known: list[Opd]) -> list[dict]:
    party_codes = facts.province_codes
    by_key: dict[tuple[str, str], Opd] = {}
    for opd in known:
        by_key[(opd.province_id, opd.name.lower())] = opd
        if opd.acronym:
            by_key.setdefault((opd.province_id, opd.acronym.lower()), opd)
    rows = []
    for fact in facts.opds:
        code = fact.province_code if fact.province_code in party_codes else None
        match = None
        if code:
            match = by_key.get((code, fact.name.lower())) or by_key.get(
                (code, (fact.acronym or "").lower())
            )
        rows.append(
            {
                # A unit whose province the article does not give cannot be recorded unseen.
                "include": include and code is not None,
                "opd": match.pk if match else None,
                "new_name": "" if match else fact.name,
                "new_acronym": "" if match else (fact.acronym or ""),
                "new_kind": "" if match else opd_kind_for_name(fact.name),
                "new_province": None if match else code,
                "unplaced": code is None,
            }
        )
    return rows


def _title(facts: ExtractedFacts, agreement_type: str, fallback: str) -> str:
    if not facts.is_confident("parties") or len(facts.parties) < 2:
        return fallback
    names = [
        f"{_('Pemerintah Provinsi')} {p.name}" if p.level == "province" else p.name
        for p in facts.parties
    ]
    joined = ", ".join(names[:-1]) + f" {_('dan')} " + names[-1]
    return f"{AgreementType(agreement_type).label} {_('antara')} {joined}"[:500]


def accept_initial(candidate, *, known_opds: list[Opd]) -> dict:
    """Initial data of the accept form and formsets, and a note per field for the page."""
    facts = candidate.extracted_facts
    agreement_type = facts.agreement_type or AgreementType.KESEPAKATAN_BERSAMA
    if agreement_type not in AgreementType.values:
        agreement_type = AgreementType.OTHER
    notes = {
        "agreement_type": _note(facts, "is_agreement"),
        "parties": _note(facts, "parties"),
        "signatories": _note(
            facts, "signatories", "; ".join(f"{s.name}, {s.title or ''}" for s in facts.signatories)
        ),
        "signed_on": _note(facts, "signed_on", signed_on_display(facts) if facts.signed_on else ""),
        "place": _note(facts, "place", facts.place or ""),
        "opds": _note(facts, "opds", "; ".join(o.name for o in facts.opds)),
        "scope": _note(
            facts, "sectors", sectors_display(facts.sectors, sector_labels(facts.sectors))
        ),
        "predecessor": _note(
            facts, "prior_cooperation_since", str(facts.prior_cooperation_since or "")
        ),
    }
    parties = _party_rows(facts, notes["parties"].prefilled)
    kinds = {row["kind"] for row in parties if row["include"]}
    signed_on = facts.signed_on if notes["signed_on"].prefilled else None
    agreement = {
        "agreement_type": agreement_type,
        "cooperation_class": (
            CooperationClass.KSDD if kinds <= REGIONAL_KINDS else CooperationClass.KSDPK
        ),
        "title": _title(facts, agreement_type, candidate.article.title[:500]),
        "signed_on": signed_on,
        "effective_from": signed_on,
        "place": facts.place if notes["place"].prefilled and facts.place else "",
    }
    opds = _opd_rows(facts, notes["opds"].prefilled, known_opds)
    scope = [
        {
            "include": notes["scope"].prefilled,
            "description": phrase.description,
            "sectors": list(phrase.sector_codes),
        }
        for phrase in scope_phrases(facts)
    ]
    return {
        "agreement": agreement,
        "parties": parties,
        "opds": opds,
        "scope": scope,
        "notes": notes,
    }


def known_opds_for(candidate) -> list[Opd]:
    """The recorded units of the proposal's provinces, in one query, to match names against."""
    codes = candidate.extracted_facts.province_codes
    return list(Opd.objects.filter(province_id__in=codes).select_related("province"))
