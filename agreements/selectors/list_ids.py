"""The ids of a list's first rows, kept current across writes by checking only what changed.

A list's page, its bounded count and its ranking come from the ids of its first
LIST_COUNT_LIMIT + 1 rows (``search.match_ids``). Reading them again after every write took
0.3-0.8 s at a million agreements (a filter or a common word checked on ~80,000 rows), and
ingestion and staff write all day. Instead the window of ids is cached with the sort key of
each row and the database snapshot it was read in. Each read asks the change log (migration
``0020_list_changes_log``: every writing transaction's touched agreements, written by
triggers) which agreements changed since that snapshot, checks only those against the list's
query, and moves them in or out of the window by their sort key. The result is what reading
the list again would give; it is read again in full when the log says "any list" (a rename,
a bulk load), when too many agreements changed, when the window's tail may have moved out of
view, or when the order cannot be compared in Python (a text column, an expression).

A reader inside a transaction that has written sees its own writes; its entry names that
transaction and is read again by any other (it may show writes that were rolled back).
"""

from __future__ import annotations

import bisect
import datetime
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection, models
from django.db.models import QuerySet
from django.utils import timezone

from agreements.selectors.cache import TIMEOUT_SECONDS, cache_key

logger = logging.getLogger(__name__)

# Rows kept beyond the limit, so that a few changed rows leaving the window do not force a
# full read to know whether the list still has more than the limit.
MARGIN = 100
# More changed agreements than this since the stored snapshot: read the window again.
MAX_CHANGED = 500
COMPARABLE_FIELDS = (
    models.DateField,
    models.IntegerField,
    models.BigIntegerField,
    models.AutoField,
    models.BigAutoField,
    models.BooleanField,
)
# The snapshot now, this transaction's id if it has written, its newest log row, how many
# log rows it has and how many up to the stored entry's newest; with a stored entry, the
# agreements changed since its snapshot (and this transaction's writes after it).
_STATE_SQL = """
    WITH me AS (SELECT pg_current_xact_id_if_assigned() AS xid),
    mine AS (SELECT c.seq FROM agreements_listchange c, me WHERE c.xid = me.xid)
    SELECT pg_current_snapshot()::text, (SELECT xid FROM me)::text,
           (SELECT max(seq) FROM mine), (SELECT count(*) FROM mine),
           (SELECT count(*) FROM mine WHERE seq <= %s)
"""
_CHANGED_SQL = """
    WITH me AS (SELECT pg_current_xact_id_if_assigned() AS xid),
    mine AS (SELECT c.seq FROM agreements_listchange c, me WHERE c.xid = me.xid)
    SELECT pg_current_snapshot()::text, (SELECT xid FROM me)::text,
           (SELECT max(seq) FROM mine), (SELECT count(*) FROM mine),
           (SELECT count(*) FROM mine WHERE seq <= %s),
           ARRAY(SELECT DISTINCT c.agreement_id FROM agreements_listchange c
                  WHERE (c.xid >= pg_snapshot_xmin(%s::pg_snapshot)
                         AND NOT pg_visible_in_snapshot(c.xid, %s::pg_snapshot)
                         AND c.xid IS DISTINCT FROM (SELECT xid FROM me))
                     OR (c.xid = (SELECT xid FROM me) AND c.seq > %s)
                  LIMIT %s)
"""


@dataclass
class Window:
    snapshot: str
    ids: list[int]
    # Each row's sort key (``sort_key``), None when the order cannot be compared here.
    keys: list[tuple] | None
    # All matches are in ``ids`` (the query had fewer rows than were read).
    complete: bool
    # The rank of rows by the search words (the ranked candidates), when ranked.
    ranks: dict[int, float] = field(default_factory=dict)
    # Read by a transaction that had written (its id; its newest log row and how many it had
    # written by then): valid for that transaction only, while none of it was rolled back.
    writer: str | None = None
    writer_seq: int = 0
    writer_rows: int = 0


def order_fields(matches: QuerySet) -> list[tuple[str, bool]] | None:
    """[(column, descending)] of the list's order, if Python can compare it as the database
    does (dates and numbers, ending with the id); else None."""
    query = matches.query
    ordering = list(query.order_by) or list(matches.model._meta.ordering)
    if query.extra_order_by or not ordering:
        return None
    fields = []
    for item in ordering:
        if not isinstance(item, str):
            return None
        name, descending = item.removeprefix("-"), item.startswith("-")
        name = matches.model._meta.pk.name if name == "pk" else name
        try:
            model_field = matches.model._meta.get_field(name)
        except Exception:
            return None
        if not isinstance(model_field, COMPARABLE_FIELDS) or model_field.is_relation:
            return None
        fields.append((model_field.attname, descending))
    if fields[-1][0] != matches.model._meta.pk.attname:
        return None  # without the id last, ties have no order to keep
    return fields


