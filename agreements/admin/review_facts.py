"""The review page's extracted facts as people read them: labels and names, never codes.

The extractor writes codes (province "32", sector "pangan", type "kesepakatan_bersama"), ISO
dates and bare floats; a reviewer reads the same facts the way the rest of the application
shows them, in the interface language's number and date formats.
"""

from __future__ import annotations

from django.utils import formats
from django.utils.translation import gettext as _

from agreements.facts import ExtractedFacts, PartyFact
from agreements.models import AgreementType, PartyKind, Province, Sector

# The extractor's party levels as the party kinds the agreement records.
LEVEL_KINDS = {
    "province": PartyKind.PROVINCE,
    "regency": PartyKind.REGENCY,
    "city": PartyKind.CITY,
    "ministry": PartyKind.MINISTRY,
}


def confidence_display(value: float | None) -> str:
    return formats.number_format(value, 2) if value is not None else ""


def signed_on_display(facts: ExtractedFacts) -> str:
    return formats.date_format(facts.signed_on, "j F Y") if facts.signed_on else "—"


def type_label(value: str | None) -> str:
    return str(AgreementType(value).label) if value in AgreementType.values else "—"


def party_display(party: PartyFact) -> str:
    kind = LEVEL_KINDS.get(party.level or "", PartyKind.OTHER)
    return f"{party.name} ({kind.label})"


def sector_labels(codes) -> dict[str, str]:
    """Sector code -> its name in the interface language, in one query."""
    return {sector.code: sector.label for sector in Sector.objects.filter(code__in=list(codes))}


def sectors_display(codes, labels: dict[str, str]) -> str:
    return ", ".join(labels.get(code, code) for code in codes)


def fact_rows(facts: ExtractedFacts) -> list[tuple[str, str, str]]:
    """(label, value, confidence) rows for the review page; values are plain strings."""
    sectors = sector_labels(facts.sectors)
    provinces = dict(Province.objects.values_list("code", "name")) if facts.opds else {}

    def conf(key):
        return confidence_display(facts.field_confidence(key))

    def join(items, fmt):
        return "; ".join(fmt(item) for item in items) or "—"

    def opd(fact):
        province = provinces.get(fact.province_code or "")
        return f"{fact.name} ({province})" if province else fact.name

    return [
        (_("relevan"), _("ya") if facts.is_agreement else _("tidak"), conf("is_agreement")),
        (_("jenis"), type_label(facts.agreement_type), ""),
        (_("pihak"), join(facts.parties, party_display), conf("parties")),
        (_("tanggal"), signed_on_display(facts), conf("signed_on")),
        (_("tempat"), facts.place or "—", conf("place")),
        (
            _("penanda tangan"),
            join(facts.signatories, lambda s: f"{s.name}, {s.title}" if s.title else s.name),
            conf("signatories"),
        ),
        (_("OPD"), join(facts.opds, opd), conf("opds")),
        (_("sektor"), sectors_display(facts.sectors, sectors) or "—", conf("sectors")),
        (
            _("kerja sama sejak"),
            str(facts.prior_cooperation_since or "—"),
            conf("prior_cooperation_since"),
        ),
    ]
