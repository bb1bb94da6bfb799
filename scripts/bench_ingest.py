"""`make bench-ingest`: articles per second through the whole ingestion pipeline.

A loopback server serves generated article pages (invented text, see ``article_pages.py``:
portal-shaped pages by default, ``--pages lean`` for the bare story) and a feed listing them.
One real Celery worker (prefork, ``--concurrency`` pool processes, by default one per core)
on a throw-away database and its own Redis database ingests them all: fetch, parse, dedupe,
extract, store, propose. The worker runs with DEBUG off, as in production (DEBUG makes
Django keep every SQL statement it runs).

Each round compares the pipeline with a plain loop of ``trafilatura.extract`` over the same
pages, run just before on one process per core (target: at least half as fast); the median
round is the result. Each round also splits the machine's CPU time per article between the
worker, everything else and idle cores. The worker's memory is read at the end (target: at
most 300 MB per process).

    .venv/bin/python scripts/bench_ingest.py [--articles 1000] [--rounds 3] [--concurrency N]
        [--pages portal|lean]
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

from article_pages import PAGES

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.chdir(BASE_DIR)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")
os.environ["INGEST_ALLOWED_PRIVATE_HOSTS"] = "127.0.0.1"

logging.basicConfig(level=logging.INFO, format="%(message)s")
logger = logging.getLogger("bench_ingest")


def serve(pages: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes; with Nagle on, a kept-alive connection
        # waits for the client's delayed ACK (~40 ms) before the body. Real servers do not.
        disable_nagle_algorithm = True

        def log_message(self, *args):
            pass

        def do_GET(self):
            body = pages.get(self.path)
            status = 200 if body is not None else 404
            body = body or b"not found"
            kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html"
            self.send_response(status)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):
            # A pool process replaced after its task quota drops its kept-alive connection.
            if not isinstance(sys.exc_info()[1], ConnectionError):
                super().handle_error(request, client_address)

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def rss_of(links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Kesepakatan {n}</title><link>{link}</link></item>"
        for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Uji</title>'
        f"<link>{links[0]}</link>{items}</channel></rss>"
    ).encode()


def _extract_all(bodies: list[bytes]) -> int:
    import trafilatura

    for body in bodies:
        trafilatura.extract(body)
    return len(bodies)


def baseline_rate(bodies: list[bytes], processes: int) -> float:
    """Pages per second of a plain ``trafilatura.extract`` loop on ``processes`` processes."""
    if processes <= 1:
        started = time.perf_counter()
        _extract_all(bodies)
        return len(bodies) / (time.perf_counter() - started)
    shares = [bodies[n::processes] for n in range(processes)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pool.map(_extract_all, [share[:5] for share in shares])  # imports, outside the timing
        started = time.perf_counter()
        pool.map(_extract_all, shares)
        return len(bodies) / (time.perf_counter() - started)


def rss_megabytes(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cpu_seconds(pid: int, *, reaped: bool = False) -> float:
    """User plus system CPU time of a process (and of its reaped children, if asked)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = int(fields[11]) + int(fields[12])
    if reaped:
        ticks += int(fields[13]) + int(fields[14])
    return ticks / os.sysconf("SC_CLK_TCK")


