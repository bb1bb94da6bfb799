"""A large load without index upkeep: secondary indexes and foreign keys off, then rebuilt.

Keeping a dozen indexes (three of them GIN) and the per-row foreign-key triggers current while
a million agreements arrive costs more than the load itself: every row updates each index in
random order, and the deferred foreign-key checks of a transaction queue up in the server's
memory. So a large load runs in ONE transaction that drops the secondary indexes and the
foreign keys of the tables it fills, loads, then creates the indexes again (one sorted build
each) and adds the foreign keys again (one validating join each). Names and definitions are
read from the catalogue, so the schema ends exactly as the migrations left it; an interrupted
load rolls back to the database as it was. Primary keys and unique constraints stay.

While it runs, the tables are locked against other writers and readers: this is for loading
a demo or benchmark database, not one in use.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.db import connection, transaction

# Indexes of the given tables that no primary-key, unique or exclusion constraint owns.
_INDEXES = """
SELECT index.indexrelid::regclass::text, pg_get_indexdef(index.indexrelid)
FROM pg_index AS index
WHERE index.indrelid = ANY(%s::regclass[])
  AND NOT EXISTS (
    SELECT 1 FROM pg_constraint AS owner
    WHERE owner.conindid = index.indexrelid AND owner.conrelid = index.indrelid
      AND owner.contype IN ('p', 'u', 'x'))
ORDER BY 1
"""
_FOREIGN_KEYS = """
SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)
FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(%s::regclass[])
ORDER BY 1, 2
"""


_held: set[str] = set()


def holds(table: str) -> bool:
    """Whether a large load holds ``table`` (locked by its dropped indexes) right now."""
    return table in _held


@contextmanager
def indexes_rebuilt_after(tables: list[str]):
    """Run the body in one transaction with the tables' secondary indexes and foreign keys
    dropped; create them again before it commits."""
    with transaction.atomic(), connection.cursor() as cursor:
        # Checks still pending from earlier in an enclosing transaction (the OPD pool, say)
        # run now: a table with pending trigger events cannot be altered.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"LOCK TABLE {', '.join(tables)} IN EXCLUSIVE MODE")
        cursor.execute(_INDEXES, [tables])
        indexes = cursor.fetchall()
        cursor.execute(_FOREIGN_KEYS, [tables])
        foreign_keys = cursor.fetchall()
        for table, name, _definition in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")
        _held.update(tables)
        try:
            yield
        finally:
            _held.difference_update(tables)
        # One sort per index; GIN builds use maintenance_work_mem too.
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for _name, definition in indexes:
            cursor.execute(definition)
        for table, name, definition in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # as Django declares them
