"""Each bureau edits its own regions' agreements (object-level permission).

The model permissions of the roles (agreements.roles) say what kind of write a user may make;
this module says on which agreements. An agreement is in a user's scope when one of its
parties is one of the user's regions (``BureauRegion``): a province, a kabupaten/kota, or a
province "with its kabupaten/kota", which also takes in agreements of that province's
kabupaten/kota. Superusers, Administrators and the National role are not scoped; a user with
no region edits nothing. Reading is never scoped: Viewers read everything.

Plain queryset scoping rather than an object-permission library: the rule is one EXISTS over
the parties, which the admin's changelist needs as a queryset filter anyway (django-rules
checks one object at a time, and django-guardian would need a grant row per agreement, kept in
step with every party change). One rule, written once here, serves the admin, the import, the
review queue and the services.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from agreements.roles import ADMINISTRATOR, NATIONAL

_CACHE = "_bureau_scope"


@dataclass(frozen=True)
class Scope:
    """None in ``provinces`` etc. never; ``unscoped`` users skip every check."""

    unscoped: bool
    provinces: frozenset[str] = frozenset()
    # Provinces whose kabupaten/kota are covered too.
    covered: frozenset[str] = frozenset()
    regencies: frozenset[str] = frozenset()

    def covers_code(self, code: str) -> bool:
        """Is the region of this Kemendagri code ("15", "15.71") one of the scope's?"""
        if self.unscoped:
            return True
        if "." in code:
            return code in self.regencies or code.split(".")[0] in self.covered
        return code in self.provinces

    def party_condition(self) -> Q:
        return (
            Q(province__in=self.provinces)
            | Q(regency__in=self.regencies)
            | Q(regency__province__in=self.covered)
        )


def user_scope(user) -> Scope:
    """The user's scope, read once per user object (one query for the groups, one for the
    regions) and kept on it for the rest of the request."""
    cached = getattr(user, _CACHE, None)
    if cached is not None:
        return cached
    if not getattr(user, "is_authenticated", False):
        scope = Scope(unscoped=False)
    elif user.is_superuser or user.groups.filter(name__in=[ADMINISTRATOR, NATIONAL]).exists():
        scope = Scope(unscoped=True)
    else:
        rows = list(
            user.bureau_regions.values_list("province_id", "regency_id", "covers_regencies")
        )
        scope = Scope(
            unscoped=False,
            provinces=frozenset(p for p, _r, _c in rows if p),
            covered=frozenset(p for p, _r, c in rows if p and c),
            regencies=frozenset(r for _p, r, _c in rows if r),
        )
    setattr(user, _CACHE, scope)
    return scope


def editable_agreements(user, agreements: QuerySet) -> QuerySet:
    """The agreements of ``agreements`` the user may change or delete."""
    scope = user_scope(user)
    if scope.unscoped:
        return agreements
    from agreements.models import AgreementParty

    parties = AgreementParty.objects.filter(scope.party_condition(), agreement=OuterRef("pk"))
    return agreements.filter(Exists(parties))


def can_edit_agreement(user, agreement) -> bool:
    scope = user_scope(user)
    if scope.unscoped:
        return True
    return agreement.parties.filter(scope.party_condition()).exists()


def require_parties_in_scope(user, region_codes) -> None:
    """A new or edited agreement must keep one of the user's regions as a party, so a bureau
    cannot create, or hand over, an agreement it does not answer for."""
    scope = user_scope(user)
    if scope.unscoped:
        return
    if not any(scope.covers_code(code) for code in region_codes if code):
        raise PermissionDenied(
            _(
                "Anda hanya dapat mencatat kesepakatan yang salah satu pihaknya adalah daerah "
                "biro Anda."
            )
        )


def require_editable(user, agreement) -> None:
    if not can_edit_agreement(user, agreement):
        raise PermissionDenied(
            _("Kesepakatan ini bukan milik daerah biro Anda: %(title)s")
            % {"title": agreement.title}
        )
