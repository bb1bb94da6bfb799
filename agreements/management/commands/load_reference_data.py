from django.core.management.base import BaseCommand

from agreements.models import Province, Regency, Sector
from agreements.reference import load_reference_data, load_regencies
from agreements.services.agreements import opd_standard_units_ensure


class Command(BaseCommand):
    help = (
        "Create or update the provinces, kabupaten/kota and sectors from agreements/data/, and "
        "the OPDs every province has (idempotent: re-run it after a pemekaran update of "
        "regencies.csv)."
    )

    def handle(self, *args, **options):
        provinces, sectors = load_reference_data(Province, Sector)
        new_regencies, regencies = load_regencies(Regency)
        opds = opd_standard_units_ensure()
        self.stdout.write(
            f"{provinces} provinces, {regencies} kabupaten/kota ({new_regencies} new), "
            f"{sectors} sectors, {opds} standard OPDs added."
        )
