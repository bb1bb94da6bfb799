"""Rebuild of the summary tables (``agreements.models.summaries``) from the agreements.

The triggers keep the tables current on every write; a rebuild is for after a restore or a
bulk load that bypassed them, and as a repair. It is idempotent: it empties both tables and
counts everything again in one transaction (a few seconds per 100,000 agreements; readers
wait for it, they never see half of it).
"""

from __future__ import annotations

from contextlib import contextmanager

from django.db import connection, transaction

from agreements.models import SummaryCount


@transaction.atomic
def summaries_rebuild() -> int:
    """Count every agreement again; return the number of summary rows."""
    with connection.cursor() as cursor:
        # About a minute at a million agreements, beyond a page's statement timeout.
        cursor.execute("SET LOCAL statement_timeout = 0")
        cursor.execute("SELECT agreements_summary_rebuild()")
    return SummaryCount.objects.count()


@contextmanager
def summaries_deferred():
    """For a bulk load, inside its transaction: the triggers leave the counts alone until the
    block ends, and the loader calls ``summaries_rebuild()`` when it is done (counting each
    batch again for every table it writes costs more than counting everything once)."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL agreements.summaries = 'deferred'")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL agreements.summaries = ''")


# The lists keep their cached ids a day at most (``cache.TIMEOUT_SECONDS``); a log row is
# needed while an entry whose snapshot predates it may still be read, so two days are kept.
LIST_CHANGES_KEPT_HOURS = 48


def list_changes_prune(*, kept_hours: int = LIST_CHANGES_KEPT_HOURS) -> int:
    """Delete the lists' change log rows older than ``kept_hours``; return how many."""
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM agreements_listchange WHERE at < now() - make_interval(hours => %s)",
            [kept_hours],
        )
        return cursor.rowcount
