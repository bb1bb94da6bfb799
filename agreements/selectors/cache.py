"""Read cache of the pages' aggregates, keyed by a fingerprint of the data.

Counting a million agreements by province, sector and year on every page view is wasted
work: the answers change only when the data does. The fingerprint is the newest history id
of each audited table, each with its timestamp (one query of index look-ups), and the date
(statuses move with the calendar). Any write through the services, the admin, an import or
the demo generator adds a history row, so the next read recomputes; nothing is invalidated by
hand and nothing stale survives a change. restore_database also empties the cache.

The fingerprint has three scopes: the agreements' tables, the articles' tables (the article
list) and the summary tables (the counts read from them). Ingestion stores articles every
minute and staff correct titles all day; neither may make every page recompute the nation's
counts, which depend on neither.

When an entry is missing, one process computes it while the others wait for its answer
(a lock in the cache, ``single-flight``): after a write, twenty requests arriving at once
would otherwise run the same heavy aggregate twenty times on a two-core server.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db import connection
from django.utils import timezone

logger = logging.getLogger(__name__)
T = TypeVar("T")
TIMEOUT_SECONDS = 24 * 60 * 60
# How long the process holding the lock may take before another one computes anyway, and
# how long the others wait for it (a little less than a page's statement timeout).
LOCK_SECONDS = 30
WAIT_SECONDS = 20
POLL_SECONDS = 0.05

# The newest row of each table, by its id *and* its timestamp. Ids alone repeat after
# restore_database (the sequences go back with the dump and the next writes reissue the same
# ids over different data); a timestamp written after the restore cannot repeat an older one.
_NEWEST = "(SELECT {id}::text || '@' || {stamp}::text FROM {table} ORDER BY {id} DESC LIMIT 1)"
AGREEMENT_TABLES = [
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
    # A linked news article ends an agreement's dormancy; a fetched one alone changes nothing.
    ("agreements_articleagreement", "id", "created_at"),
]
ARTICLE_TABLES = [
    ("agreements_article", "id", "fetched_at"),
]
SCOPES = {"agreements": AGREEMENT_TABLES, "articles": AGREEMENT_TABLES + ARTICLE_TABLES}
_FINGERPRINT_SQL = {
    scope: "SELECT "
    + ", ".join(
        _NEWEST.format(id=column, stamp=stamp, table=table) for table, column, stamp in tables
    )
    for scope, tables in SCOPES.items()
}
# What is counted from the summary tables changes only with them, or with a name they show
# (migration ``0024_summary_version``): a correction of a title keeps the nation's counts.
_FINGERPRINT_SQL["summaries"] = (
    "SELECT n::text || '@' || changed_at::text FROM agreements_summaryversion"
)


def data_fingerprint(scope: str = "agreements") -> str:
    """What the cached values of ``scope`` depend on: "agreements" (agreements, parties,
    OPDs, scope items, documents, the follow-up and the article links), "articles" (those
    and the articles) or "summaries" (the summary tables and the names they show)."""
    with connection.cursor() as cursor:
        cursor.execute(_FINGERPRINT_SQL[scope])
        row = cursor.fetchone()
    return f"{scope}:{timezone.localdate().isoformat()}:" + ":".join(str(value) for value in row)


def cache_clear() -> None:
    """Forget every cached aggregate (after restore_database). An unreachable cache is no
    error: entries expire, and the fingerprint already differs for new writes."""
    try:
        cache.clear()
    except Exception:
        logger.warning("aggregate cache unavailable; not cleared", exc_info=True)


def cache_key(name: str, parts: tuple, fingerprint: str) -> str:
    return "agg:" + hashlib.sha256(repr((name, parts, fingerprint)).encode()).hexdigest()


def cached(name: str, parts: tuple, compute: Callable[[], T], *, fingerprint: str | None) -> T:
    """``compute()``, from the cache when the data has not changed since it was stored.

    Without a fingerprint, or when the cache server is unreachable, it simply computes: the
    cache may make pages faster, never wrong or unavailable.
    """
    if fingerprint is None:
        return compute()
    key = cache_key(name, parts, fingerprint)
    try:
        value = _call(cache.get, key)
        if value is None:
            value = _single_flight(key, compute, name=name)
    except _CacheDown:
        return compute()
    return value


class _CacheDown(Exception):
    pass


def _call(method, *args):
    try:
        return method(*args)
    except Exception as error:
        logger.warning("aggregate cache unavailable", exc_info=True)
        raise _CacheDown from error


def _single_flight(key: str, compute: Callable[[], T], *, name: str) -> T:
    """Compute and store ``key`` once, however many requests miss it at the same moment.

    The first to take the lock computes; the others poll for its value. A holder that dies
    or hangs lets the lock expire, and a waiter that gives up computes for itself: the lock
    bounds duplicate work, it never blocks a page for good.
    """
    lock = key + ":lock"
    if not _call(cache.add, lock, "1", LOCK_SECONDS):
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
            value = _call(cache.get, key)
            if value is not None:
                return value
            if _call(cache.get, lock) is None:
                break
        logger.info("computing %s without the lock (its holder did not answer)", name)
        return compute()
    try:
        value = compute()
        try:
            cache.set(key, value, TIMEOUT_SECONDS)
        except Exception:
            logger.warning("aggregate cache unavailable; not storing %s", name, exc_info=True)
        return value
    finally:
        try:
            cache.delete(lock)
        except Exception:
            logger.warning("aggregate cache unavailable; lock of %s left to expire", name)
