import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Development only: create the 'admin' superuser with a generated password and print it "
        "once. Does nothing when a superuser already exists."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--address",
            default=os.environ.get("RUN_ADDRESS", "127.0.0.1:8000"),
            help="host:port the web server listens on, for the login link (default RUN_ADDRESS)",
        )

    def handle(self, *args, address, **options):
        url = f"http://{address}/"
        if not settings.DEBUG:
            raise CommandError("create_dev_admin runs only with DEBUG=true")
        users = get_user_model().objects
        existing = users.filter(is_superuser=True).order_by("id").first()
        if existing is not None:
            self.stdout.write(
                f"Log in at {url} as '{existing.get_username()}' with the "
                f"password printed when it was created (forgot it? ./manage.py changepassword "
                f"{existing.get_username()})."
            )
            return
        password = secrets.token_urlsafe(12)
        users.create_superuser("admin", email="", password=password)
        banner = "=" * 64
        self.stdout.write(
            f"{banner}\nDevelopment admin created. Log in at {url}\n"
            f"  user:     admin\n  password: {password}\n"
            f"This password is shown only now.\n{banner}"
        )
