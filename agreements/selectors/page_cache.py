"""An agreement's page, kept until a write touches what it shows.

The page builds a dozen querysets (parties, offices, scope, documents, follow-up, renewal
chain, sources): about 20 ms of Python for 4 ms of SQL, at any number of agreements. Its data
is cached with the database snapshot it was read in. Each read asks the change log
(``list_ids``; migrations 0020 and 0025: every writing transaction's touched agreements) which
agreements changed since, and reads the page again when one of them is on it (the agreement,
its parent, predecessor, children and renewal chain), now points at one of them (a new child
or renewal), or the log says "any" (a province, kabupaten/kota, OPD or sector renamed, a bulk
load). The date is in the key: statuses and deadlines move with the calendar. A transaction
that has written reads the page itself and stores nothing (it may roll back).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from agreements.models import Agreement
from agreements.selectors.cache import TIMEOUT_SECONDS, cache_key
from agreements.selectors.list_ids import MAX_CHANGED, changes_since

logger = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class _Entry:
    snapshot: str
    shown: frozenset[int]
    value: object


def _touched(changed: list, shown: frozenset[int]) -> bool:
    if None in changed or len(changed) > MAX_CHANGED:
        return True
    if shown.intersection(changed):
        return True
    # A new child or renewal of an agreement on the page is logged under its own id.
    points_here = Q(parent_id__in=shown) | Q(predecessor_id__in=shown)
    return Agreement.objects.filter(points_here, pk__in=changed).exists()


def current_page(pk: int, compute: Callable[[], T | None], shown: Callable[[T], set[int]]):
    """``compute()`` (the page of agreement ``pk``, or None), from the cache when no write
    since it was stored touched the agreements ``shown(page)`` names."""
    key = cache_key("agreement_page", (pk,), timezone.localdate().isoformat())
    try:
        stored = cache.get(key)
    except Exception:
        logger.warning("page cache unavailable", exc_info=True)
        return compute()
    snapshot, writing, changed = changes_since(stored.snapshot if stored else None)
    if writing:
        return compute()
    if stored is not None and not _touched(changed, stored.shown):
        return stored.value
    value = compute()
    if value is not None:
        try:
            cache.set(key, _Entry(snapshot, frozenset(shown(value)), value), TIMEOUT_SECONDS)
        except Exception:
            logger.warning("page cache unavailable; page not stored", exc_info=True)
    return value
