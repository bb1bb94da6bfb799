from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from agreements.demo.synthetic import generate_demo_data


class Command(BaseCommand):
    help = "Insert a realistic synthetic data set of agreements (bulk inserts, with progress)."

    def add_arguments(self, parser):
        parser.add_argument("--agreements", type=int, default=1000, help="how many (default 1000)")
        parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")

    def handle(self, *args, agreements, seed, **options):
        if agreements < 1:
            raise CommandError("--agreements must be at least 1")
        with tqdm(total=agreements, unit="agreement", disable=options["verbosity"] == 0) as bar:
            created = generate_demo_data(agreements=agreements, seed=seed, progress=bar.update)
        self.stdout.write(self.style.SUCCESS(f"Created {created} demo agreements (seed {seed})."))
