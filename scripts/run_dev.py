"""`make run`: the whole application on one machine, stopped cleanly by Ctrl-C.

Starts the embedded PostgreSQL and Redis (unless DATABASE_URL / CELERY_BROKER_URL point at
servers), migrates, loads reference and demo data, makes sure a development admin exists,
then runs the web server, a Celery worker and Celery beat until Ctrl-C or until one of them
dies; then it stops all three and the embedded servers, and leaves nothing behind.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.chdir(BASE_DIR)

from cooperation import embedded  # noqa: E402

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
logger = logging.getLogger("run_dev")
MANAGE = [sys.executable, str(BASE_DIR / "manage.py")]
BIN = Path(sys.executable).parent
ADDRESS = os.environ.get("RUN_ADDRESS", "127.0.0.1:8000")


def manage(*args: str) -> None:
    subprocess.run([*MANAGE, *args], check=True)


def start(name: str, command: list[str]) -> subprocess.Popen:
    logger.info("starting %s", name)
    # Own session: the terminal's Ctrl-C reaches only this script, which stops children in order.
    return subprocess.Popen(command, start_new_session=True)


def stop(processes: dict[str, subprocess.Popen]) -> None:
    for name, process in processes.items():
        if process.poll() is None:
            logger.info("stopping %s", name)
            os.killpg(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + 20
    for name, process in processes.items():
        try:
            process.wait(timeout=max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            logger.warning("%s did not stop in time; killing it", name)
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def main() -> int:
    embedded_db = not os.environ.get("DATABASE_URL")
    embedded_broker = not os.environ.get("CELERY_BROKER_URL")
    # Children find the servers running and leave them to us.
    os.environ["EMBEDDED_KEEP_RUNNING"] = "1"
    # Development only: the worker may fetch the demo feed this web server serves on loopback.
    os.environ.setdefault("INGEST_ALLOWED_PRIVATE_HOSTS", ADDRESS.rsplit(":", 1)[0])
    processes: dict[str, subprocess.Popen] = {}
    stopping = False

    def on_signal(signum, _frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    exit_code = 0
    try:
        if embedded_db:
            embedded.ensure_postgres()
        if embedded_broker:
            embedded.ensure_redis()
        manage("migrate", "--noinput", "--verbosity", "1")
        manage("create_dev_admin", "--address", ADDRESS)
        manage("load_demo_data")
        manage("load_demo_source", "--url", f"http://{ADDRESS}/demo-feed/rss.xml")
        processes["web"] = start("web server", [*MANAGE, "runserver", ADDRESS])
        processes["worker"] = start(
            "Celery worker",
            [
                str(BIN / "celery"),
                "-A",
                "cooperation",
                "worker",
                "--loglevel",
                "INFO",
                "--concurrency",
                "2",
            ],
        )
        processes["beat"] = start(
            "Celery beat",
            [
                str(BIN / "celery"),
                "-A",
                "cooperation",
                "beat",
                "--loglevel",
                "INFO",
                "--pidfile",
                "",
            ],
        )
        logger.info("running on http://%s/ — press Ctrl-C to stop", ADDRESS)
        while not stopping:
            dead = [name for name, process in processes.items() if process.poll() is not None]
            if dead:
                logger.error("%s stopped unexpectedly; shutting down", ", ".join(dead))
                exit_code = 1
                break
            time.sleep(0.5)
    except subprocess.CalledProcessError as error:
        logger.error("set-up step failed: %s", error)
        exit_code = 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        stop(processes)
        if embedded_broker:
            embedded.stop_redis()
        if embedded_db:
            embedded.stop_postgres()
        logger.info("stopped")
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
