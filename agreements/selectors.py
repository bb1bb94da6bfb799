"""Reads for the dashboard pages: each function is a fixed, small number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models import Count, F, Prefetch, QuerySet
from django.db.models.functions import ExtractYear
from django.utils import timezone

from agreements.facts import ExtractedFacts
from agreements.models import (
    Agreement,
    AgreementOpd,
    AgreementParty,
    AgreementStatus,
    Article,
    ArticleAgreement,
    Opd,
    ScopeItem,
    Sector,
    status_condition,
)


def agreement_list_queryset() -> QuerySet[Agreement]:
    """Agreements with what a list row shows: status, parties and their provinces."""
    parties = AgreementParty.objects.select_related("province").order_by("position", "id")
    return Agreement.objects.with_status().prefetch_related(Prefetch("parties", queryset=parties))


@dataclass(frozen=True)
class KeyFigures:
    agreements: int
    active: int
    expiring: int
    provinces_involved: int


def key_figures() -> KeyFigures:
    today = timezone.localdate()
    counts = Agreement.objects.aggregate(
        agreements=Count("id"),
        active=Count("id", filter=status_condition(AgreementStatus.ACTIVE, today=today)),
        expiring=Count("id", filter=status_condition(AgreementStatus.EXPIRING, today=today)),
    )
    provinces = (
        AgreementParty.objects.filter(province__isnull=False).values("province").distinct().count()
    )
    return KeyFigures(provinces_involved=provinces, **counts)


def signings_per_year(agreements: QuerySet[Agreement] | None = None) -> list[dict]:
    agreements = Agreement.objects.all() if agreements is None else agreements
    return list(
        agreements.filter(signed_on__isnull=False)
        .annotate(year=ExtractYear("signed_on"))
        .values("year")
        .annotate(count=Count("id"))
        .order_by("year")
    )


def expiries_per_year(agreements: QuerySet[Agreement]) -> list[dict]:
    return list(
        agreements.filter(ends_on__isnull=False)
        .annotate(year=ExtractYear("ends_on"))
        .values("year")
        .annotate(count=Count("id"))
        .order_by("year")
    )


def top_sectors(agreements: QuerySet[Agreement] | None = None, limit: int = 10) -> list[Sector]:
    items = ScopeItem.objects.all()
    if agreements is not None:
        items = items.filter(agreement__in=agreements.values("pk"))
    counts = (
        items.values("sectors")
        .exclude(sectors=None)
        .annotate(count=Count("agreement", distinct=True))
        .order_by("-count", "sectors")[:limit]
    )
    ranked = [(row["sectors"], row["count"]) for row in counts]
    sectors = Sector.objects.in_bulk([code for code, _count in ranked])
    result = []
    for code, count in ranked:
        sector = sectors[code]
        sector.agreement_count = count
        result.append(sector)
    return result


def expiring_soon(limit: int = 10) -> list[Agreement]:
    return list(
        agreement_list_queryset()
        .expiring_within(settings.EXPIRING_WITHIN_DAYS)
        .order_by("ends_on", "id")[:limit]
    )


def latest_agreements(limit: int = 10) -> list[Agreement]:
    return list(
        agreement_list_queryset().order_by(F("signed_on").desc(nulls_last=True), "-id")[:limit]
    )


def agreements_per_province(agreements: QuerySet[Agreement]) -> dict[str, int]:
    rows = (
        AgreementParty.objects.filter(province__isnull=False, agreement__in=agreements.values("pk"))
        .values("province")
        .annotate(count=Count("agreement", distinct=True))
    )
    return {row["province"]: row["count"] for row in rows}


def partner_ranking(code: str) -> list[dict]:
    """Provinces that share agreements with ``code``, most agreements first."""
    return list(
        AgreementParty.objects.filter(province__isnull=False, agreement__parties__province=code)
        .exclude(province=code)
        .values("province", "province__name")
        .annotate(count=Count("agreement", distinct=True))
        .order_by("-count", "province")
    )


def opds_involved(code: str, limit: int = 50) -> list[Opd]:
    return list(
        Opd.objects.filter(province=code, agreement_links__isnull=False)
        .annotate(agreement_count=Count("agreement_links__agreement", distinct=True))
        .order_by("-agreement_count", "name")[:limit]
    )


def most_active_provinces(agreements: QuerySet[Agreement], limit: int = 10) -> list[dict]:
    return list(
        AgreementParty.objects.filter(province__isnull=False, agreement__in=agreements.values("pk"))
        .values("province", "province__name")
        .annotate(count=Count("agreement", distinct=True))
        .order_by("-count", "province")[:limit]
    )


def pair_agreements(first: str, second: str) -> QuerySet[Agreement]:
    return (
        agreement_list_queryset()
        .filter(parties__province=first)
        .filter(parties__province=second)
        .select_related("parent", "predecessor")
        .order_by("signed_on", "id")
    )


def province_pairs(agreements: QuerySet[Agreement]) -> list[dict]:
    """Edges of the province network: each pair once (lower code first) with its count."""
    return list(
        AgreementParty.objects.filter(
            province__isnull=False,
            agreement__in=agreements.values("pk"),
            agreement__parties__province__gt=F("province"),
        )
        .values("province", partner=F("agreement__parties__province"))
        .annotate(count=Count("agreement", distinct=True))
        .order_by("-count", "province", "partner")
    )


def sectors_of_province(code: str) -> list[Sector]:
    return top_sectors(Agreement.objects.involving(code), limit=42)


def agreement_detail(pk: int) -> Agreement:
    parties = AgreementParty.objects.select_related("province").order_by("position", "id")
    opds = AgreementOpd.objects.select_related("opd__province").order_by(
        "opd__province", "opd__name"
    )
    scope = ScopeItem.objects.prefetch_related("sectors").order_by("position", "id")
    return (
        Agreement.objects.with_status()
        .select_related("parent", "predecessor")
        .prefetch_related(
            Prefetch("parties", queryset=parties),
            Prefetch("agreement_opds", queryset=opds),
            Prefetch("scope_items", queryset=scope),
            "documents",
            Prefetch("children", queryset=Agreement.objects.with_status().order_by("signed_on")),
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


def articles_this_month() -> int:
    today = timezone.localdate()
    return Article.objects.filter(
        published_at__year=today.year, published_at__month=today.month
    ).count()


def latest_articles(limit: int = 8, *, province: str | None = None) -> list[Article]:
    articles = Article.objects.filter(is_relevant=True, duplicate_of__isnull=True)
    if province is not None:
        linked = ArticleAgreement.objects.filter(agreement__parties__province=province)
        articles = articles.filter(pk__in=linked.values("article_id"))
    return list(
        articles.select_related("source")
        .defer("raw_html", "text")
        .order_by(F("published_at").desc(nulls_last=True), "-id")[:limit]
    )


def article_list_queryset() -> QuerySet[Article]:
    return (
        Article.objects.select_related("source")
        .defer("raw_html", "text")
        .annotate(agreement_count=Count("agreement_links"))
        .order_by(F("published_at").desc(nulls_last=True), "-id")
    )


def article_detail(pk: int) -> Article:
    links = ArticleAgreement.objects.select_related("agreement").order_by("agreement__title")
    return (
        Article.objects.select_related("source", "duplicate_of")
        .defer("raw_html")
        .prefetch_related(Prefetch("agreement_links", queryset=links))
        .get(pk=pk)
    )


def source_articles(agreement: Agreement) -> list[ArticleAgreement]:
    """The articles that reported an agreement, with the evidence kept when they were linked."""
    return list(
        ArticleAgreement.objects.filter(agreement=agreement)
        .select_related("article")
        .defer("article__raw_html", "article__text")
        .order_by(F("article__published_at").desc(nulls_last=True))
    )


def merge_suggestions(facts: ExtractedFacts, limit: int = 10) -> list[Agreement]:
    """Agreements between the provinces of a candidate, latest signed first (review page)."""
    codes = facts.province_codes
    if len(codes) < 2:
        return []
    agreements = Agreement.objects.all()
    for code in codes:
        agreements = agreements.involving(code)
    return list(agreements.distinct().order_by("-signed_on")[:limit])
