import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Development only: create the 'admin' superuser with a generated password and print it "
        "once. Does nothing when a superuser already exists."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_dev_admin runs only with DEBUG=true")
        users = get_user_model().objects
        existing = users.filter(is_superuser=True).order_by("id").first()
        if existing is not None:
            self.stdout.write(
                f"Log in at http://127.0.0.1:8000/ as '{existing.get_username()}' with the "
                f"password printed when it was created (forgot it? ./manage.py changepassword "
                f"{existing.get_username()})."
            )
            return
        password = secrets.token_urlsafe(12)
        users.create_superuser("admin", email="", password=password)
        banner = "=" * 64
        self.stdout.write(
            f"{banner}\nDevelopment admin created. Log in at http://127.0.0.1:8000/\n"
            f"  user:     admin\n  password: {password}\n"
            f"This password is shown only now.\n{banner}"
        )
