from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from agreements.accounts import user_set_roles
from agreements.roles import ROLES


class Command(BaseCommand):
    help = "Give a user one or more roles (replacing the ones they had); staff status follows."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("roles", nargs="+", choices=ROLES)

    def handle(self, *args, username, roles, **options):
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named {username!r}") from None
        user_set_roles(user=user, roles=roles)
        self.stdout.write(f"{username}: {', '.join(roles)}")
