"""The embedded default: real PostgreSQL and Redis under var/, started on demand, and a
crashed run that leaves nothing blocking the next one. Each scenario runs in a child
process with its own EMBEDDED_VAR_DIR, as a one-off ./manage.py command would."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture
def var_dir():
    """A folder of its own outside pytest's basetemp: the servers run as another user, and a
    second pytest session starting meanwhile makes /tmp/pytest-of-<user> private again."""
    path = Path(tempfile.mkdtemp(prefix="coop-embedded-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def run(var_dir: Path, code: str, **env) -> str:
    environment = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CELERY_BROKER_URL"}
    }
    # Logs go to stdout: keep it for the values the scenario prints.
    environment |= {
        "EMBEDDED_VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "cooperation.settings",
        "LOG_LEVEL": "WARNING",
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def gone(pid: int, timeout: float = 10.0) -> bool:
    """Servers finish exiting a moment after their stop command returns."""
    deadline = time.monotonic() + timeout
    while pid_alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_one_off_command_starts_both_servers_and_stops_them_on_exit(var_dir):
    output = run(
        var_dir,
        """
        import django, redis
        django.setup()
        from django.db import connection
        from cooperation import embedded
        with connection.cursor() as cursor:
            cursor.execute("SELECT cfgname FROM pg_ts_config WHERE cfgname = 'indonesian'")
            print(cursor.fetchone()[0])
            cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
            print(cursor.fetchone()[0])
        embedded.ensure_redis()
        print(redis.Redis(unix_socket_path=str(embedded.redis_socket())).ping())
        print((embedded.PGDATA / "postmaster.pid").read_text().split()[0])
        print(embedded._redis_pid_file().read_text().split()[0])
        """,
    )
    config, trgm, pong, postgres_pid, redis_pid = output.split()
    assert (config, trgm, pong) == ("indonesian", "1", "True")
    assert gone(int(postgres_pid)), "PostgreSQL left running"
    assert gone(int(redis_pid)), "Redis left running"
    # Data stays under var/ for the next run.
    assert (var_dir / "postgres" / "PG_VERSION").exists()


def test_servers_killed_mid_run_are_replaced_on_the_next_start(var_dir):
    keep = {"EMBEDDED_KEEP_RUNNING": "1"}
    code = """
        from cooperation import embedded
        embedded.ensure_postgres(); embedded.ensure_redis()
        print((embedded.PGDATA / "postmaster.pid").read_text().split()[0])
        print(embedded._redis_pid_file().read_text().split()[0])
        """
    first_pg, first_redis = map(int, run(var_dir, code, **keep).split())
    # A crash: both servers die without cleaning up their pid files and sockets.
    os.kill(first_pg, signal.SIGKILL)
    os.kill(first_redis, signal.SIGKILL)
    assert gone(first_pg) and gone(first_redis)
    second_pg, second_redis = map(int, run(var_dir, code, **keep).split())
    assert (second_pg, second_redis) != (first_pg, first_redis)
    assert pid_alive(second_pg) and pid_alive(second_redis)
    run(var_dir, "from cooperation import embedded; embedded.stop_services()")
    assert gone(second_pg) and gone(second_redis)
