"""Reads of the summary tables (``agreements.models.summaries``): the national counts.

Each read sums at most a few thousand summary rows by index, whatever the number of
agreements, and answers exactly what the plain aggregates over every agreement answer
(``tests/test_summaries.py`` compares them across writes). Filtered pages still count the
filtered agreements themselves (``aggregates``).
"""

from __future__ import annotations

import calendar
import datetime

from django.conf import settings
from django.db.models import Case, CharField, F, OuterRef, Q, Subquery, Sum, When
from django.db.models.functions import Cast
from django.utils import timezone

from agreements.models import AgreementFacts, Opd, Province, SummaryCount
from agreements.models.querysets import months_before


def _rows(measure: str, **filters):
    return SummaryCount.objects.filter(measure=measure, **filters)


def status_counts(today: datetime.date | None = None) -> dict[str, int]:
    """``agreements``, ``active`` and ``expiring`` (``status_condition``) for ``today``."""
    today = today or timezone.localdate()
    soon = today + datetime.timedelta(days=settings.EXPIRING_WITHIN_DAYS)
    signed = Q(a="signed")
    running = Q(d2__isnull=True) | Q(d2__gt=today)
    return _rows("status").aggregate(
        agreements=Sum("n", default=0),
        active=Sum(
            "n", filter=signed & running & (Q(d1__isnull=True) | Q(d1__gte=today)), default=0
        ),
        expiring=Sum("n", filter=signed & running & Q(d1__gte=today, d1__lte=soon), default=0),
    )


def _per_year(rows, column: str) -> list[dict]:
    """``[{"year", "count"}]`` oldest first, undated left out (as ``per_year``)."""
    return [
        {"year": year, "count": count}
        for year, count in rows.filter(**{f"{column}__isnull": False})
        .values_list(column)
        .annotate(count=Sum("n"))
        .filter(count__gt=0)
        .order_by(column)
    ]


def signings_per_year() -> list[dict]:
    return _per_year(_rows("year"), "y1")


def province_signings_per_year(code: str) -> list[dict]:
    """Signings per year of the agreements with the province as a party."""
    return _per_year(_rows("province", a=code), "y1")


def province_expiries_per_year(code: str) -> list[dict]:
    return _per_year(_rows("province", a=code), "y2")


def sector_signings_per_year(code: str) -> list[dict]:
    return _per_year(_rows("sector", a=code), "y1")


def _ranked(rows, column: str, limit: int | None = None) -> list[tuple[str, int]]:
    """(key, agreements), most first, then by key."""
    ranked = (
        rows.values_list(column)
        .annotate(count=Sum("n"))
        .filter(count__gt=0)
        .order_by("-count", column)
    )
    return list(ranked[:limit] if limit is not None else ranked)


def sector_counts(*, province: str | None = None, limit: int) -> list[tuple[str, int]]:
    """(sector, agreements with a scope item in it), most first; of all agreements, or of
    those with ``province`` as a party."""
    if province is None:
        return _ranked(_rows("sector"), "a", limit)
    return _ranked(_rows("sector_province", b=province), "a", limit)


def _with_names(rows, column: str, limit: int | None = None) -> list[dict]:
    """``_ranked`` as ``{"province", "province__name", "count"}``, names in the same query."""
    name = Subquery(Province.objects.filter(code=OuterRef(column)).values("name"))
    ranked = (
        rows.values_list(column)
        .annotate(count=Sum("n"), name=name)
        .filter(count__gt=0)
        .order_by("-count", column)
    )
    return [
        {"province": code, "province__name": name, "count": count}
        for code, count, name in (ranked[:limit] if limit is not None else ranked)
    ]


def province_counts() -> list[dict]:
    """Agreements per province party, most first: ``{"province", "province__name", "count"}``."""
    return _with_names(_rows("province"), "a")


def sector_province_counts(code: str, limit: int) -> list[dict]:
    """As ``province_counts``, of the agreements in the sector ``code``."""
    return _with_names(_rows("sector_province", a=code), "b", limit)


