from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from agreements.demo.documents import demo_documents_attach
from agreements.demo.follow_up import demo_follow_up_ensure, seed_follow_up_ensure
from agreements.demo.seed import seed_agreement_create
from agreements.demo.synthetic import DEMO_NOTE, generate_demo_data
from agreements.models import Agreement
from agreements.services.agreements import opd_standard_units_ensure
from agreements.services.publishing import agreements_publish


class Command(BaseCommand):
    help = (
        "Load the seed agreement (Jambi - Jawa Barat, 12 March 2020) with its predecessor, and "
        "a small synthetic data set unless one exists. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--synthetic", type=int, default=300, help="synthetic agreements to add (default 300)"
        )

    def handle(self, *args, synthetic, **options):
        # The units every province has, so the admin's OPD lists are complete from the start.
        opd_standard_units_ensure()
        author = get_user_model().objects.filter(is_superuser=True).order_by("id").first()
        agreement = seed_agreement_create(created_by=author)
        self.stdout.write(f"Seed agreement #{agreement.pk}: {agreement.title}")
        seed_follow_up_ensure(agreement, user=author)
        if synthetic and not Agreement.objects.filter(notes=DEMO_NOTE).exists():
            created = generate_demo_data(agreements=synthetic, seed=1)
            self.stdout.write(f"Added {created} synthetic demo agreements.")
            # The public portal shows published agreements only: the demo publishes the seed
            # and two in three of the others, so both sides of the difference can be seen.
            demo = Agreement.objects.filter(notes=DEMO_NOTE).only("pk")
            chosen = [agreement] + [row for row in demo if row.pk % 3]
            published = agreements_publish(agreements=chosen, user=author)
            self.stdout.write(f"Published {published} demo agreements on /publik/.")
        # Generated PDFs marked as demo files, so detail pages show documents too.
        documents = demo_documents_attach()
        if documents:
            self.stdout.write(f"Attached {documents} demo documents (generated PDFs).")
        # A demo loaded before actions, activities and reports existed gets them now.
        followed = demo_follow_up_ensure(Agreement.objects.filter(notes=DEMO_NOTE))
        if followed:
            self.stdout.write(f"Added follow-up to {followed} demo agreements.")
