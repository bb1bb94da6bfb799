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
view, or when the order cannot be compared in Python (a text column, an expression, a
timestamp) and the window is large: a small one is patched by the database instead (its ids
and the changed ones, ordered by the list's own query). A window may keep the whole rows of
its first ids (``rows``): a write reads again only the rows of the agreements it touched.

A reader inside a transaction that has written sees its own writes; its entry names that
transaction and is read again by any other (it may show writes that were rolled back).
"""

from __future__ import annotations

import bisect
import datetime
import logging
import math
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection, models
from django.db.models import QuerySet
from django.utils import timezone

from agreements.selectors.cache import TIMEOUT_SECONDS, cache_key
from agreements.selectors.row_checks import few_rows

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
    """Ids and sort columns as arrays: a window of 10,101 rows is read from the cache on
    every page view, and unpickling as many tuples of tuples took longer than the query."""

    snapshot: str
    ids: array
    # The order's columns as numbers (NaN for NULL), None when Python cannot compare them.
    columns: list[array] | None
    # All matches are in ``ids`` (the query had fewer rows than were read).
    complete: bool
    # The rank of rows by the search words (the ranked candidates), when ranked.
    ranks: dict[int, float] = field(default_factory=dict)
    # The whole rows of its first ids, for a short list that shows them (``rows``).
    rows: dict[int, object] = field(default_factory=dict)
    # Read by a transaction that had written (its id; its newest log row and how many it had
    # written by then): valid for that transaction only, while none of it was rolled back.
    writer: str | None = None
    writer_seq: int = 0
    writer_rows: int = 0

    def kept_rows(self, count: int) -> list:
        """The kept rows (``rows``) of its first ``count`` ids, in order."""
        return [self.rows[pk] for pk in self.ids[:count] if pk in self.rows]


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
        # A generated column (the end date) compares as what it stores.
        stored = getattr(model_field, "output_field", model_field)
        # A timestamp is a DateField too, but its day alone does not order it.
        if isinstance(stored, models.DateTimeField):
            return None
        if not isinstance(stored, COMPARABLE_FIELDS) or model_field.is_relation:
            return None
        fields.append((model_field.attname, descending))
    if fields[-1][0] != matches.model._meta.pk.attname:
        return None  # without the id last, ties have no order to keep
    return fields


def _number(value) -> float:
    if value is None:
        return math.nan
    if isinstance(value, datetime.date):
        return value.toordinal()
    return float(value)


def _key(numbers, fields) -> tuple:
    key = []
    for number, (_name, descending) in zip(numbers, fields, strict=True):
        if math.isnan(number):
            key.append((0, 0) if descending else (1, 0))
        else:
            key.append((1, -number) if descending else (0, number))
    return tuple(key)


def sort_key(values: tuple, fields: list[tuple[str, bool]]) -> tuple:
    """PostgreSQL's order as a tuple: ascending puts NULL last, descending first."""
    return _key([_number(value) for value in values], fields)


def _window(snapshot: str, rows, fields, *, complete: bool) -> Window:
    """A window of ``rows`` ((id, *order values) in order)."""
    columns = None
    if fields is not None:
        columns = [array("d", (_number(row[n + 1]) for row in rows)) for n in range(len(fields))]
    return Window(
        snapshot=snapshot,
        ids=array("q", (row[0] for row in rows)),
        columns=columns,
        complete=complete,
    )


def _read(matches: QuerySet, fields, cap: int, snapshot: str) -> Window:
    names = [name for name, _d in fields] if fields is not None else []
    rows = list(matches.values_list("pk", *names)[:cap])
    return _window(snapshot, rows, fields, complete=len(rows) < cap)


def _patch(window: Window, matches: QuerySet, fields, changed: set[int], cap: int, limit: int):
    """The window with the ``changed`` agreements checked again, or None to read it anew.

    The arrays are edited where the changed rows were and will be (found by bisection): a
    window of 10,101 rows rebuilt as tuples cost 10-15 ms of Python after every write."""
    if window.columns is None or fields is None:
        return None
    names = [name for name, _d in fields]
    with few_rows():  # the conditions' per-row form (``row_checks``)
        rows = list(matches.filter(pk__in=changed).values_list("pk", *names))
    ids = array("q", window.ids)
    columns = [array("d", column) for column in window.columns]
    last = _key([column[-1] for column in columns], fields) if ids else None
    for pk in changed & set(ids):
        at = ids.index(pk)
        del ids[at]
        for column in columns:
            del column[at]
    for row in rows:
        key = sort_key(row[1:], fields)
        # Beyond the window's last row, a row may have others before it that were never read.
        if not (window.complete or key < last):
            continue
        at = bisect.bisect_left(
            range(len(ids)), key, key=lambda n: _key([column[n] for column in columns], fields)
        )
        ids.insert(at, row[0])
        for column, value in zip(columns, row[1:], strict=True):
            column.insert(at, _number(value))
    complete = window.complete
    if not complete and len(ids) < limit + 1:
        return None  # the rows after the window might now be within the limit
    if len(ids) > cap:
        del ids[cap:]
        for column in columns:
            del column[cap:]
        complete = False
    patched = Window(snapshot=window.snapshot, ids=ids, columns=columns, complete=complete)
    patched.ranks = {pk: rank for pk, rank in window.ranks.items() if pk not in changed}
    patched.rows = {pk: row for pk, row in window.rows.items() if pk not in changed}
    return patched


# A window this small whose order Python cannot compare (an expression, a timestamp) is
# patched by the database: its ids and the changed ones, ordered by the list's own query.
SMALL_WINDOW = 1000


def _patch_in_database(window: Window, matches: QuerySet, changed: set[int], cap: int, limit):
    if len(window.ids) > SMALL_WINDOW:
        return None
    unchanged = set(window.ids) - changed
    with few_rows():
        ids = list(matches.filter(pk__in=unchanged | changed).values_list("pk", flat=True)[:cap])
    if not window.complete:
        # Rows never read rank after every unchanged one: a changed row that now ranks after
        # the last of those may have such rows before it.
        kept = [n for n, pk in enumerate(ids) if pk in unchanged]
        ids = ids[: kept[-1] + 1] if kept else []
        if len(ids) < limit + 1:
            return None
    patched = Window(
        snapshot=window.snapshot,
        ids=array("q", ids),
        columns=None,
        complete=window.complete and len(ids) < cap,
    )
    patched.rows = {pk: row for pk, row in window.rows.items() if pk not in changed}
    return patched


def changes_since(snapshot: str | None) -> tuple[str, bool, list | None]:
    """The database snapshot now, whether this transaction has written, and the agreements
    the log shows changed since ``snapshot`` by other transactions (at most MAX_CHANGED + 1;
    ``None`` among them when the log says "any list"), or None without a snapshot."""
    with connection.cursor() as cursor:
        if snapshot is None:
            cursor.execute(_STATE_SQL, [0])
            now, writer, *_rest = cursor.fetchone()
            return now, writer is not None, None
        cursor.execute(_CHANGED_SQL, [0, snapshot, snapshot, 0, MAX_CHANGED + 1])
        now, writer, _seq, _rows, _then, changed = cursor.fetchone()
    return now, writer is not None, changed


# ``rows=OWN_ROWS``: the rows are ``matches``' own (a list whose queryset is its rows').
OWN_ROWS = "own rows"


def window_of(
    matches: QuerySet,
    *,
    limit: int,
    ranked_by: str = "",
    rank: Callable[[list[int]], dict[int, float]] | None = None,
    candidates: int = 0,
    rows: Callable[[], QuerySet] | str | None = None,
    rows_count: int | None = None,
) -> Window:
    """The window of ``matches`` (its first ``limit`` + 1 + MARGIN ids), current; with
    ``rank``, the ranks of its first ``candidates`` rows by ``ranked_by`` too (``rank`` is
    asked only for rows it has not ranked yet: a row's rank depends on that row alone); with
    ``rows`` (a function giving a queryset of whole rows; named in the cache key, and called
    only when rows are wanted: building it costs more than the rest; or ``OWN_ROWS``), the
    rows of its first ``rows_count`` (else ``limit``) ids too, read only when they are new or
    changed since they were read."""
    cap = limit + 1 + MARGIN
    sql, params = matches.query.sql_with_params()
    rows_key = ""
    if rows is not None:
        rows_key = rows if rows == OWN_ROWS else f"{rows.__module__}.{rows.__qualname__}"
        rows_key += f":{rows_count or limit}"
    if "<lambda>" in rows_key:
        raise ValueError("rows must be a named function: its name is its cache key")
    key = cache_key(
        "list_window",
        (cap, ranked_by, candidates, sql, tuple(str(p) for p in params), rows_key),
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
        if fields is None or stored.columns is None:
            window = _patch_in_database(stored, matches, changed, cap, limit)
        else:
            window = _patch(stored, matches, fields, changed, cap, limit)
    if window is None:
        window = _read(matches, fields, cap, snapshot)
    window.snapshot = snapshot
    window.writer, window.writer_seq, window.writer_rows = writer, writer_seq or 0, writer_rows
    if rank is not None:
        wanted = window.ids[:candidates]
        missing = [pk for pk in wanted if pk not in window.ranks]
        ranks = {pk: window.ranks[pk] for pk in wanted if pk in window.ranks}
        window.ranks = ranks | (rank(missing) if missing else {})
    if rows is not None:
        wanted = list(window.ids[: rows_count or limit])
        missing = [pk for pk in wanted if pk not in window.rows]
        if missing:
            source = matches if rows == OWN_ROWS else rows()
            found = window.rows | source.in_bulk(missing)
        else:
            found = window.rows
        window.rows = {pk: found[pk] for pk in wanted if pk in found}
    try:
        cache.set(key, window, TIMEOUT_SECONDS)
    except Exception:
        logger.warning("list cache unavailable; window not stored", exc_info=True)
    return window
