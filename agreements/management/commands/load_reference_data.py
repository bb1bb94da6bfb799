from django.core.management.base import BaseCommand

from agreements.models import Province, Sector
from agreements.reference import load_reference_data


class Command(BaseCommand):
    help = "Create or update the provinces and sectors from agreements/data/ (idempotent)."

    def handle(self, *args, **options):
        provinces, sectors = load_reference_data(Province, Sector)
        self.stdout.write(f"{provinces} provinces, {sectors} sectors.")
