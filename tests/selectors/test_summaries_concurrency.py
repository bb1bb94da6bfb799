"""Concurrent writers on the same summary keys: no deadlock, no lost count.

The summary triggers update ``SummaryCount`` rows inside each writing transaction, so two
writers of agreements of the same province and year wait for each other's row, and writers
that reached shared rows in different orders would deadlock. Each writer here has its own
connection and commits for real (a transactional test), on overlapping keys, with the
parties listed in opposite orders.
"""

import datetime as dt
import threading

import pytest
from django.db import connection, transaction

from agreements.models import Agreement, SummaryCount
from agreements.selectors import aggregates, summaries
from agreements.services.agreements import (
    PartySpec,
    ScopeItemSpec,
    agreement_create,
    agreement_regions_set,
)
from agreements.services.summaries import summaries_rebuild

pytestmark = pytest.mark.django_db(transaction=True)

WRITERS = 4
AGREEMENTS_PER_WRITER = 6
PROVINCES = ["15", "32", "33", "51"]


def summary_rows() -> set[tuple]:
    """The non-zero summary rows (a key whose agreements all moved away keeps a zero row)."""
    return set(
        SummaryCount.objects.exclude(n=0).values_list(
            "measure", "a", "b", "y1", "y2", "d1", "d2", "n"
        )
    )


def write_agreements(writer: int) -> None:
    # Writers 0 and 2 name the provinces in one order, 1 and 3 in the other; all sign in
    # the same two years and end on the same days, so they share most keys.
    provinces = PROVINCES if writer % 2 == 0 else PROVINCES[::-1]
    for number in range(AGREEMENTS_PER_WRITER):
        with transaction.atomic():
            agreement = agreement_create(
                title=f"Kerja Sama Uji {writer}-{number}",
                parties=[PartySpec(province_code=code) for code in provinces[:2]],
                signed_on=dt.date(2021 + number % 2, 3, 1),
                expires_on=dt.date(2026, 3, 1),
                scope_items=[ScopeItemSpec("Promosi", sector_codes=("pariwisata", "pertanian"))],
            )
        # A second transaction moves the agreement to the other two provinces and another
        # end year: it takes its old keys out and puts new ones in.
        with transaction.atomic():
            agreement_regions_set(agreement=agreement, region_codes=provinces[2:])
            Agreement.objects.filter(pk=agreement.pk).update(
                expires_on=dt.date(2027 + writer % 2, 6, 30)
            )


def test_concurrent_writers_on_shared_keys_neither_deadlock_nor_lose_counts(reference_data):
    errors: list[BaseException] = []
    start = threading.Barrier(WRITERS)

    def run(writer: int) -> None:
        try:
            start.wait(timeout=30)
            write_agreements(writer)
        except BaseException as error:  # a deadlock arrives here as OperationalError
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(writer,)) for writer in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)

    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert Agreement.objects.count() == WRITERS * AGREEMENTS_PER_WRITER
    kept_by_triggers = summary_rows()
    summaries_rebuild()
    assert kept_by_triggers == summary_rows()
    # And a direct count: every agreement ends in the last two provinces of its writer.
    counted = summaries.province_counts()
    assert counted == aggregates.province_counts(Agreement.objects.filter(pk__gt=0))
    assert sum(row["count"] for row in counted) == 2 * WRITERS * AGREEMENTS_PER_WRITER
