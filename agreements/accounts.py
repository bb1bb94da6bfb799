"""Writes on users: roles and the staff status that follows from them."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction

from agreements.roles import ROLES, STAFF_ROLES

#: Session key of the user's previous login (ISO time), for the home page's "since your visit".
PREVIOUS_LOGIN_KEY = "previous_login"


@transaction.atomic
def user_set_roles(*, user, roles: list[str]) -> None:
    unknown = set(roles) - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles: {', '.join(sorted(unknown))}")
    user.groups.set(Group.objects.filter(name__in=roles))
    # Editors, reviewers and administrators work in the admin; viewers only browse.
    user.is_staff = user.is_superuser or bool(STAFF_ROLES & set(roles))
    user.save(update_fields=["is_staff"])
