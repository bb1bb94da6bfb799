"""What each dashboard page shows, in one call per page.

A view picks its inputs (the URL's codes, the filtered queryset) and asks for its page; the
page's aggregates come from the read cache, keyed here by the page's inputs and one data
fingerprint per page view. Tables that django-tables2 paginates get their lazy queryset.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from agreements.facts import ExtractedFacts
from agreements.models import (
    Agreement,
    AgreementType,
    Article,
    ArticleAgreement,
    Province,
    Sector,
)
from agreements.selectors import aggregates as pair_reads
from agreements.selectors import agreements as reads
from agreements.selectors import articles as article_reads
from agreements.selectors import followup as follow_up_reads
from agreements.selectors import summaries
from agreements.selectors.cache import cached, data_fingerprint
from agreements.selectors.deadlines import Deadline, deadlines_of
from agreements.selectors.page_cache import current_page

T = TypeVar("T")


class PageAggregates:
    """The cached aggregates of one page view: one fingerprint query per scope however many
    there are. ``from_summaries=True``: ``compute`` reads the summary tables only (and the names
    they show), so its value is kept until they change (``cache`` "summaries")."""

    def __init__(self) -> None:
        self._fingerprints: dict[str, str] = {}

    def get(self, name: str, parts: tuple, compute: Callable[[], T], *, from_summaries=False) -> T:
        scope = "summaries" if from_summaries else "agreements"
        if scope not in self._fingerprints:
            self._fingerprints[scope] = data_fingerprint(scope)
        return cached(name, parts, compute, fingerprint=self._fingerprints[scope])


def filter_key(filters) -> tuple:
    """The cache key part of a page's filter parameters (a QueryDict), order-independent."""
    return tuple(sorted((key, tuple(values)) for key, values in filters.lists()))


@dataclass(frozen=True)
class HomePage:
    figures: reads.KeyFigures
    per_year: list[dict]
    sectors: list[Sector]
    expiring: list[Agreement]
    latest: list[Agreement]
    recently_changed: list[Agreement]
    # For a reviewer only (None otherwise): proposals waiting in the review queue.
    pending_proposals: int | None
    # Agreements added or changed since the user's previous login (None on a first visit).
    changed_since_last_visit: int | None
    articles_this_month: int
    latest_articles: list[Article]
    implementation: follow_up_reads.Implementation | None = None
    dormant: list[Agreement] = field(default_factory=list)
    expiring_days: int = field(default_factory=lambda: settings.EXPIRING_WITHIN_DAYS)
    dormant_months: int = field(default_factory=lambda: settings.DORMANT_AFTER_MONTHS)


def home_page(*, last_visit=None, reviewer: bool = False) -> HomePage:
    aggregates = PageAggregates()
    return HomePage(
        figures=aggregates.get("key_figures", (), reads.key_figures, from_summaries=True),
        per_year=aggregates.get(
            "signings_per_year", (), summaries.signings_per_year, from_summaries=True
        ),
        sectors=aggregates.get(
            "top_sectors", (10,), lambda: reads.top_sectors(limit=10), from_summaries=True
        ),
        # The short lists change only with a write or the day, as the fingerprint does; after
        # a write each is a list window with its rows (``reads.first_rows``), so only what the
        # write changed is read again.
        expiring=aggregates.get("expiring_soon", (10,), lambda: reads.expiring_soon(limit=10)),
        latest=aggregates.get("latest", (10,), lambda: reads.latest_agreements(limit=10)),
        recently_changed=aggregates.get(
            "recently_changed", (8,), lambda: reads.recently_changed(limit=8)
        ),
        pending_proposals=reads.pending_proposals() if reviewer else None,
        changed_since_last_visit=reads.changed_since(last_visit) if last_visit else None,
        articles_this_month=article_reads.articles_this_month(),
        latest_articles=article_reads.latest_articles(limit=8),
        implementation=aggregates.get(
            "implementation", (), follow_up_reads.implementation_from_summaries, from_summaries=True
        ),
        # Found by walking the facts by signing day past every agreement no longer in force
        # (about 90 ms at a million): a list window with its rows, patched after writes.
        dormant=aggregates.get(
            "dormant_longest",
            (8,),
            lambda: follow_up_reads.longest_dormant(reads.agreement_list_queryset, limit=8),
        ),
    )


@dataclass(frozen=True)
class MapPage:
    counts: dict[str, int]
    names: dict[str, str]
    # Every province, most agreements first: the map's table alternative.
    rows: list[dict[str, Any]]


