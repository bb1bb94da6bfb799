"""Read cache of the pages' aggregates, keyed by a fingerprint of the data.

Counting 100,000 agreements by province, sector and year on every page view is wasted work:
the answers change only when the data does. The fingerprint is the newest history id of each
audited table plus the newest article and link, each with its timestamp (one query of
index look-ups), and the date
(statuses move with the calendar). Any write through the services, the admin, an import or
the demo generator adds a history row, so the next read recomputes; nothing is invalidated by
hand and nothing stale survives a change. restore_database also empties the cache.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.utils import timezone
from django.utils.functional import cached_property

logger = logging.getLogger(__name__)
T = TypeVar("T")
TIMEOUT_SECONDS = 24 * 60 * 60

# The newest row of each table, by its id *and* its timestamp. Ids alone repeat after
# restore_database (the sequences go back with the dump and the next writes reissue the same
# ids over different data); a timestamp written after the restore cannot repeat an older one.
_NEWEST = "(SELECT {id}::text || '@' || {stamp}::text FROM {table} ORDER BY {id} DESC LIMIT 1)"
_FINGERPRINT_SQL = "SELECT " + ", ".join(
    _NEWEST.format(id=id_column, stamp=stamp, table=table)
    for table, id_column, stamp in [
        ("agreements_historicalagreement", "history_id", "history_date"),
        ("agreements_historicalagreementparty", "history_id", "history_date"),
        ("agreements_historicalagreementopd", "history_id", "history_date"),
        ("agreements_historicalscopeitem", "history_id", "history_date"),
        ("agreements_historicalopd", "history_id", "history_date"),
        # A document marked public (or no longer) changes the public pages.
        ("agreements_historicaldocument", "history_id", "history_date"),
        ("agreements_historicalagreementaction", "history_id", "history_date"),
        ("agreements_historicalactivity", "history_id", "history_date"),
        ("agreements_historicalmonitoringreport", "history_id", "history_date"),
        ("agreements_article", "id", "fetched_at"),
        ("agreements_articleagreement", "id", "created_at"),
    ]
)


def data_fingerprint() -> str:
    with connection.cursor() as cursor:
        cursor.execute(_FINGERPRINT_SQL)
        row = cursor.fetchone()
    return f"{timezone.localdate().isoformat()}:" + ":".join(str(value) for value in row)


def cache_clear() -> None:
    """Forget every cached aggregate (after restore_database). An unreachable cache is no
    error: entries expire, and the fingerprint already differs for new writes."""
    try:
        cache.clear()
    except Exception:
        logger.warning("aggregate cache unavailable; not cleared", exc_info=True)


def cached(name: str, parts: tuple, compute: Callable[[], T], *, fingerprint: str | None) -> T:
    """``compute()``, from the cache when the data has not changed since it was stored.

    Without a fingerprint, or when the cache server is unreachable, it simply computes: the
    cache may make pages faster, never wrong or unavailable.
    """
    if fingerprint is None:
        return compute()
    key = "agg:" + hashlib.sha256(repr((name, parts, fingerprint)).encode()).hexdigest()
    try:
        value = cache.get(key)
    except Exception:
        logger.warning("aggregate cache unavailable; computing %s", name, exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, TIMEOUT_SECONDS)
        except Exception:
            logger.warning("aggregate cache unavailable; not storing %s", name, exc_info=True)
    return value


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


class CachedCountPaginator(Paginator):
    """A paginator whose row count (the slow part of a filtered page over 100,000 rows) comes
    from the read cache, keyed by the SQL of the query and the data fingerprint, and whose page
    size is bounded (see bounded_per_page)."""

    def __init__(self, object_list, per_page, *args, **kwargs):
        super().__init__(object_list, bounded_per_page(per_page), *args, **kwargs)

    @cached_property
    def count(self) -> int:
        query = getattr(self.object_list, "query", None)
        if query is None:
            return super().count
        sql, params = query.sql_with_params()
        return cached(
            "count",
            (sql, tuple(str(p) for p in params)),
            lambda: Paginator.count.func(self),
            fingerprint=data_fingerprint(),
        )
