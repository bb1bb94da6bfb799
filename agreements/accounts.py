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


@transaction.atomic
def user_set_regions(*, user, region_codes: list[str]) -> None:
    """The user's bureau regions become exactly these Kemendagri codes: "15" a province,
    "15+" a province with its kabupaten/kota, "15.71" a kabupaten/kota (agreements.scoping)."""
    from agreements.models import BureauRegion, Province, Regency

    rows = []
    for raw in region_codes:
        code = raw.strip().rstrip("+")
        if "." in code:
            if not Regency.objects.filter(code=code).exists():
                raise ValueError(f"unknown kabupaten/kota code: {code}")
            rows.append(BureauRegion(user=user, regency_id=code))
        else:
            if not Province.objects.filter(code=code).exists():
                raise ValueError(f"unknown province code: {code}")
            rows.append(
                BureauRegion(user=user, province_id=code, covers_regencies=raw.endswith("+"))
            )
    user.bureau_regions.all().delete()
    BureauRegion.objects.bulk_create(rows)
    if hasattr(user, "_bureau_scope"):
        del user._bureau_scope
