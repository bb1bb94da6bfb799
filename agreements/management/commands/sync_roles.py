from django.core.management.base import BaseCommand

from agreements.roles import ROLES, sync_roles


class Command(BaseCommand):
    help = "Create the Viewer, Editor, Reviewer and Administrator groups with their permissions."

    def handle(self, *args, **options):
        sync_roles()
        self.stdout.write(f"Roles up to date: {', '.join(ROLES)}.")