def province_counts_with_regencies() -> list[tuple[str, int]]:
    """(province, agreements with it or one of its kabupaten/kota as a party), most first."""
    return _ranked(_rows("rolled"), "a")


def partner_counts(code: str) -> list[dict]:
    """Provinces sharing agreements with ``code`` (as parties), most first."""
    partner = Case(When(a=code, then=F("b")), default=F("a"))
    rows = _rows("pair").filter(Q(a=code) | Q(b=code)).annotate(partner=partner)
    return _with_names(rows, "partner")


def province_pairs(*, with_regencies: bool = False) -> list[dict]:
    """The network's edges, lower code first, most agreements first."""
    measure = "rolled_pair" if with_regencies else "pair"
    rows = _rows(measure).filter(n__gt=0).order_by("-n", "a", "b")
    return [
        {"province": first, "partner": second, "count": count}
        for first, second, count in rows.values_list("a", "b", "n")
    ]


def opds_involved(code: str, limit: int = 50) -> list[Opd]:
    """The province's OPDs that take part in agreements, most agreements first
    (``agreement_count``)."""
    count = _rows("opd", a=Cast(OuterRef("pk"), CharField())).values("n")[:1]
    return list(
        Opd.objects.filter(province=code)
        .annotate(agreement_count=Subquery(count))
        .filter(agreement_count__gt=0)
        .order_by("-agreement_count", "name")[:limit]
    )


def _month(day: datetime.date) -> int:
    return day.year * 12 + day.month - 1


def dormant_count(
    *, province: str | None = None, today: datetime.date | None = None, months: int | None = None
) -> int:
    """Agreements that ``dormant_condition`` calls dormant (of those with ``province`` as a
    party): whole months from the summary, the month of ``since`` and of ``today`` by day."""
    today = today or timezone.localdate()
    months = settings.DORMANT_AFTER_MONTHS if months is None else months
    since = months_before(today, months)
    running = Q(d2__isnull=True) | Q(d2__gt=today)
    whole = _rows("quiet", a="signed", b=province or "").filter(
        running,
        Q(y2__isnull=True) | Q(y2__gt=_month(today)),
        y1__lt=_month(since),
    )
    edges = AgreementFacts.objects.filter(
        # Two short index ranges: quiet in since's month, the end in today's month.
        Q(quiet__gte=since.replace(day=1), quiet__lt=since)
        | Q(ends_on__gte=today, ends_on__lte=_month_end(today)),
        Q(terminated_on__isnull=True) | Q(terminated_on__gt=today),
        Q(ends_on__isnull=True) | Q(ends_on__gte=today),
        signed_on__isnull=False,
        quiet__lt=since,
    )
    if province is not None:
        edges = edges.filter(provinces__contains=[province])
    return (whole.aggregate(n=Sum("n", default=0))["n"]) + edges.count()


def dormant_facts(*, today: datetime.date | None = None, months: int | None = None):
    """The facts of the agreements that are dormant (``dormant_condition``)."""
    today = today or timezone.localdate()
    months = settings.DORMANT_AFTER_MONTHS if months is None else months
    return AgreementFacts.objects.filter(
        Q(terminated_on__isnull=True) | Q(terminated_on__gt=today),
        Q(ends_on__isnull=True) | Q(ends_on__gte=today),
        signed_on__isnull=False,
        quiet__lt=months_before(today, months),
    )


def _month_end(day: datetime.date) -> datetime.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def implementation_counts(*, province: str | None = None) -> dict:
    """Activities (by state), agreements with any activity and monitoring reports, of every
    agreement or of those with ``province`` as a party."""
    rows = SummaryCount.objects.filter(
        measure__in=["activity", "with_activity", "reports"], b=province or ""
    )
    counts = {"by_state": {}, "agreements": 0, "reports": 0}
    for measure, state, count in rows.values_list("measure", "a").annotate(Sum("n")):
        if measure == "activity":
            counts["by_state"][state] = count
        else:
            counts["agreements" if measure == "with_activity" else "reports"] = count
    return counts
