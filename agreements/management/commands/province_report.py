"""Write the periodic report of one province (or all) for a semester or a year to a file."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from agreements.services.reports import report_build


class Command(BaseCommand):
    help = "Write the periodic report (XLSX or PDF) of a province for a semester or a year."

    def add_arguments(self, parser):
        parser.add_argument("--province", help="Kemendagri code (15 = Jambi); omit for all")
        parser.add_argument("--period", required=True, help="YYYY-S1, YYYY-S2 or YYYY")
        parser.add_argument("--format", required=True, choices=["xlsx", "pdf"], dest="fmt")
        parser.add_argument("--output", required=True, help="path of the file to write")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE, choices=["id", "en"])

    def handle(self, *args, province=None, period, fmt, output, language, **options):
        try:
            data = report_build(province_code=province, period=period, fmt=fmt, language=language)
        except ValueError as error:
            raise CommandError(str(error)) from None
        Path(output).write_bytes(data)
        self.stdout.write(f"{output}: {len(data)} bytes")
