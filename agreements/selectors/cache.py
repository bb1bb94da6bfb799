"""Read cache of the pages' aggregates, keyed by a fingerprint of the data.

Counting 100,000 agreements by province, sector and year on every page view is wasted work:
the answers change only when the data does. The fingerprint is the newest history id of each
audited table plus the newest article id (one query of index-only look-ups), and the date
(statuses move with the calendar). Any write through the services, the admin, an import or
the demo generator adds a history row, so the next read recomputes; nothing is invalidated by
hand and nothing stale survives a change.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.utils import timezone
from django.utils.functional import cached_property

logger = logging.getLogger(__name__)
T = TypeVar("T")
TIMEOUT_SECONDS = 24 * 60 * 60

_FINGERPRINT_SQL = """
SELECT (SELECT max(history_id) FROM agreements_historicalagreement),
       (SELECT max(history_id) FROM agreements_historicalagreementparty),
       (SELECT max(history_id) FROM agreements_historicalagreementopd),
       (SELECT max(history_id) FROM agreements_historicalscopeitem),
       (SELECT max(history_id) FROM agreements_historicalopd),
       (SELECT max(id) FROM agreements_article),
       (SELECT max(id) FROM agreements_articleagreement)
"""


def data_fingerprint() -> str:
    with connection.cursor() as cursor:
        cursor.execute(_FINGERPRINT_SQL)
        row = cursor.fetchone()
    return f"{timezone.localdate().isoformat()}:" + ":".join(str(value) for value in row)


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


class CachedCountPaginator(Paginator):
    """A paginator whose row count (the slow part of a filtered page over 100,000 rows) comes
    from the read cache, keyed by the SQL of the query and the data fingerprint."""

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
