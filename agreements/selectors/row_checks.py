"""A condition written two ways: for a whole list, and for a few rows checked again.

A list's window (``list_ids``) is patched by checking the few agreements a write changed
against the list's query. A search word's names (OPDs, organisations, regions) are one
hashed set of agreement ids when a whole list is read: built once, probed per row. Checking
two rows against it still built the whole set (0.15-0.3 s for a common word at a million
agreements). ``EitherForm`` holds both forms, resolved against the same query, and compiles
to the per-row form (EXISTS probes by agreement) while ``few_rows()`` is active. The SQL of
the list itself, and with it the window's cache key, is the whole-list form.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import BooleanField, Expression

_FEW_ROWS: ContextVar[bool] = ContextVar("few_rows", default=False)


@contextmanager
def few_rows() -> Iterator[None]:
    """Queries compiled inside read a few rows: conditions take their per-row form."""
    token = _FEW_ROWS.set(True)
    try:
        yield
    finally:
        _FEW_ROWS.reset(token)


class EitherForm(Expression):
    """``whole`` (for a list) or ``per_row`` (for a few rows): two equivalent conditions."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, whole, per_row):
        super().__init__()
        self.whole, self.per_row = whole, per_row

    def get_source_expressions(self):
        return [self.whole, self.per_row]

    def set_source_expressions(self, exprs):
        self.whole, self.per_row = exprs

    def as_sql(self, compiler, connection):
        return compiler.compile(self.per_row if _FEW_ROWS.get() else self.whole)
