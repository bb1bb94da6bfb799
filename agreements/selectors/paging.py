"""Pagination of the lists over a million rows: a cached, bounded row count.

Counting every match of a filter is the slow part of a list page (a COUNT over a million
rows with the text search's subplans took seconds), and nobody reads page 2,000 of a list:
a list counts at most ``LIST_COUNT_LIMIT`` rows, says "more than 10,000" beyond, and opens
the pages of those first rows only. The count is cached under the SQL of the query and the
data fingerprint, so it is computed once per change of the data, never served stale.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import QuerySet
from django.utils.functional import cached_property

from agreements.selectors.cache import cached, data_fingerprint

DEFAULT_PER_PAGE = 25


def bounded_per_page(per_page) -> int:
    """``?per_page=`` as the lists accept it: 1 to LIST_MAX_PER_PAGE, else the default.

    Unbounded, ``per_page=100000`` rendered 100,000 rows for a minute and ``-1`` was a 500.
    """
    try:
        value = int(per_page)
    except (TypeError, ValueError):
        return DEFAULT_PER_PAGE
    if value < 1:
        return DEFAULT_PER_PAGE
    return min(value, settings.LIST_MAX_PER_PAGE)


def list_queryset(object_list) -> QuerySet | None:
    """The queryset behind what a list paginates: itself, or the one inside django-tables2's
    row wrapper (``BoundRows.data.data``), which has no ``.query`` of its own."""
    if isinstance(object_list, QuerySet):
        return object_list
    data = getattr(getattr(object_list, "data", None), "data", None)
    return data if isinstance(data, QuerySet) else None


def bounded_count(queryset: QuerySet, limit: int) -> int:
    """The number of rows, counting no further than ``limit + 1``.

    In the list's own order (newest first): the planner then reads the rows along that
    index and stops at the limit, where an unordered count of a common search word read the
    whole table."""
    return queryset.values("pk")[: limit + 1].count()


class CachedCountPaginator(Paginator):
    """A paginator whose row count comes from the read cache and stops at LIST_COUNT_LIMIT,
    and whose page size is bounded (see bounded_per_page). ``count_exceeds_limit`` tells the
    page to say "more than" and that only the first rows have pages."""

    count_exceeds_limit = False

    def __init__(self, object_list, per_page, *args, **kwargs):
        super().__init__(object_list, bounded_per_page(per_page), *args, **kwargs)

    @cached_property
    def count(self) -> int:
        limit = settings.LIST_COUNT_LIMIT
        # Table data that reads its rows by id already knows how many (tables.RankedRows).
        known = getattr(getattr(self.object_list, "data", None), "bounded_count", None)
        if callable(known):
            counted = known()
            self.count_exceeds_limit = counted > limit
            return min(counted, limit)
        queryset = list_queryset(self.object_list)
        if queryset is None:
            return super().count
        try:
            sql, params = queryset.query.sql_with_params()
        except EmptyResultSet:  # ``.none()``: the filter form was invalid
            return 0
        scope = "agreements" if queryset.model._meta.model_name == "agreement" else "articles"
        counted = cached(
            "count",
            (limit, sql, tuple(str(p) for p in params)),
            lambda: bounded_count(queryset, limit),
            fingerprint=data_fingerprint(scope),
        )
        self.count_exceeds_limit = counted > limit
        return min(counted, limit)


class AdminCountPaginator(CachedCountPaginator):
    """The admin changelist's paginator: the same cached, bounded count (its page size is
    the admin's ``list_per_page``, not bounded again). The changelist's template says
    "more than" from ``count_exceeds_limit``."""

    def __init__(self, object_list, per_page, *args, **kwargs):
        Paginator.__init__(self, object_list, per_page, *args, **kwargs)


def signing_years() -> list[int]:
    """The years in which agreements were signed, newest first: one index probe per year
    (a loose index scan), where ``dates("signed_on", "year")`` read every row."""
    sql = """
        WITH RECURSIVE years(day) AS (
            SELECT date_trunc('year', MAX(signed_on)) FROM agreements_agreement
            UNION ALL
            SELECT (
                SELECT date_trunc('year', MAX(signed_on)) FROM agreements_agreement
                WHERE signed_on < years.day
            ) FROM years WHERE years.day IS NOT NULL
        )
        SELECT EXTRACT(YEAR FROM day)::int FROM years WHERE day IS NOT NULL
    """
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [row[0] for row in cursor.fetchall()]
