from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from agreements.accounts import user_set_regions, user_set_roles
from agreements.roles import ROLES


class Command(BaseCommand):
    help = (
        "Give a user one or more roles (replacing the ones they had); staff status follows. "
        "--region sets the bureau's regions an Editor or Reviewer writes for."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("roles", nargs="+", choices=ROLES)
        parser.add_argument(
            "--region",
            action="append",
            dest="regions",
            metavar="CODE",
            help=(
                'Kemendagri code of a bureau region, repeatable: "15" a province, "15+" a '
                'province with its kabupaten/kota, "15.71" a kabupaten/kota. Replaces the '
                "user's regions when given."
            ),
        )

    def handle(self, *args, username, roles, regions=None, **options):
        try:
            user = get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named {username!r}") from None
        user_set_roles(user=user, roles=roles)
        if regions is not None:
            try:
                user_set_regions(user=user, region_codes=regions)
            except ValueError as error:
                raise CommandError(str(error)) from None
        where = f" ({', '.join(regions)})" if regions else ""
        self.stdout.write(f"{username}: {', '.join(roles)}{where}")
