import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, connections

from agreements.backup import (
    DEFAULT_TIMEOUT_SECONDS,
    BackupError,
    database_restore,
    dump_file_check,
)
from agreements.selectors.cache import cache_clear


class Command(BaseCommand):
    help = (
        "Replace the contents of the database with a dump made by backup_database. "
        "All or nothing: on any error the database stays as it was. Stop the web and worker "
        "processes first: their open transactions make the restore wait."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="custom-format dump to restore")
        parser.add_argument(
            "--yes", action="store_true", help="restore without asking for confirmation"
        )
        parser.add_argument(
            "--timeout",
            type=int,
            default=DEFAULT_TIMEOUT_SECONDS,
            help=f"seconds before pg_restore is stopped (default {DEFAULT_TIMEOUT_SECONDS})",
        )

    def handle(self, *args, path, yes, timeout, **options):
        try:
            dump_file_check(path=path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if not yes:
            self._confirm(path)
        try:
            # Starts the embedded server when there is one (its socket is the host).
            connection.ensure_connection()
        except DatabaseError as error:
            raise CommandError(f"Cannot connect to the database: {error}") from error
        params = connection.get_connection_params()
        server_version = connection.pg_version
        # Our own open connection (and its locks) would make pg_restore's DROPs wait.
        connections.close_all()
        try:
            database_restore(
                params=params, dump=path, server_version=server_version, timeout=timeout
            )
        except BackupError as error:
            raise CommandError(
                f"Restore failed, the database was left unchanged: {error}"
            ) from error
        # Cached aggregates describe the data before the restore.
        cache_clear()
        self.stdout.write(self.style.SUCCESS(f"Restored {path} into database {self._target()}."))
        # The dump carries its own django_migrations rows; newer code needs its migrations again.
        self.stdout.write("If the code is newer than the dump, run ./manage.py migrate now.")

    def _target(self) -> str:
        settings_dict = connection.settings_dict
        host = settings_dict.get("HOST") or "the embedded server"
        return f"'{settings_dict['NAME']}' on {host}"

    def _confirm(self, path: Path) -> None:
        if sys.stdin is None or not sys.stdin.isatty():
            raise CommandError(
                "Refusing to restore without confirmation: standard input is not a terminal. "
                "Pass --yes to restore non-interactively."
            )
        question = (
            f"This replaces everything in database {self._target()} with {path}.\n"
            "Type 'yes' to continue: "
        )
        try:
            answer = input(question)
        except (EOFError, KeyboardInterrupt):
            answer = ""
        if answer.strip().lower() != "yes":
            raise CommandError("Restore cancelled; nothing was changed.")
