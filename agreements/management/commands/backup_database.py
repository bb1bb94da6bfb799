from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection
from django.utils import timezone

from agreements.backup import (
    DEFAULT_TIMEOUT_SECONDS,
    BackupError,
    backup_path_default,
    database_dump,
)


class Command(BaseCommand):
    help = (
        "Write a PostgreSQL custom-format dump of the database (restore it with "
        "restore_database). Uploaded documents under MEDIA_ROOT are not included."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            help="dump file to write (default var/backups/cooperation-YYYYmmdd-HHMMSS.dump)",
        )
        parser.add_argument(
            "--timeout",
            type=int,
            default=DEFAULT_TIMEOUT_SECONDS,
            help=f"seconds before pg_dump is stopped (default {DEFAULT_TIMEOUT_SECONDS})",
        )

    def handle(self, *args, output, timeout, **options):
        if output is None:
            output = backup_path_default(base_dir=settings.BASE_DIR, now=timezone.localtime())
        try:
            # Starts the embedded server when there is one, and fails early on bad credentials.
            connection.ensure_connection()
        except DatabaseError as error:
            raise CommandError(f"Cannot connect to the database: {error}") from error
        try:
            size = database_dump(
                params=connection.get_connection_params(), output=output, timeout=timeout
            )
        except BackupError as error:
            raise CommandError(f"Backup failed: {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {output} ({_size_text(size)})."))


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    value, unit = size / 1024, "KiB"
    for larger in ("MiB", "GiB", "TiB"):
        if value < 1024:
            break
        value, unit = value / 1024, larger
    return f"{value:.1f} {unit}, {size:,} bytes"
