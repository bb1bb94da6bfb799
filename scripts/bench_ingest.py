"""`make bench-ingest`: articles per second through the whole ingestion pipeline.

A loopback server serves N generated article pages (invented text) and a feed listing them.
One real Celery worker (prefork, ``--concurrency`` pool processes, 2 by default: one per core
of the reference machine) on a throw-away database and its own Redis database ingests them
all: fetch, parse, dedupe, extract, store, propose. The worker runs with DEBUG off, as in
production (DEBUG makes Django keep every SQL statement it runs).

The figure is compared with a plain loop of ``trafilatura.extract`` over the same pages, run
on as many processes as the worker has (target: at least half as fast); the one-process loop
is printed as well. The worker's memory is read after the run (target: at most 300 MB per
process).

    .venv/bin/python scripts/bench_ingest.py [--articles 1000] [--concurrency 2]
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


def rss_of(base: str, count: int) -> bytes:
    items = "".join(
        f"<item><title>Kesepakatan {n}</title><link>{base}/artikel/{n}</link></item>"
        for n in range(count)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Uji</title>'
        f"<link>{base}/</link>{items}</channel></rss>"
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--pages", choices=sorted(PAGES), default="portal")
    args = parser.parse_args()
    count = args.articles
    concurrency = max(1, args.concurrency)

    import django

    django.setup()
    import trafilatura
    from django.conf import settings
    from django.db import connection

    make_page = PAGES[args.pages]
    pages = {f"/artikel/{n}": make_page(n) for n in range(count)}
    server = serve(pages)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages["/rss.xml"] = rss_of(base, count)
    if len(pages["/rss.xml"]) > settings.INGEST_MAX_FEED_BYTES:
        logger.error("feed too large for %d articles", count)
        return 1

    bodies = [pages[f"/artikel/{n}"] for n in range(count)]
    trafilatura.extract(bodies[0])  # imports, outside the timing
    single = baseline_rate(bodies, 1)
    logger.info("trafilatura.extract loop, 1 process: %.1f pages/s", single)
    baseline = single
    if concurrency > 1:
        baseline = baseline_rate(bodies, concurrency)
        logger.info("trafilatura.extract loop, %d processes: %.1f pages/s", concurrency, baseline)

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
        from agreements import services_ingest
        from agreements.models import Article

        settings.INGEST_REDIS_URL = broker
        source = services_ingest.source_create(
            name="bench", url=f"{base}/rss.xml", politeness_seconds=0, max_items_per_run=count
        )
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

        started = time.perf_counter()
        ingest_source.delay(source.pk, trigger="bench")
        deadline = time.monotonic() + 1800
        while Article.objects.count() < count and time.monotonic() < deadline:
            if worker.poll() is not None:
                logger.error("worker died")
                return 1
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
        done = Article.objects.count()
        rate = done / elapsed
        main_mb = rss_megabytes(worker.pid)
        child_mb = max((rss_megabytes(pid) for pid in children(worker.pid)), default=0.0)
        logger.info(
            "pipeline (fetch+parse+dedupe+extract+store, 1 worker, %d pool processes): "
            "%d articles in %.1f s = %.1f articles/s",
            concurrency,
            done,
            elapsed,
            rate,
        )
        logger.info(
            "ratio to the trafilatura.extract loop on %d process(es): %.2f (target >= 0.5); "
            "to the 1-process loop: %.2f",
            concurrency,
            rate / baseline,
            rate / single,
        )
        logger.info(
            "worker memory after %d articles: main %.0f MB, largest pool process %.0f MB "
            "(target <= 300 MB)",
            done,
            main_mb,
            child_mb,
        )
        ok = done == count and rate >= baseline / 2 and max(main_mb, child_mb) <= 300
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