def _number(value) -> float:
    if isinstance(value, datetime.date):
        return value.toordinal()
    return float(value)


def sort_key(values: tuple, fields: list[tuple[str, bool]]) -> tuple:
    """PostgreSQL's order as a tuple: ascending puts NULL last, descending first."""
    key = []
    for value, (_name, descending) in zip(values, fields, strict=True):
        if value is None:
            key.append((0, 0) if descending else (1, 0))
        else:
            number = _number(value)
            key.append((1, -number) if descending else (0, number))
    return tuple(key)


def _read(matches: QuerySet, fields, cap: int) -> tuple[list[int], list[tuple] | None]:
    if fields is None:
        return list(matches.values_list("pk", flat=True)[:cap]), None
    rows = list(matches.values_list("pk", *(name for name, _d in fields))[:cap])
    return [row[0] for row in rows], [sort_key(row[1:], fields) for row in rows]


def _patch(window: Window, matches: QuerySet, fields, changed: set[int], cap: int, limit: int):
    """The window with the ``changed`` agreements checked again, or None to read it anew."""
    if window.keys is None:
        return None
    rows = matches.filter(pk__in=changed).values_list("pk", *(name for name, _d in fields))
    fresh = [(sort_key(row[1:], fields), row[0]) for row in rows]
    last = window.keys[-1] if window.keys else None
    merged = [(k, pk) for k, pk in zip(window.keys, window.ids, strict=True) if pk not in changed]
    for key, pk in fresh:
        # Beyond the window's last row, a row may have others before it that were never read.
        if window.complete or key < last:
            bisect.insort(merged, (key, pk))
    complete = window.complete
    if not complete and len(merged) < limit + 1:
        return None  # the rows after the window might now be within the limit
    if len(merged) > cap:
        merged, complete = merged[:cap], False
    ranks = {pk: rank for pk, rank in window.ranks.items() if pk not in changed}
    return Window(
        snapshot=window.snapshot,
        ids=[pk for _k, pk in merged],
        keys=[k for k, _pk in merged],
        complete=complete,
        ranks=ranks,
    )


def window_of(
    matches: QuerySet,
    *,
    limit: int,
    ranked_by: str = "",
    rank: Callable[[list[int]], dict[int, float]] | None = None,
    candidates: int = 0,
) -> Window:
    """The window of ``matches`` (its first ``limit`` + 1 + MARGIN ids), current; with
    ``rank``, the ranks of its first ``candidates`` rows by ``ranked_by`` too (``rank`` is
    asked only for rows it has not ranked yet: a row's rank depends on that row alone)."""
    cap = limit + 1 + MARGIN
    sql, params = matches.query.sql_with_params()
    key = cache_key(
        "list_window",
        (cap, ranked_by, candidates, sql, tuple(str(p) for p in params)),
        timezone.localdate().isoformat(),
    )
    try:
        stored = cache.get(key)
    except Exception:
        logger.warning("list cache unavailable", exc_info=True)
        stored = None
    changed = None
    with connection.cursor() as cursor:
        if stored is None:
            cursor.execute(_STATE_SQL, [0])
            snapshot, writer, writer_seq, writer_rows, _rows_then = cursor.fetchone()
        else:
            cursor.execute(
                _CHANGED_SQL,
                [
                    stored.writer_seq,
                    stored.snapshot,
                    stored.snapshot,
                    stored.writer_seq,
                    MAX_CHANGED + 1,
                ],
            )
            snapshot, writer, writer_seq, writer_rows, rows_then, changed_ids = cursor.fetchone()
            # Another transaction's entry may show writes it rolled back; this one's, writes
            # rolled back to a savepoint since.
            if stored.writer is None or (
                stored.writer == writer and rows_then == stored.writer_rows
            ):
                changed = set(changed_ids)
    if changed is not None and not changed:
        return stored
    fields = order_fields(matches)
    window = None
    if changed is not None and None not in changed and len(changed) <= MAX_CHANGED:
        window = _patch(stored, matches, fields, changed, cap, limit)
    if window is None:
        ids, keys = _read(matches, fields, cap)
        window = Window(snapshot=snapshot, ids=ids, keys=keys, complete=len(ids) < cap)
    window.snapshot = snapshot
    window.writer, window.writer_seq, window.writer_rows = writer, writer_seq or 0, writer_rows
    if rank is not None:
        wanted = window.ids[:candidates]
        missing = [pk for pk in wanted if pk not in window.ranks]
        ranks = {pk: window.ranks[pk] for pk in wanted if pk in window.ranks}
        window.ranks = ranks | (rank(missing) if missing else {})
    try:
        cache.set(key, window, TIMEOUT_SECONDS)
    except Exception:
        logger.warning("list cache unavailable; window not stored", exc_info=True)
    return window