def machine_cpu_seconds() -> tuple[float, float]:
    """(busy, idle) CPU seconds of the whole machine, all cores, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]  # idle and iowait
    return (sum(values[:8]) - idle) / os.sysconf("SC_CLK_TCK"), idle / os.sysconf("SC_CLK_TCK")


def worker_cpu_seconds(pid: int) -> float:
    return cpu_seconds(pid, reaped=True) + sum(cpu_seconds(child) for child in children(pid))


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                found.append(int(entry.name))
    return found


@dataclass
class Round:
    loop: float  # pages/s of the plain loop on as many processes as the worker has
    pipeline: float  # articles/s through the worker
    worker_ms: float  # CPU per article: the worker (main and pool processes)
    other_ms: float  # CPU per article: everything else on the machine
    idle_ms: float  # idle core time per article

    @property
    def ratio(self) -> float:
        return self.pipeline / self.loop


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000, help="articles per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--pages", choices=sorted(PAGES), default="portal")
    args = parser.parse_args()
    count, rounds = args.articles, max(1, args.rounds)
    concurrency = max(1, args.concurrency)
    # The plain loop gets every core of the machine, whatever the worker's pool size.
    cores = os.cpu_count() or 1

    import django

    django.setup()
    import trafilatura
    from django.conf import settings
    from django.db import connection

    # Every round has pages of its own (new URLs, new text), so nothing is a duplicate.
    make_page = PAGES[args.pages]
    pages: dict[str, bytes] = {}
    server = serve(pages)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    bodies: list[list[bytes]] = []
    for round_no in range(rounds):
        paths = [f"/r{round_no}/artikel/{n}" for n in range(count)]
        for n, path in enumerate(paths):
            pages[path] = make_page(round_no * count + n)
        bodies.append([pages[path] for path in paths])
        pages[f"/r{round_no}/rss.xml"] = rss_of([base + path for path in paths])
        if len(pages[f"/r{round_no}/rss.xml"]) > settings.INGEST_MAX_FEED_BYTES:
            logger.error("feed too large for %d articles", count)
            return 1
    size = sum(len(body) for body in bodies[0]) / count / 1024
    logger.info(
        "%d rounds of %d %s pages (%.0f KB each on average)", rounds, count, args.pages, size
    )

    trafilatura.extract(bodies[0][0])  # imports, outside the timing
    single = baseline_rate(bodies[0], 1)
    logger.info("trafilatura.extract loop, 1 process: %.1f pages/s", single)

    # A throw-away database, so the benchmark never touches real data (named after the
    # configured one, so colleagues benchmarking on other databases do not collide).
    connection.settings_dict["TEST"]["NAME"] = f"bench_ingest_{connection.settings_dict['NAME']}"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    broker = _bench_broker_url(settings.CELERY_BROKER_URL)
    worker = None
    try:
        import redis

        from agreements.ingest.politeness import _redis_py_url

        redis.Redis.from_url(_redis_py_url(broker)).flushdb()
        from agreements.models import Article
        from agreements.services import sources

        settings.INGEST_REDIS_URL = broker
        params = connection.get_connection_params()
        host = quote(str(params.get("host") or "127.0.0.1"), safe="")
        database_url = (
            f"postgres://{quote(params.get('user') or 'postgres')}"
            + (f":{quote(params['password'])}" if params.get("password") else "")
            + f"@{host}:{params.get('port') or 5432}/{connection.settings_dict['NAME']}"
        )
        env = {
            **os.environ,
            "DATABASE_URL": database_url,
            "CELERY_BROKER_URL": broker,
            "INGEST_REDIS_URL": broker,
            "INGEST_DEFAULT_POLITENESS_SECONDS": "0",
            "LOG_LEVEL": "WARNING",
            # As in production: with DEBUG, Django records every query of the worker.
            "DEBUG": "false",
            "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        }
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "cooperation",
                "worker",
                "--concurrency",
                str(concurrency),
                "--loglevel",
                "WARNING",
                "-n",
                "bench@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            env=env,
            start_new_session=True,
        )
        time.sleep(3)  # worker start-up is not part of the figure
        from cooperation.celery import app

        app.conf.broker_write_url = broker
        app._pool = None
        app.amqp._producer_pool = None
        from agreements.tasks import ingest_source

        # The plain loop and the pipeline take turns, round after round: this machine's
        # speed drifts by a fifth from one minute to the next, and a ratio of two figures
        # measured minutes apart would mostly measure that drift.
        results: list[Round] = []
        for round_no in range(rounds):
            loop = baseline_rate(bodies[round_no], cores)
            source = sources.source_create(
                name=f"bench {round_no}",
                url=f"{base}/r{round_no}/rss.xml",
                politeness_seconds=0,
                max_items_per_run=count,
            )
            articles = Article.objects.filter(source=source)
            cpu_before = (worker_cpu_seconds(worker.pid), *machine_cpu_seconds())
            started = time.perf_counter()
            ingest_source.delay(source.pk, trigger="bench")
            deadline = time.monotonic() + 1800
            while articles.count() < count and time.monotonic() < deadline:
                if worker.poll() is not None:
                    logger.error("worker died")
                    return 1
                time.sleep(0.2)
            elapsed = time.perf_counter() - started
            cpu_after = (worker_cpu_seconds(worker.pid), *machine_cpu_seconds())
            done = articles.count()
            if done < count:
                logger.error("round %d: only %d of %d articles arrived", round_no + 1, done, count)
                return 1
            worker_ms, busy_ms, idle_ms = (
                (after - before) * 1000 / done
                for before, after in zip(cpu_before, cpu_after, strict=True)
            )
            result = Round(loop, done / elapsed, worker_ms, busy_ms - worker_ms, idle_ms)
            results.append(result)
            logger.info(
                "round %d: loop %.1f pages/s, pipeline %.1f articles/s, ratio %.2f; CPU per "
                "article: worker %.1f ms, everything else (PostgreSQL, Redis, the page server) "
                "%.1f ms, cores idle %.1f ms",
                round_no + 1,
                result.loop,
                result.pipeline,
                result.ratio,
                result.worker_ms,
                result.other_ms,
                result.idle_ms,
            )
        middle = sorted(results, key=lambda r: r.ratio)[len(results) // 2]
        total = Article.objects.count()
        main_mb = rss_megabytes(worker.pid)
        child_mb = max((rss_megabytes(pid) for pid in children(worker.pid)), default=0.0)
        logger.info(
            "median round: trafilatura.extract loop on %d process(es) %.1f pages/s, pipeline "
            "(fetch+parse+dedupe+extract+store, 1 worker, %d pool processes) %.1f articles/s: "
            "ratio %.2f (target >= 0.5)",
            cores,
            middle.loop,
            concurrency,
            middle.pipeline,
            middle.ratio,
        )
        logger.info(
            "worker memory after %d articles: main %.0f MB, largest pool process %.0f MB "
            "(target <= 300 MB)",
            total,
            main_mb,
            child_mb,
        )
        ok = middle.ratio >= 0.5 and max(main_mb, child_mb) <= 300
        logger.info("RESULT: %s", "OK" if ok else "BELOW TARGET")
        return 0 if ok else 1
    finally:
        if worker is not None and worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            try:
                worker.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
        connection.creation.destroy_test_db(old_name, verbosity=0)
        server.shutdown()


def _bench_broker_url(url: str) -> str:
    """Redis database 14: never the application's queue."""
    from urllib.parse import urlsplit, urlunsplit

    if url.startswith("redis+socket://"):
        from cooperation import embedded

        embedded.ensure_redis()
        return url.split("?", 1)[0] + "?virtual_host=14"
    return urlunsplit(urlsplit(url)._replace(path="/14"))


if __name__ == "__main__":
    sys.exit(main())