def _per_province(aggregates: PageAggregates, agreements: QuerySet, filters) -> dict[str, int]:
    rows = aggregates.get(
        "per_province",
        filter_key(filters),
        lambda: reads.province_counts(agreements),
        from_summaries=pair_reads.unfiltered(agreements),
    )
    return {row["province"]: row["count"] for row in rows}


def map_page(
    *,
    agreements: QuerySet[Agreement],
    filters,
    partners_of: str | None = None,
    names: dict[str, str] | None = None,
    with_regencies: bool = False,
) -> MapPage:
    """``partners_of``: colour that province's partners by the agreements they share with it
    (the filters still apply); ``with_regencies``: kabupaten/kota agreements count for their
    province too; neither: every province by its agreements."""
    aggregates = PageAggregates()
    if partners_of is not None:
        rows = aggregates.get(
            "partners_per_province",
            (partners_of, filter_key(filters)),
            lambda: reads.partner_counts(agreements, partners_of),
            from_summaries=pair_reads.unfiltered(agreements),
        )
        counts = {row["province"]: row["count"] for row in rows}
    elif with_regencies:
        rows = aggregates.get(
            "per_province_with_regencies",
            filter_key(filters),
            lambda: reads.province_counts_with_regencies(agreements),
            from_summaries=pair_reads.unfiltered(agreements),
        )
        counts = dict(rows)
    else:
        counts = _per_province(aggregates, agreements, filters)
    names = reads.province_names() if names is None else names
    rows = sorted(
        (
            {"code": code, "name": name, "count": counts.get(code, 0)}
            for code, name in names.items()
        ),
        key=lambda row: (-row["count"], row["code"]),
    )
    return MapPage(counts=counts, names=names, rows=rows)


@dataclass(frozen=True)
class NetworkPage:
    pairs: list[dict]
    counts: dict[str, int]
    names: dict[str, str]


def network_page(
    *, agreements: QuerySet[Agreement], filters, with_regencies: bool = False
) -> NetworkPage:
    """``with_regencies``: kabupaten/kota parties count for their province (the toggle)."""
    aggregates = PageAggregates()
    if with_regencies:
        pairs = aggregates.get(
            "pairs_with_regencies",
            filter_key(filters),
            lambda: pair_reads.province_pairs_with_regencies(agreements),
        )
        rows = aggregates.get(
            "per_province_with_regencies",
            filter_key(filters),
            lambda: reads.province_counts_with_regencies(agreements),
            from_summaries=pair_reads.unfiltered(agreements),
        )
        counts = dict(rows)
    else:
        pairs = aggregates.get(
            "pairs",
            filter_key(filters),
            lambda: reads.province_pairs(agreements),
            from_summaries=pair_reads.unfiltered(agreements),
        )
        counts = _per_province(aggregates, agreements, filters)
    return NetworkPage(pairs=pairs, counts=counts, names=reads.province_names())


@dataclass(frozen=True)
class ProvincePage:
    province: Province
    agreements: QuerySet[Agreement]
    partners: list[dict]
    sectors: list[Sector]
    opds: list
    # {"year", "signed", "ending"} for every year with a signing or an expiry.
    timeline: list[dict[str, int]]
    articles: list[Article]
    names: dict[str, str]
    implementation: follow_up_reads.Implementation | None = None


def province_page(code: str) -> ProvincePage | None:
    province = Province.objects.filter(code=code).first()
    if province is None:
        return None
    aggregates = PageAggregates()
    partners = aggregates.get(
        "partners", (code,), lambda: reads.partner_ranking(code), from_summaries=True
    )
    signings = {
        row["year"]: row["count"]
        for row in aggregates.get(
            "province_signings",
            (code,),
            lambda: summaries.province_signings_per_year(code),
            from_summaries=True,
        )
    }
    expiries = {
        row["year"]: row["count"]
        for row in aggregates.get(
            "province_expiries",
            (code,),
            lambda: summaries.province_expiries_per_year(code),
            from_summaries=True,
        )
    }
    names = reads.province_names()
    return ProvincePage(
        province=province,
        agreements=reads.agreement_list_queryset().involving(code),
        partners=partners,
        sectors=aggregates.get(
            "province_sectors",
            (code,),
            lambda: reads.sectors_of_province(code),
            from_summaries=True,
        ),
        opds=aggregates.get(
            "province_opds", (code,), lambda: summaries.opds_involved(code), from_summaries=True
        ),
        timeline=[
            {"year": year, "signed": signings.get(year, 0), "ending": expiries.get(year, 0)}
            # Every year from the first to the last, so the timeline's spacing is its time.
            for year in _year_span(set(signings) | set(expiries))
        ],
        articles=article_reads.latest_articles(limit=10, province=code),
        names=names,
        implementation=aggregates.get(
            "province_implementation",
            (code,),
            lambda: follow_up_reads.implementation_from_summaries(province=code),
            from_summaries=True,
        ),
    )


