"""Reads of agreements: each function is a fixed, small number of queries.

The rules themselves (status, involving a province, counts per year and per province) are
queryset methods in ``agreements.models.querysets``; these compose them for the pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Prefetch, QuerySet
from django.utils import timezone

from agreements.models import (
    Agreement,
    AgreementOpd,
    AgreementParty,
    AgreementStatus,
    Candidate,
    CandidateStatus,
    Opd,
    Province,
    ScopeItem,
    Sector,
    status_condition,
)
from agreements.selectors import aggregates, summaries
from agreements.selectors.followup import follow_up_prefetches
from agreements.selectors.list_ids import window_of


def agreement_list_queryset() -> QuerySet[Agreement]:
    """Agreements with what a list row shows: status, dormancy, parties and their regions."""
    parties = AgreementParty.objects.select_related("province", "regency").order_by(
        "position", "id"
    )
    return (
        Agreement.objects.with_status()
        .with_dormant()
        .prefetch_related(Prefetch("parties", queryset=parties))
        # A row never shows its search vector (often stored apart, TOAST): not read.
        .defer("search_vector")
        # The id breaks ties (many agreements share a day): pages neither repeat nor skip rows.
        .order_by("-signed_on", "-id")
    )


@dataclass(frozen=True)
class KeyFigures:
    agreements: int
    active: int
    expiring: int
    provinces_involved: int


def key_figures() -> KeyFigures:
    """From the summary tables (``summaries.status_counts``); ``key_figures_counted`` counts
    the agreements themselves."""
    return KeyFigures(provinces_involved=_provinces_involved(), **summaries.status_counts())


def key_figures_counted() -> KeyFigures:
    today = timezone.localdate()
    counts = Agreement.objects.aggregate(
        agreements=Count("id"),
        active=Count("id", filter=status_condition(AgreementStatus.ACTIVE, today=today)),
        expiring=Count("id", filter=status_condition(AgreementStatus.EXPIRING, today=today)),
    )
    return KeyFigures(provinces_involved=_provinces_involved(), **counts)


def _provinces_involved() -> int:
    # One index probe per province (38), not a DISTINCT over every party row.
    return Province.objects.filter(
        Exists(AgreementParty.objects.filter(province=OuterRef("code")))
    ).count()


def agreements_per_year(agreements: QuerySet[Agreement], *, date_field: str) -> list[dict]:
    """Signings (``signed_on``) or expiries (``ends_on``) per year, oldest first."""
    return list(agreements.per_year(date_field))


def top_sectors(
    agreements: QuerySet[Agreement] | None = None, limit: int = 10, *, province: str | None = None
) -> list[Sector]:
    ranked = aggregates.sector_counts(agreements, province=province, limit=limit)
    sectors = Sector.objects.in_bulk([code for code, _count in ranked])
    result = []
    for code, count in ranked:
        sector = sectors[code]
        sector.agreement_count = count
        result.append(sector)
    return result


def first_rows(matches: QuerySet[Agreement], limit: int) -> list[Agreement]:
    """The first ``limit`` agreements of ``matches`` (ordered, ending with the id) as a list
    row shows them. A list window with its rows (``list_ids``): after a write, only the
    agreements it changed are checked and read again, so the home page's short lists stay
    cached through writes that do not touch them."""
    return window_of(matches, limit=limit, rows=agreement_list_queryset).kept_rows(limit)


def expiring_soon(limit: int = 10) -> list[Agreement]:
    matches = Agreement.objects.expiring_within(settings.EXPIRING_WITHIN_DAYS)
    return first_rows(matches.order_by("ends_on", "id"), limit)


def latest_agreements(limit: int = 10) -> list[Agreement]:
    matches = Agreement.objects.order_by(F("signed_on").desc(nulls_last=True), "-id")
    return first_rows(matches, limit)


def recently_changed(limit: int = 8) -> list[Agreement]:
    """Added or changed most recently (entry, review, import): what colleagues just did."""
    return first_rows(Agreement.objects.order_by("-updated_at", "-id"), limit)


def changed_since(moment) -> int:
    return Agreement.objects.filter(updated_at__gt=moment).count()


def pending_proposals() -> int:
    return Candidate.objects.filter(status=CandidateStatus.PENDING).count()


def province_counts(agreements: QuerySet[Agreement]) -> list[dict]:
    """Agreements per province party, most first: ``{"province", "province__name", "count"}``."""
    return aggregates.province_counts(agreements)


def province_counts_with_regencies(agreements: QuerySet[Agreement]) -> list[dict]:
    """As ``province_counts``, with each kabupaten/kota party counted for its province (an
    agreement of Kota Bandung counts once for Jawa Barat, with or without the province)."""
    from django.db.models import Q
    from django.db.models.functions import Coalesce

    if aggregates.unfiltered(agreements):
        return summaries.province_counts_with_regencies()
    return list(
        AgreementParty.objects.of_agreements(agreements)
        .filter(Q(province__isnull=False) | Q(regency__isnull=False))
        .annotate(rolled_up=Coalesce("province_id", "regency__province_id"))
        .values("rolled_up")
        .annotate(count=Count("agreement", distinct=True))
        .values_list("rolled_up", "count")
        .order_by("-count", "rolled_up")
    )


def partner_ranking(code: str) -> list[dict]:
    """Provinces that share agreements with ``code``, most agreements first."""
    return aggregates.partner_ranking(code)


def partner_counts(agreements: QuerySet[Agreement], code: str) -> list[dict]:
    """Of ``agreements`` (already filtered), the other provinces sharing them with ``code``,
    most agreements first: the map's partner mode."""
    if aggregates.unfiltered(agreements):
        return summaries.partner_counts(code)
    return list(
        AgreementParty.objects.of_agreements(agreements.involving(code))
        .exclude(province=code)
        .count_per_province()
    )


