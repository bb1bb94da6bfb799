"""Renewal chains of a province pair, each with what a reader needs to tell them apart."""

from __future__ import annotations

from dataclasses import dataclass

from agreements.models import Agreement, AgreementOpd, Sector
from agreements.selectors.agreements import agreement_list_queryset, renewal_chains


@dataclass(frozen=True)
class Chain:
    agreements: list[Agreement]
    first_year: int | None
    last_year: int | None  # the last expiry (None: still open-ended or undated)
    sectors: list[Sector]
    opds: list[str]

    @property
    def head(self) -> Agreement:
        return self.agreements[0]

    @property
    def latest(self) -> Agreement:
        return self.agreements[-1]


def page_chains(rows: list[Agreement]) -> list[Chain]:
    """The renewal chains of one page of a pair's agreements: each row with the agreement it
    renews (loaded with it), so a renewal shows what it continues on every page."""
    agreements = {agreement.pk: agreement for agreement in rows}
    # The renewed agreements not on the page, with their status: one query.
    missing = {a.predecessor_id for a in rows if a.predecessor_id} - set(agreements)
    agreements.update(agreement_list_queryset().in_bulk(missing))
    ordered = sorted(agreements.values(), key=lambda a: (a.signed_on is None, a.signed_on, a.pk))
    return pair_chains(ordered)


def pair_chains(agreements: list[Agreement]) -> list[Chain]:
    """The chains of ``agreements`` (loaded rows), with their span, sectors and OPDs: two
    queries whatever the number of agreements."""
    ids = [agreement.pk for agreement in agreements]
    through = Sector.scope_items.through
    sector_rows = through.objects.filter(scopeitem__agreement_id__in=ids).values_list(
        "scopeitem__agreement_id", "sector_id"
    )
    sectors_of: dict[int, set[str]] = {}
    for agreement_id, code in sector_rows:
        sectors_of.setdefault(agreement_id, set()).add(code)
    sectors = Sector.objects.in_bulk({code for codes in sectors_of.values() for code in codes})
    opds_of: dict[int, list[str]] = {}
    opd_rows = (
        AgreementOpd.objects.filter(agreement_id__in=ids)
        .order_by("opd__name")
        .values_list("agreement_id", "opd__name", "opd__acronym")
    )
    for agreement_id, name, acronym in opd_rows:
        opds_of.setdefault(agreement_id, []).append(acronym or name)
    chains = []
    for chain in renewal_chains(agreements):
        signed = [a.signed_on.year for a in chain if a.signed_on]
        ends = [a.ends_on for a in chain]
        codes = sorted({code for a in chain for code in sectors_of.get(a.pk, ())})
        chains.append(
            Chain(
                agreements=chain,
                first_year=min(signed) if signed else None,
                last_year=max(e.year for e in ends) if ends and all(ends) else None,
                sectors=sorted((sectors[code] for code in codes), key=lambda s: s.label),
                opds=list(dict.fromkeys(name for a in chain for name in opds_of.get(a.pk, ()))),
            )
        )
    # The chain still running (latest signing) first: it is the one people ask about.
    chains.sort(key=lambda c: (c.latest.signed_on is None, c.latest.signed_on), reverse=True)
    return chains
