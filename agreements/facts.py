"""The extraction contract as a typed object: what the extractor found in one article.

The extractor's ``to_contract_dict`` (the JSON of ``extract_agreement``, DESIGN.md section 6)
is stored as it is in ``Article.extraction`` and ``Candidate.facts``. Everything that reads
those columns goes through ``ExtractedFacts``, so a renamed key fails here, loudly, instead of
blanking a page. ``to_dict`` gives back the stored shape exactly (keys it does not know are
kept), so no stored row needs migrating. Plain Python: no Django, no extraction import.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# The review queue pre-fills only facts at least this sure: `make eval` shows facts at 0.8 or
# more are right at least nine times in ten; below it a reviewer types rather than corrects.
PREFILL_CONFIDENCE = 0.8

KNOWN_KEYS = (
    "id",
    "is_agreement",
    "agreement_type",
    "parties",
    "opds",
    "sectors",
    "signed_on",
    "place",
    "signatories",
    "prior_cooperation_since",
    "evidence",
    "confidence",
    "error",
)


@dataclass(frozen=True)
class PartyFact:
    name: str
    level: str | None = None
    province_code: str | None = None
    # Kemendagri code of the region ("32.73"; a province's own code); null when unsettled.
    # Rows stored before the key existed read as null and are written back with it.
    region_code: str | None = None


@dataclass(frozen=True)
class OpdFact:
    """An OPD named in an article (not ``models.Opd``, the stored unit it may become)."""

    name: str
    acronym: str | None = None
    province_code: str | None = None


@dataclass(frozen=True)
class SignatoryFact:
    name: str
    title: str | None = None


@dataclass(frozen=True)
class ExtractedFacts:
    id: str | None = None
    is_agreement: bool | None = None
    agreement_type: str | None = None
    parties: tuple[PartyFact, ...] = ()
    opds: tuple[OpdFact, ...] = ()
    sectors: tuple[str, ...] = ()
    signed_on: dt.date | None = None
    place: str | None = None
    signatories: tuple[SignatoryFact, ...] = ()
    prior_cooperation_since: int | None = None
    evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # None when the stored line has no such key (an error line has no confidence).
    confidence: dict[str, float] | None = None
    error: str | None = None
    # Keys a newer or older extractor wrote that this class does not know: kept, not lost.
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict | None) -> ExtractedFacts:
        data = data or {}
        signed_on = data.get("signed_on")
        try:
            signed = dt.date.fromisoformat(signed_on) if signed_on else None
        except (TypeError, ValueError):
            signed = None
        return cls(
            id=data.get("id"),
            is_agreement=data.get("is_agreement"),
            agreement_type=data.get("agreement_type"),
            parties=tuple(
                PartyFact(
                    name=p.get("name") or "",
                    level=p.get("level"),
                    province_code=p.get("province_code"),
                    region_code=p.get("region_code"),
                )
                for p in data.get("parties") or []
            ),
            opds=tuple(
                OpdFact(
                    name=o.get("name") or "",
                    acronym=o.get("acronym"),
                    province_code=o.get("province_code"),
                )
                for o in data.get("opds") or []
            ),
            sectors=tuple(data.get("sectors") or ()),
            signed_on=signed,
            place=data.get("place"),
            signatories=tuple(
                SignatoryFact(name=s.get("name") or "", title=s.get("title"))
                for s in data.get("signatories") or []
            ),
            prior_cooperation_since=data.get("prior_cooperation_since"),
            evidence={key: tuple(value) for key, value in (data.get("evidence") or {}).items()},
            confidence=dict(data["confidence"]) if data.get("confidence") is not None else None,
            error=data.get("error"),
            extra={key: value for key, value in data.items() if key not in KNOWN_KEYS},
        )

    def to_dict(self) -> dict:
        """The stored (contract) shape."""
        data = {
            "id": self.id,
            "is_agreement": self.is_agreement,
            "agreement_type": self.agreement_type,
            "parties": [
                {
                    "name": p.name,
                    "level": p.level,
                    "province_code": p.province_code,
                    "region_code": p.region_code,
                }
                for p in self.parties
            ],
            "opds": [
                {"name": o.name, "acronym": o.acronym, "province_code": o.province_code}
                for o in self.opds
            ],
            "sectors": list(self.sectors),
            "signed_on": self.signed_on.isoformat() if self.signed_on else None,
            "place": self.place,
            "signatories": [{"name": s.name, "title": s.title} for s in self.signatories],
            "prior_cooperation_since": self.prior_cooperation_since,
            "evidence": self.evidence_dict(),
        }
        if self.confidence is not None:
            data["confidence"] = dict(self.confidence)
        if self.error is not None:
            data["error"] = self.error
        data.update(self.extra)
        return data

    def __bool__(self) -> bool:
        # Nothing extracted (an article stored before extraction ran) reads as empty.
        return self != ExtractedFacts()

    def evidence_dict(self) -> dict[str, list[str]]:
        """The evidence sentences per field, as stored on article links."""
        return {key: list(sentences) for key, sentences in self.evidence.items()}

    @property
    def province_codes(self) -> set[str]:
        return {party.province_code for party in self.parties if party.province_code}

    @property
    def signed_on_text(self) -> str:
        """The signing date as the extractor wrote it (ISO), or empty."""
        return self.signed_on.isoformat() if self.signed_on else ""

    @property
    def overall_confidence(self) -> float:
        """The mean of the per-field confidences (0 when there are none)."""
        values = [
            value for value in (self.confidence or {}).values() if isinstance(value, int | float)
        ]
        return round(sum(values) / len(values), 2) if values else 0.0

    def field_confidence(self, key: str) -> float | None:
        value = (self.confidence or {}).get(key)
        return value if isinstance(value, int | float) else None

    def is_confident(self, key: str) -> bool:
        """Whether the review queue may pre-fill this field (see PREFILL_CONFIDENCE)."""
        value = self.field_confidence(key)
        return value is not None and value >= PREFILL_CONFIDENCE
