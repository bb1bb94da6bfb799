"""End to end with a REAL Celery worker (subprocess) on REAL Redis and PostgreSQL.

The worker runs in another process, so these tests use transactional test cases (data is
committed where the worker can see it) and hand the worker the test database's name. The
broker is the tests' own Redis database number, flushed before each test, and the worker's
visibility timeout is short so a task of a killed worker comes back within seconds.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection

from agreements.models import Article, Candidate, IngestRun
from agreements.services import sources
from tests.ingest.conftest import TEST_REDIS_DB, redis_test_url
from tests.ingest.samples import serve_agreement_site
from tests.ingest.server import Route

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

BASE_DIR = Path(__file__).resolve().parents[2]
VISIBILITY_TIMEOUT = 8


def database_url() -> str:
    params = connection.get_connection_params()
    host = params.get("host") or "127.0.0.1"
    user = params.get("user") or "postgres"
    password = params.get("password")
    auth = quote(user) + (f":{quote(password)}" if password else "")
    port = params.get("port") or 5432
    name = connection.settings_dict["NAME"]
    return f"postgres://{auth}@{quote(str(host), safe='')}:{port}/{name}"


class Workers:
    def __init__(self, broker_url: str):
        self.broker_url = broker_url
        self.processes: list[subprocess.Popen] = []
        self.logs: list[Path] = []

    def start(self, name: str) -> subprocess.Popen:
        env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": self.broker_url,
            "INGEST_REDIS_URL": self.broker_url,
            "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT * 2),
            "CELERY_UNACKED_RESTORE_INTERVAL": "2",
            "INGEST_ALLOWED_PRIVATE_HOSTS": "127.0.0.1",
            "INGEST_DEFAULT_POLITENESS_SECONDS": "0",
            "INGEST_RETRY_BACKOFF_MAX": "2",
            "DATABASE_CONN_MAX_AGE": "0",
        }
        log = Path(tempfile.mkstemp(prefix=f"celery-{name}-", suffix=".log")[1])
        self.logs.append(log)
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "cooperation",
                "worker",
                "--loglevel",
                "INFO",
                "--concurrency",
                "2",
                "-n",
                f"{name}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen) -> None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def log_tail(self) -> str:
        return "\n".join(log.read_text(errors="replace")[-3000:] for log in self.logs)


@pytest.fixture
def broker(settings):
    """The test process publishes to the tests' Redis database, emptied first."""
    from agreements.ingest.politeness import RedisPoliteness
    from cooperation.celery import app

    url = redis_test_url(settings.CELERY_BROKER_URL)
    RedisPoliteness.from_url(url).client.flushdb()
    saved = (app.conf.broker_write_url, app.conf.broker_transport_options)
    _reset_pools(app)
    # broker_url itself prefers the CELERY_BROKER_URL environment variable; the write URL
    # (what publishers use) can be pointed elsewhere.
    app.conf.broker_write_url = url
    app.conf.broker_transport_options = {"visibility_timeout": VISIBILITY_TIMEOUT * 2}
    # Never publish test tasks to the real queue: ask the Redis client the publisher really
    # uses which database it selected (a Unix-socket URL carries it in its query).
    with app.producer_pool.connections.acquire() as connection:
        pool = connection.default_channel.client.connection_pool
        assert int(pool.connection_kwargs.get("db", 0)) == TEST_REDIS_DB
    settings.INGEST_REDIS_URL = url
    settings.INGEST_ALLOWED_PRIVATE_HOSTS = ["127.0.0.1"]
    yield url
    _reset_pools(app)
    app.conf.broker_write_url, app.conf.broker_transport_options = saved


def _reset_pools(app) -> None:
    """Connection and producer pools are cached with the broker URL they were made for."""
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def workers(broker):
    group = Workers(broker)
    yield group
    group.stop_all()


def wait_for(condition, *, timeout: float, workers: Workers, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    pytest.fail(f"timed out waiting for {what}\n--- worker logs ---\n{workers.log_tail()}")


def settled(counts, *, quiet_for: float = 4.0):
    """A condition that holds once counts() has not changed for `quiet_for` seconds."""
    state = {"value": None, "since": time.monotonic()}

    def check():
        value = counts()
        if value != state["value"]:
            state.update(value=value, since=time.monotonic())
            return False
        return time.monotonic() - state["since"] >= quiet_for

    return check


def make_source(url: str):
    return sources.source_create(
        name="Uji worker", url=url, politeness_seconds=0, max_items_per_run=100
    )


def test_feed_of_thirty_articles_end_to_end(server, workers):
    from agreements.tasks import ingest_source

    source = make_source(serve_agreement_site(server, 30))
    workers.start("one")
    ingest_source.delay(source.pk, trigger="test")
    wait_for(
        lambda: Candidate.objects.count() == 30, timeout=120, workers=workers, what="30 candidates"
    )
    assert Article.objects.filter(source=source).count() == 30
    run = IngestRun.objects.get(source=source)
    wait_for(
        lambda: IngestRun.objects.get(pk=run.pk).candidates == 30,
        timeout=20,
        workers=workers,
        what="run counters",
    )
    run.refresh_from_db()
    assert (run.status, run.discovered, run.new, run.failed, run.candidates) == (
        "ok",
        30,
        30,
        0,
        30,
    )


def test_replays_and_two_workers_create_nothing_twice(server, workers):
    from agreements.tasks import ingest_all_sources, ingest_source

    source = make_source(serve_agreement_site(server, 30))
    workers.start("one")
    workers.start("two")
    for _ in range(3):
        ingest_source.delay(source.pk, trigger="test")
    ingest_all_sources.delay()
    counts = lambda: (Article.objects.count(), Candidate.objects.count(), IngestRun.objects.count())  # noqa: E731
    wait_for(
        lambda: counts()[2] == 4 and counts()[0] == 30, timeout=150, workers=workers, what="4 runs"
    )
    wait_for(settled(counts), timeout=60, workers=workers, what="a quiet queue")
    assert counts() == (30, 30, 4)
    assert Article.objects.values("canonical_url").distinct().count() == 30
    runs = IngestRun.objects.all()
    assert sum(r.new for r in runs) == 30 and all(r.failed == 0 for r in runs)
    assert sum(r.new + r.duplicate for r in runs) == 4 * 30


def test_worker_killed_mid_article_ingests_it_exactly_once(server, workers):
    from agreements.tasks import ingest_article

    url = serve_agreement_site(server, 1)
    article_path = "/berita/kerja-sama-0"
    normal = server.routes[article_path]
    started = threading.Event()
    calls = []

    def respond(handler):
        calls.append(time.monotonic())
        if len(calls) == 1:
            started.set()
            # The first worker gets a page that dribbles: it is still reading when killed.
            return Route(body=normal.body, headers=normal.headers, byte_delay=0.05)
        return normal

    server.routes[article_path] = Route(dynamic=respond)
    source = make_source(url)
    first = workers.start("doomed")
    ingest_article.delay(url=server.url(article_path), source_id=source.pk)
    assert started.wait(60), workers.log_tail()
    workers.kill(first)
    assert not Article.objects.exists()
    workers.start("after-restart")
    wait_for(lambda: Article.objects.exists(), timeout=90, workers=workers, what="redelivery")
    wait_for(
        settled(lambda: (Article.objects.count(), len(calls))),
        timeout=30,
        workers=workers,
        what="quiet",
    )
    assert Article.objects.count() == 1 and Candidate.objects.count() == 1
    assert len(calls) >= 2
