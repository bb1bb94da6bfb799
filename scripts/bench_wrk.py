"""Throughput for `make bench`: wrk at concurrency 8 against gunicorn configured as the
image runs it (workers, timeout and max-requests read from the Dockerfile's CMD, which
docker-compose.yml's web service uses), with production settings (DEBUG off, HTTPS behind a
proxy that sets X-Forwarded-Proto), logged in by a session cookie.

Each URL gets a short warm-up, then ``seconds`` of wrk; the result is requests per second
and its ratio to the trivial view's, measured in the same run.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
URLS = ["/__trivial__/", "/agreements/", "/"]
CONCURRENCY = 8


def gunicorn_options() -> list[str]:
    """--workers, --timeout and --max-requests(-jitter) of the image's CMD."""
    command = (BASE_DIR / "Dockerfile").read_text()
    options = []
    for name, default in (
        ("workers", "3"),
        ("timeout", "60"),
        ("max-requests", "1000"),
        ("max-requests-jitter", "100"),
    ):
        found = re.search(rf'"--{name}",\s*"(\d+)"', command)
        options += [f"--{name}", found.group(1) if found else default]
    return options


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, cookie: str) -> int:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    # Only the bench's own http://127.0.0.1 address.
    request = urllib.request.Request(  # noqa: S310
        url, headers={"Cookie": cookie, "X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=120) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _wrk(url: str, script: Path, seconds: int) -> dict:
    output = subprocess.run(
        [
            shutil.which("wrk") or "wrk", "-t2", f"-c{CONCURRENCY}", f"-d{seconds}s",
            "--timeout", "60s", "--latency", "-s", str(script),
            "-H", "X-Forwarded-Proto: https", url,
        ],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rate = re.search(r"Requests/sec:\s*([\d.]+)", output)
    bad = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", output)
    errors = re.search(r"Socket errors:.*timeout (\d+)", output)
    median = re.search(r"50%\s+([\d.]+\w+)", output)
    return {
        "rps": float(rate.group(1)) if rate else 0.0,
        "non_2xx": int(bad.group(1)) if bad else 0,
        "timeouts": int(errors.group(1)) if errors else 0,
        "median": median.group(1) if median else "?",
    }


def _cookie_script(cookies: list[str]) -> Path:
    """A wrk script that sends the sessions' cookies in turn: one session for every
    connection, as many users would (a session is saved on every request)."""
    script = BASE_DIR / "var" / "bench" / "wrk-sessions.lua"
    script.parent.mkdir(parents=True, exist_ok=True)
    quoted = ", ".join(f'"{cookie}"' for cookie in cookies)
    script.write_text(
        f"local cookies = {{{quoted}}}\n"
        "local counter = 0\n"
        "request = function()\n"
        "  counter = counter + 1\n"
        '  wrk.headers["Cookie"] = cookies[counter % #cookies + 1]\n'
        "  return wrk.format()\n"
        "end\n"
    )
    return script


def throughput(
    cookies: list[str], *, secret_key: str, seconds: int = 10
) -> list[tuple[str, dict]] | str:
    """Requests/s per URL, or why it could not be measured. ``cookies``: logged-in sessions
    signed with ``secret_key``."""
    if not shutil.which("wrk"):
        return "wrk is not installed (make /usr/bin/wrk, or apt-get install wrk)"
    static = BASE_DIR / "var" / "bench" / "static"
    script = _cookie_script(cookies)
    cookie = cookies[0]
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": "127.0.0.1",
        "USE_X_FORWARDED_PROTO": "true",
        "STATIC_ROOT": str(static),
        "LOG_LEVEL": "WARNING",
    }
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=BASE_DIR, env=env, check=True,
    )  # fmt: skip
    port = _free_port()
    gunicorn = Path(python).with_name("gunicorn")
    server = subprocess.Popen(
        [
            str(gunicorn), "bench_wsgi:application", "--pythonpath", str(BASE_DIR / "scripts"),
            "--bind", f"127.0.0.1:{port}", *gunicorn_options(),
        ],
        cwd=BASE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _attempt in range(120):
            try:
                if _get(base + URLS[0], cookie) == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None:
                return "gunicorn did not start: " + (server.stderr.read() or "")[-2000:]
            time.sleep(0.5)
        results = []
        for url in URLS:
            status = _get(base + url, cookie)
            if status != 200:
                return f"{url} answered {status} under gunicorn"
            _wrk(base + url, script, 2)  # warm-up: every worker's caches and templates
            results.append((url, _wrk(base + url, script, seconds)))
        return results
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def table(results: list[tuple[str, dict]], workers: str) -> str:
    trivial = results[0][1]["rps"] or 1.0
    lines = [
        f"wrk, {CONCURRENCY} connections, gunicorn --workers {workers} (as the image runs it):",
        "",
        "| page | requests/s | ratio to trivial | median latency | non-2xx, timeouts |",
        "| --- | --- | --- | --- | --- |",
    ]
    for url, result in results:
        if not result["rps"]:
            # wrk counts finished requests only: a page slower than the run shows none.
            lines.append(f"| `{url}` | 0 (none finished during the run) | - | - | - |")
            continue
        lines.append(
            f"| `{url}` | {result['rps']:.1f} | 1/{trivial / result['rps']:.1f} |"
            f" {result['median']} | {result['non_2xx']}, {result['timeouts']} |"
        )
    return "\n".join(lines)
