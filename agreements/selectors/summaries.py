"""Reads of the summary tables (``agreements.models.summaries``): the national counts.

Each read sums at most a few thousand summary rows by index, whatever the number of
agreements, and answers exactly what the plain aggregates over every agreement answer
(``tests/test_summaries.py`` compares them across writes). Filtered pages still count the
filtered agreements themselves (``aggregates``).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models import Q, Sum
from django.utils import timezone

from agreements.models import Province, SummaryCount


def _rows(measure: str, **filters):
    return SummaryCount.objects.filter(measure=measure, **filters)


def _names() -> dict[str, str]:
    return dict(Province.objects.values_list("code", "name"))


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


def _with_names(ranked: list[tuple[str, int]]) -> list[dict]:
    names = _names()
    return [
        {"province": code, "province__name": names[code], "count": count} for code, count in ranked
    ]


def province_counts() -> list[dict]:
    """Agreements per province party, most first: ``{"province", "province__name", "count"}``."""
    return _with_names(_ranked(_rows("province"), "a"))


def sector_province_counts(code: str, limit: int) -> list[dict]:
    """As ``province_counts``, of the agreements in the sector ``code``."""
    return _with_names(_ranked(_rows("sector_province", a=code), "b", limit))


def province_counts_with_regencies() -> list[tuple[str, int]]:
    """(province, agreements with it or one of its kabupaten/kota as a party), most first."""
    return _ranked(_rows("rolled"), "a")


def partner_counts(code: str) -> list[dict]:
    """Provinces sharing agreements with ``code`` (as parties), most first."""
    rows = _rows("pair").filter(Q(a=code) | Q(b=code)).filter(n__gt=0)
    counts: dict[str, int] = {}
    for first, second, count in rows.values_list("a", "b", "n"):
        partner = second if first == code else first
        counts[partner] = counts.get(partner, 0) + count
    return _with_names(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def province_pairs(*, with_regencies: bool = False) -> list[dict]:
    """The network's edges, lower code first, most agreements first."""
    measure = "rolled_pair" if with_regencies else "pair"
    rows = _rows(measure).filter(n__gt=0).order_by("-n", "a", "b")
    return [
        {"province": first, "partner": second, "count": count}
        for first, second, count in rows.values_list("a", "b", "n")
    ]
