"""`make bench`: server time and queries per page, warm and cold, as ratios to a trivial view.

Each page is requested through the full middleware stack (Django's test client, logged in).
Warm: the median of a few requests after a warm-up. Cold: the median of first requests
after one write (an agreement saved again, which changes the data fingerprint), which is
what users see when ingestion or staff write every minute. Both are divided by a trivial
view timed in the same run: on a loaded machine read the ratios, not the milliseconds.
The plans (EXPLAIN (ANALYZE, BUFFERS)) of the three slowest queries seen are written to
var/bench/plans-<N>.txt and the table to var/bench/pages-<N>.md.

The data set is generated first when the database holds fewer agreements; use one database
per scale (e.g. DATABASE_URL=.../coop_bench_1m) so each is generated once and kept.

usage: scripts/bench_pages.py [--agreements 100000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import include, path  # noqa: E402


def trivial(request):
    return HttpResponse("ok")


urlpatterns = [path("__trivial__/", trivial), path("", include("cooperation.urls"))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from agreements.demo.seed import seed_agreement_create
    from agreements.demo.synthetic import generate_demo_data
    from agreements.models import Agreement

    existing = Agreement.objects.count()
    if existing < args.agreements:
        print(f"generating {args.agreements - existing} agreements…", flush=True)
        seed_agreement_create()
        generate_demo_data(agreements=args.agreements - existing, seed=42)
    seed = seed_agreement_create()
    total = Agreement.objects.count()

    settings.ROOT_URLCONF = __name__
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    user, _created = get_user_model().objects.get_or_create(
        username="bench-pages", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client()
    client.force_login(user)

    pages = [
        "/__trivial__/",
        "/",
        "/map/",
        "/network/",
        "/provinces/32/",
        "/provinces/15/32/",
        "/sectors/pariwisata/",
        "/agreements/",
        "/agreements/?province=32&status=active",
        "/agreements/?q=pariwisata",
        "/agreements/?page=2000",
        "/agreements/?sector=kehutanan&year_from=2020&sort=-signed_on",
        f"/agreements/{seed.pk}/",
        "/articles/",
        "/admin/agreements/agreement/",
    ]
    from agreements.selectors.cache import cache_clear

    cache_clear()
    slowest: list[tuple[float, str]] = []

    def timed(url: str) -> tuple[float, int]:
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            elapsed = time.perf_counter() - start
        assert response.status_code == 200, (url, response.status_code)
        for query in captured.captured_queries:
            slowest.append((float(query["time"]), query["sql"]))
        slowest.sort(reverse=True)
        del slowest[10:]
        return elapsed, len(captured)

    rows = []
    for url in pages:
        client.get(url)  # warm-up: caches, first compilation of templates
        warm = [timed(url) for _ in range(args.repeat)]
        cold = []
        for _ in range(max(3, args.repeat // 2)):
            seed.save()  # one write: a history row, so every cached aggregate is cold
            cold.append(timed(url))
        rows.append(
            (
                url,
                statistics.median(t for t, _q in warm) * 1000,
                statistics.median(t for t, _q in cold) * 1000,
                warm[-1][1],
                cold[-1][1],
            )
        )

    baseline = min(rows[0][1], rows[0][2])
    out = BASE_DIR / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    lines = [
        f"{total:,} agreements; median of {args.repeat} warm and "
        f"{max(3, args.repeat // 2)} cold requests; trivial view {baseline:.1f} ms",
        "",
        "| page | warm x trivial | cold x trivial | queries warm/cold |",
        "| --- | --- | --- | --- |",
    ]
    for url, warm_ms, cold_ms, warm_q, cold_q in rows:
        lines.append(
            f"| `{url}` | {warm_ms / baseline:.1f} | {cold_ms / baseline:.1f} | {warm_q}/{cold_q} |"
        )
    table = "\n".join(lines)
    print("\n" + table)
    (out / f"pages-{total}.md").write_text(table + "\n")
    plans = []
    seen = set()
    with connection.cursor() as cursor:
        for _seconds, sql in slowest:
            if sql in seen or not sql.lstrip().upper().startswith("SELECT") or len(plans) == 3:
                continue
            seen.add(sql)
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            plans.append(sql + "\n\n" + "\n".join(row[0] for row in cursor.fetchall()))
    (out / f"plans-{total}.txt").write_text("\n\n----\n\n".join(plans) + "\n")
    print(f"\nplans of the three slowest queries: {out / f'plans-{total}.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