def _year_span(years: set[int]) -> range:
    return range(min(years), max(years) + 1) if years else range(0)


@dataclass(frozen=True)
class PairPage:
    province: Province
    partner: Province
    # Newest first; the page shows one page of them (thousands at a million agreements).
    agreements: QuerySet[Agreement]


def pair_page(code: str, partner: str, *, narrow=None) -> PairPage | None:
    """``narrow``: a function of the pair's queryset (the filters a network link carried)."""
    provinces = Province.objects.in_bulk([code, partner])
    if code not in provinces or partner not in provinces or code == partner:
        return None
    agreements = reads.pair_agreements(code, partner)
    return PairPage(
        province=provinces[code],
        partner=provinces[partner],
        agreements=narrow(agreements) if narrow else agreements,
    )


@dataclass(frozen=True)
class SectorPage:
    sector: Sector
    agreements: QuerySet[Agreement]
    provinces: list[dict]
    per_year: list[dict]


def sector_page(code: str) -> SectorPage | None:
    sector = Sector.objects.filter(code=code).first()
    if sector is None:
        return None
    aggregates = PageAggregates()
    return SectorPage(
        sector=sector,
        agreements=reads.agreement_list_queryset().in_sector(sector.code),
        per_year=aggregates.get(
            "sector_per_year",
            (code,),
            lambda: summaries.sector_signings_per_year(sector.code),
            from_summaries=True,
        ),
        provinces=aggregates.get(
            "sector_provinces",
            (code,),
            lambda: summaries.sector_province_counts(sector.code, 10),
            from_summaries=True,
        ),
    )


@dataclass(frozen=True)
class AgreementPage:
    agreement: Agreement
    lineage: list[Agreement]
    # (sector or None, its scope items), sectors by name, items without a sector last.
    scope_by_sector: list[tuple[Sector | None, list]]
    source_articles: list[ArticleAgreement]
    # Labels of the important fields not yet recorded (data completeness).
    missing: list[str] = field(default_factory=list)
    # Open deadlines from the actions (DPRD answer, PKS after the KB), from prefetched rows.
    deadlines: list[Deadline] = field(default_factory=list)


def agreement_page(pk: int) -> AgreementPage | None:
    """Kept until a write touches an agreement the page shows (``page_cache``)."""
    return current_page(pk, lambda: _agreement_page(pk), _agreements_shown)


def _agreements_shown(page: AgreementPage) -> set[int]:
    agreement = page.agreement
    return (
        {agreement.pk, agreement.parent_id, agreement.predecessor_id}
        | {child.pk for child in agreement.children.all()}
        | {link.pk for link in page.lineage}
    ) - {None}


def _agreement_page(pk: int) -> AgreementPage | None:
    try:
        agreement = reads.agreement_detail(pk)
    except Agreement.DoesNotExist:
        return None
    scope_by_sector: dict = {}
    for item in agreement.scope_items.all():
        for sector in item.sectors.all() or [None]:
            scope_by_sector.setdefault(sector, []).append(item)
    return AgreementPage(
        agreement=agreement,
        lineage=reads.lineage(agreement),
        scope_by_sector=sorted(
            scope_by_sector.items(), key=lambda pair: (pair[0] is None, str(pair[0] or ""))
        ),
        source_articles=article_reads.source_articles(agreement),
        missing=follow_up_reads.missing_items(agreement),
        deadlines=deadlines_of(agreement, timezone.localdate()),
    )


@dataclass(frozen=True)
class ArticlePage:
    article: Article
    facts: ExtractedFacts
    # Labels of what the extractor wrote as codes ("tenaga_kerja", "kesepakatan_bersama").
    sectors: list[Sector]
    agreement_type_label: str


def article_page(pk: int) -> ArticlePage | None:
    try:
        article = article_reads.article_detail(pk)
    except Article.DoesNotExist:
        return None
    facts = article.extracted_facts
    known = Sector.objects.in_bulk(facts.sectors) if facts.sectors else {}
    types = dict(AgreementType.choices)
    return ArticlePage(
        article=article,
        facts=facts,
        sectors=[known[code] for code in facts.sectors if code in known],
        agreement_type_label=str(types.get(facts.agreement_type, "")),
    )