def opds_involved(code: str, limit: int = 50) -> list[Opd]:
    return list(
        # An OPD takes part in an agreement once (constraint agreement_opd_once): counting
        # its links counts its agreements, without COUNT(DISTINCT).
        Opd.objects.filter(province=code, agreement_links__isnull=False)
        .annotate(agreement_count=Count("agreement_links"))
        .order_by("-agreement_count", "name")[:limit]
    )


def pair_agreements(first: str, second: str) -> QuerySet[Agreement]:
    return (
        agreement_list_queryset()
        .involving(first)
        .involving(second)
        .select_related("parent", "predecessor")
        .order_by("-signed_on", "-id")
    )


def province_pairs(agreements: QuerySet[Agreement]) -> list[dict]:
    """Edges of the province network: each pair once (lower code first) with its count."""
    return aggregates.province_pairs(agreements)


def sectors_of_province(code: str) -> list[Sector]:
    return top_sectors(province=code, limit=42)


def agreement_detail(pk: int) -> Agreement:
    parties = AgreementParty.objects.select_related("province", "regency").order_by(
        "position", "id"
    )
    opds = AgreementOpd.objects.select_related("opd__province").order_by(
        "opd__province", "opd__name"
    )
    scope = ScopeItem.objects.prefetch_related("sectors").order_by("position", "id")
    return (
        Agreement.objects.with_status()
        .with_dormant()
        .with_completeness()
        .select_related("parent", "predecessor")
        .prefetch_related(
            Prefetch("parties", queryset=parties),
            Prefetch("agreement_opds", queryset=opds),
            Prefetch("scope_items", queryset=scope),
            "documents",
            Prefetch("children", queryset=Agreement.objects.with_status().order_by("signed_on")),
            *follow_up_prefetches(),
        )
        .get(pk=pk)
    )


_LINEAGE_SQL = """
WITH RECURSIVE earlier(id, depth) AS (
    SELECT predecessor_id, 1 FROM agreements_agreement WHERE id = %(id)s
    UNION ALL
    SELECT a.predecessor_id, e.depth + 1
    FROM agreements_agreement a JOIN earlier e ON a.id = e.id
    WHERE e.depth < 50
), later(id, depth) AS (
    SELECT id, 1 FROM agreements_agreement WHERE predecessor_id = %(id)s
    UNION ALL
    SELECT a.id, l.depth + 1
    FROM agreements_agreement a JOIN later l ON a.predecessor_id = l.id
    WHERE l.depth < 50
)
SELECT id, -depth FROM earlier WHERE id IS NOT NULL
UNION ALL SELECT id, depth FROM later
"""


def lineage(agreement: Agreement) -> list[Agreement]:
    """The renewal chain through ``agreement``, oldest first (two queries, any length)."""
    with connection.cursor() as cursor:
        cursor.execute(_LINEAGE_SQL, {"id": agreement.pk})
        positions = dict(cursor.fetchall())
    if not positions:
        return [agreement]
    chain = {a.pk: a for a in Agreement.objects.with_status().filter(pk__in=positions)}
    chain[agreement.pk] = agreement
    positions[agreement.pk] = 0
    return [chain[pk] for pk in sorted(chain, key=positions.__getitem__)]


def renewal_chains(agreements: list[Agreement]) -> list[list[Agreement]]:
    """Group a pair's agreements into renewal chains (oldest first), from loaded rows only."""
    by_id = {agreement.pk: agreement for agreement in agreements}
    successor_of = {a.predecessor_id: a for a in agreements if a.predecessor_id in by_id}
    starts = [a for a in agreements if a.predecessor_id not in by_id]
    chains = []
    for start in starts:
        chain, current = [start], start
        while current.pk in successor_of and len(chain) < len(agreements):
            current = successor_of[current.pk]
            chain.append(current)
        chains.append(chain)
    return chains


def province_names() -> dict[str, str]:
    return dict(Province.objects.values_list("code", "name"))
