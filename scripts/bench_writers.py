"""Concurrent write throughput of agreements (the summary triggers run in each transaction).

    DATABASE_URL=... .venv/bin/python scripts/bench_writers.py --writers 4 --agreements 25

Each writer is a thread with its own connection that creates agreements (two province
parties, one scope item with two sectors) in one transaction each, then moves each to two
other provinces and another end year in a second one, on shared keys: the same provinces,
signing years and end dates, half the writers naming the provinces in the other order.
Prints agreements per second and the number of failed transactions (deadlocks). The
agreements it made are deleted at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")

import django

django.setup()

from django.db import OperationalError, connection, transaction  # noqa: E402

from agreements.models import Agreement  # noqa: E402
from agreements.services.agreements import (  # noqa: E402
    PartySpec,
    ScopeItemSpec,
    agreement_create,
    agreement_regions_set,
)

logger = logging.getLogger(__name__)
TITLE = "Uji tulis serentak"
PROVINCES = ["15", "32", "33", "51"]


def write(writer: int, count: int, failures: list[str]) -> None:
    provinces = PROVINCES if writer % 2 == 0 else PROVINCES[::-1]
    try:
        for number in range(count):
            try:
                with transaction.atomic():
                    agreement = agreement_create(
                        title=f"{TITLE} {writer}-{number}",
                        parties=[PartySpec(province_code=code) for code in provinces[:2]],
                        signed_on=dt.date(2021 + number % 2, 3, 1),
                        expires_on=dt.date(2026, 3, 1),
                        scope_items=[
                            ScopeItemSpec("Promosi", sector_codes=("pariwisata", "pertanian"))
                        ],
                    )
                # Then moved to the other two provinces and another end year: its old keys
                # out, new ones in, in a second transaction.
                with transaction.atomic():
                    agreement_regions_set(agreement=agreement, region_codes=provinces[2:])
                    Agreement.objects.filter(pk=agreement.pk).update(
                        expires_on=dt.date(2027 + writer % 2, 6, 30)
                    )
            except OperationalError as error:
                failures.append(str(error).splitlines()[0])
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--agreements", type=int, default=25, help="per writer")
    args = parser.parse_args()
    failures: list[str] = []
    threads = [
        threading.Thread(target=write, args=(writer, args.agreements, failures))
        for writer in range(args.writers)
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    made = Agreement.objects.filter(title__startswith=TITLE)
    written = made.count()
    sys.stdout.write(
        f"{args.writers} writers x {args.agreements} agreements: {written} written in "
        f"{elapsed:.1f} s = {written / elapsed:.1f} agreements/s; "
        f"{len(failures)} failed ({', '.join(sorted(set(failures))) or 'none'})\n"
    )
    made.delete()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
