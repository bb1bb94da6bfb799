"""`make bench`: server time and queries per page, warm and cold, as ratios to a trivial view,
and throughput under wrk, at 1,000, 100,000 and 1,000,000 agreements.

Scale mode (``--scale 1k|100k|1m``, repeatable; `make bench` runs all three): each scale has
a database of its own on the server of DATABASE_URL (or the embedded one), named
``<prefix><scale>`` (``--db-prefix``, default ``coop_bench_``: coop_bench_1k, coop_bench_100k,
coop_bench_1m). A missing database is created and migrated, and generated when it holds fewer
agreements, so each data set is generated once and kept. Each scale runs in a process of its
own against its database, as the single mode below, and the tables are printed at the end.

Single mode (``--agreements N``): the database of DATABASE_URL, generated up to N when short.

Each page is requested through the full middleware stack (Django's test client, logged in).
Warm: the median of a few requests after a warm-up. Cold: the median of first requests after
one write (an agreement saved again, which changes the data fingerprint), which is what users
see when ingestion or staff write every minute. Both are divided by a trivial view timed in
the same run: on a loaded machine read the ratios, not the milliseconds. The plans (EXPLAIN
(ANALYZE, BUFFERS)) of the three slowest queries go to var/bench/plans-<N>.txt; every page's
queries are also planned (EXPLAIN) and a sequential scan on a large table is reported (not
failed). Then wrk measures requests per second (scripts/bench_wrk.py). The markdown goes to
var/bench/pages-<N>.md.

usage: scripts/bench_pages.py [--scale 1m ...] [--agreements N] [--repeat 7] [--wrk-seconds 10]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(BASE_DIR / "scripts"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import DatabaseError, connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import include, path  # noqa: E402

SCALES = {"1k": 1_000, "100k": 100_000, "1m": 1_000_000}
#: A table with at least this many rows (the planner's estimate) is large: no page may read
#: it with a sequential scan.
LARGE_TABLE_ROWS = 50_000
OUT = BASE_DIR / "var" / "bench"


def trivial(request):
    return HttpResponse("ok")


urlpatterns = [path("__trivial__/", trivial), path("", include("cooperation.urls"))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", action="append", choices=[*SCALES, "all"])
    parser.add_argument("--db-prefix", default="coop_bench_")
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--wrk-seconds", type=int, default=10, help="0: no wrk")
    args = parser.parse_args()
    if args.scale:
        scales = list(SCALES) if "all" in args.scale else args.scale
        return run_scales(scales, args)
    return run_one(args)


def _server_url(database: str) -> str:
    db = settings.DATABASES["default"]
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    host = db.get("HOST") or "127.0.0.1"
    if host.startswith("/"):  # a Unix socket (the embedded server)
        return f"postgres://{auth}@/{database}?host={host}&port={db.get('PORT') or 5432}"
    return f"postgres://{auth}@{host}:{db.get('PORT') or 5432}/{database}"


def _database_ensure(name: str) -> None:
    """Create the database on the server when missing (through the server's own "postgres"
    database: the one DATABASE_URL names need not exist)."""
    import psycopg2

    db = settings.DATABASES["default"]
    server = psycopg2.connect(
        dbname="postgres",
        user=db["USER"],
        password=db.get("PASSWORD") or None,
        host=db.get("HOST") or "127.0.0.1",
        port=db.get("PORT") or 5432,
    )
    server.autocommit = True
    try:
        with server.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                print(f"creating database {name}", flush=True)
                cursor.execute(f'CREATE DATABASE "{name}"')
    finally:
        server.close()


def run_scales(scales: list[str], args) -> int:
    tables = []
    for scale in scales:
        name = args.db_prefix + scale
        _database_ensure(name)
        print(f"\n== {scale}: database {name}", flush=True)
        env = {**os.environ, "DATABASE_URL": _server_url(name)}
        command = [
            sys.executable, __file__, "--agreements", str(SCALES[scale]),
            "--repeat", str(args.repeat), "--wrk-seconds", str(args.wrk_seconds),
        ]  # fmt: skip
        subprocess.run(command, env=env, check=True)
        tables.append(f"### {SCALES[scale]:,} agreements ({name})\n\n" + _read(scale))
    print("\n\n" + "\n\n".join(tables))
    return 0


def _read(scale: str) -> str:
    return (OUT / f"pages-{SCALES[scale]}.md").read_text()


def _load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def run_one(args) -> int:
    from django.core.management import call_command

    from agreements.demo.seed import seed_agreement_create
    from agreements.demo.synthetic import generate_demo_data
    from agreements.models import Agreement

    if settings.CELERY_EMBEDDED_BROKER:
        # The cache is the embedded Redis: without it every page would be measured uncached.
        from cooperation import embedded

        embedded.ensure_redis()
    call_command("migrate", interactive=False, verbosity=0)
    existing = Agreement.objects.count()
    generation = ""
    if existing < args.agreements:
        print(f"generating {args.agreements - existing} agreements…", flush=True)
        start, load = time.perf_counter(), _load_average()
        seed_agreement_create()
        generate_demo_data(agreements=args.agreements - existing, seed=42)
        generation = (
            f"generated {args.agreements - existing:,} agreements in "
            f"{time.perf_counter() - start:.0f} s (load average before: {load})"
        )
        print(generation, flush=True)
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
        "/agreements/?q=pariwisata+bali",
        "/agreements/?page=2000",
        "/agreements/?sector=kehutanan&year_from=2020&sort=-signed_on",
        f"/agreements/{seed.pk}/",
        "/articles/",
        "/admin/agreements/agreement/",
        "/admin/agreements/agreement/?q=pariwisata",
        "/admin/agreements/agreement/?q=ab",
    ]
    from agreements.selectors.cache import cache_clear

    cache_clear()
    slowest: list[tuple[float, str]] = []
    failed: set[str] = set()
    seen_sql: dict[str, set[str]] = {}

    def timed(url: str) -> tuple[float, int]:
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            try:
                response = client.get(url)
            except DatabaseError as error:
                # A statement timeout: the page fails for its users; show it, go on.
                print(f"{url}: {type(error).__name__}: {str(error).strip()}", flush=True)
                failed.add(url)
                return math.nan, len(captured)
            elapsed = time.perf_counter() - start
        assert response.status_code == 200, (url, response.status_code)
        for query in captured.captured_queries:
            slowest.append((float(query["time"]), query["sql"]))
            seen_sql.setdefault(url, set()).add(query["sql"])
        slowest.sort(reverse=True)
        del slowest[10:]
        return elapsed, len(captured)

    load_before = _load_average()
    rows = []
    for url in pages:
        timed(url)  # warm-up: caches, first compilation of templates
        warm = [timed(url) for _ in range(args.repeat)]
        cold = []
        for _ in range(max(3, args.repeat // 2)):
            seed.save()  # one write: a history row, so every cached aggregate is cold
            cold.append(timed(url))
        rows.append(
            (
                url,
                _median(warm) * 1000,
                _median(cold) * 1000,
                warm[-1][1],
                cold[-1][1],
            )
        )

    baseline = min(rows[0][1], rows[0][2])
    OUT.mkdir(parents=True, exist_ok=True)
    lines = [
        f"{total:,} agreements; median of {args.repeat} warm and "
        f"{max(3, args.repeat // 2)} cold requests; trivial view {baseline:.1f} ms; "
        f"load average {load_before} before the pages, {_load_average()} after",
        "",
        "| page | warm x trivial | cold x trivial | queries warm/cold |",
        "| --- | --- | --- | --- |",
    ]
    for url, warm_ms, cold_ms, warm_q, cold_q in rows:
        warm_x, cold_x = (_ratio(ms, baseline) for ms in (warm_ms, cold_ms))
        lines.append(f"| `{url}` | {warm_x} | {cold_x} | {warm_q}/{cold_q} |")
    if failed:
        lines += ["", "Failed (a database error, e.g. the statement timeout): " + ", ".join(
            f"`{url}`" for url in sorted(failed))]  # fmt: skip
    if generation:
        lines += ["", generation]
    lines += ["", _sequential_scans(seen_sql)]
    print("\n".join(lines), flush=True)
    _slowest_plans(slowest, args.agreements)

    if args.wrk_seconds:
        import bench_wrk
        from bench_wrk import gunicorn_options, table, throughput

        print("wrk…", flush=True)
        cookies = [_cookie(user) for _ in range(bench_wrk.CONCURRENCY)]
        result = throughput(cookies, secret_key=settings.SECRET_KEY, seconds=args.wrk_seconds)
        workers = gunicorn_options()[1]
        lines += ["", result if isinstance(result, str) else table(result, workers)]
        lines[-1] += f"\n\nload average after wrk: {_load_average()}"
    table_text = "\n".join(lines)
    print("\n" + table_text)
    (OUT / f"pages-{args.agreements}.md").write_text(table_text + "\n")
    return 0


def _median(timings: list[tuple[float, int]]) -> float:
    seconds = [t for t, _queries in timings]
    return math.nan if any(math.isnan(t) for t in seconds) else statistics.median(seconds)


def _ratio(milliseconds: float, baseline: float) -> str:
    """A median over requests of which any failed is NaN: "failed", not a number."""
    return "failed" if math.isnan(milliseconds) else f"{milliseconds / baseline:.1f}"


def _cookie(user) -> str:
    """A session of its own for ``user``, as a Cookie header's value."""
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def _sequential_scans(seen_sql: dict[str, set[str]]) -> str:
    """Each page's SELECTs planned (EXPLAIN, no ANALYZE): sequential scans on large tables."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, reltuples::bigint FROM pg_class WHERE relkind = 'r'"
            " AND reltuples >= %s",
            [LARGE_TABLE_ROWS],
        )
        large = dict(cursor.fetchall())
        found: dict[str, set[str]] = {}
        for url, statements in seen_sql.items():
            for sql in sorted(statements):
                if not sql.lstrip().upper().startswith("SELECT"):
                    continue
                cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
                plan = cursor.fetchone()[0]
                plan = json.loads(plan) if isinstance(plan, str) else plan
                for relation in _seq_scanned(plan[0]["Plan"]):
                    if relation in large:
                        found.setdefault(url, set()).add(relation)
    if not large:
        return f"No table holds {LARGE_TABLE_ROWS:,} rows or more: no sequential scan to check."
    if not found:
        return f"No page's plan reads a large table (≥ {LARGE_TABLE_ROWS:,} rows) sequentially."
    lines = [
        f"Sequential scans on large tables (≥ {LARGE_TABLE_ROWS:,} rows) in the pages' plans:",
        "",
        "| page | tables |",
        "| --- | --- |",
    ]
    for url, relations in found.items():
        names = ", ".join(f"{name} ({large[name]:,})" for name in sorted(relations))
        lines.append(f"| `{url}` | {names} |")
    return "\n".join(lines)


def _seq_scanned(node: dict):
    if node.get("Node Type") == "Seq Scan":
        yield node.get("Relation Name")
    for child in node.get("Plans", []):
        yield from _seq_scanned(child)


def _slowest_plans(slowest: list[tuple[float, str]], agreements: int) -> None:
    plans = []
    seen = set()
    with connection.cursor() as cursor:
        for _seconds, sql in slowest:
            if sql in seen or not sql.lstrip().upper().startswith("SELECT") or len(plans) == 3:
                continue
            seen.add(sql)
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            plans.append(sql + "\n\n" + "\n".join(row[0] for row in cursor.fetchall()))
    (OUT / f"plans-{agreements}.txt").write_text("\n\n----\n\n".join(plans) + "\n")
    print(f"\nplans of the three slowest queries: {OUT / f'plans-{agreements}.txt'}")


if __name__ == "__main__":
    sys.exit(main())
