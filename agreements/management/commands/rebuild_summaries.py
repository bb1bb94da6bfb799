"""Count the dashboard's summary tables again from the agreements (idempotent)."""

from django.core.management.base import BaseCommand

from agreements.services.summaries import summaries_rebuild


class Command(BaseCommand):
    help = "Rebuild the summary tables of the dashboard's counts from the agreements."

    def handle(self, *args, **options):
        rows = summaries_rebuild()
        self.stdout.write(f"{rows} summary rows")
