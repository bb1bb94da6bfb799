from django.core.management.base import BaseCommand

from agreements.models import Province, Sector
from agreements.reference import load_reference_data
from agreements.services.agreements import opd_standard_units_ensure


class Command(BaseCommand):
    help = (
        "Create or update the provinces and sectors from agreements/data/, and the OPDs every "
        "province has (idempotent)."
    )

    def handle(self, *args, **options):
        provinces, sectors = load_reference_data(Province, Sector)
        opds = opd_standard_units_ensure()
        self.stdout.write(f"{provinces} provinces, {sectors} sectors, {opds} standard OPDs added.")
