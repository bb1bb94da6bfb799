"""Derived agreement status and the queryset rules every reader shares.

Status is computed from dates here, never stored; each rule (involving a province, counts
per year) is written once and used by pages, filters, the admin and the services.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, Func, Q, Value, When
from django.db.models.functions import ExtractYear
from django.utils import timezone

from agreements.choices import (
    AgreementStatus,
)


class AddMonths(Func):
    """``(date + make_interval(0, months))::date``: immutable, so usable in a generated column."""

    template = "((%(expressions)s)))::date"
    arg_joiner = " + make_interval(0, "
    output_field = models.DateField()


def status_condition(status: str, *, today=None, expiring_days: int | None = None) -> Q:
    """The rule of one derived status as a Q, for filters and conditional counts alike."""
    today = today or timezone.localdate()
    days = settings.EXPIRING_WITHIN_DAYS if expiring_days is None else expiring_days
    signed = Q(signed_on__isnull=False)
    running = Q(terminated_on__isnull=True) | Q(terminated_on__gt=today)
    conditions = {
        AgreementStatus.TERMINATED: Q(terminated_on__isnull=False, terminated_on__lte=today),
        AgreementStatus.DRAFT: Q(signed_on__isnull=True),
        # Active includes those expiring soon: they are still in force.
        AgreementStatus.ACTIVE: signed
        & running
        & (Q(ends_on__isnull=True) | Q(ends_on__gte=today)),
        AgreementStatus.EXPIRING: signed
        & running
        & Q(ends_on__gte=today, ends_on__lte=today + timezone.timedelta(days=days)),
        AgreementStatus.EXPIRED: signed & running & Q(ends_on__lt=today),
    }
    return conditions[status]


class AgreementQuerySet(models.QuerySet):
    """Status is derived from dates here, never stored."""

    def with_status_value(self, status: str, *, expiring_days: int | None = None):
        return self.filter(status_condition(status, expiring_days=expiring_days))

    def active(self):
        return self.with_status_value(AgreementStatus.ACTIVE)

    def expiring_within(self, days: int | None = None):
        return self.with_status_value(AgreementStatus.EXPIRING, expiring_days=days)

    def expired(self):
        return self.with_status_value(AgreementStatus.EXPIRED)

    def terminated(self):
        return self.with_status_value(AgreementStatus.TERMINATED)

    def drafts(self):
        return self.with_status_value(AgreementStatus.DRAFT)

    def with_status(self, expiring_days: int | None = None):
        """Annotate ``status`` with the most specific derived state."""
        today = timezone.localdate()
        order = [
            AgreementStatus.TERMINATED,
            AgreementStatus.DRAFT,
            AgreementStatus.EXPIRED,
            AgreementStatus.EXPIRING,
        ]
        return self.annotate(
            status=Case(
                *[
                    When(
                        status_condition(status, today=today, expiring_days=expiring_days),
                        then=Value(status),
                    )
                    for status in order
                ],
                default=Value(AgreementStatus.ACTIVE),
                output_field=models.CharField(),
            )
        )

    def involving(self, province_code: str):
        """Agreements one of whose parties is the province: the one spelling of that rule.

        EXISTS, not a join: chained (a pair of provinces) it stays one row per agreement,
        and a sorted, limited page can stop after its first rows.
        """
        party = self.model._meta.get_field("parties").related_model
        parties = party.objects.filter(agreement=models.OuterRef("pk"), province=province_code)
        return self.filter(models.Exists(parties))

    def per_year(self, date_field: str):
        """Rows of ``{"year", "count"}``, oldest first, by the year of ``date_field``
        (``signed_on`` for signings, ``ends_on`` for expiries); undated rows are left out."""
        return (
            self.filter(**{f"{date_field}__isnull": False})
            .annotate(year=ExtractYear(date_field))
            .values("year")
            .annotate(count=Count("id"))
            .order_by("year")
        )

    def in_sector(self, sector_code: str):
        # EXISTS, not a join: an agreement with several scope items in the sector stays one
        # row, and a sorted, limited page can stop after its first rows.
        scope_item = self.model._meta.get_field("scope_items").related_model
        items = scope_item.objects.filter(agreement=models.OuterRef("pk"), sectors=sector_code)
        return self.filter(models.Exists(items))


class AgreementPartyQuerySet(models.QuerySet):
    def of_agreements(self, agreements):
        return self.filter(agreement__in=agreements.values("pk"))

    def partners_of(self, province_code: str):
        """The other province parties of the agreements involving ``province_code``."""
        agreements = self.model._meta.get_field("agreement").related_model.objects
        return self.of_agreements(agreements.involving(province_code)).exclude(
            province=province_code
        )

    def count_per_province(self):
        """Rows of ``{"province", "province__name", "count"}`` (agreements per province),
        most agreements first: the map, the network, the sector page and partner rankings."""
        return (
            self.filter(province__isnull=False)
            .values("province", "province__name")
            .annotate(count=Count("agreement", distinct=True))
            .order_by("-count", "province")
        )
