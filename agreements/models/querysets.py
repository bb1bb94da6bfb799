"""Derived agreement status and the queryset rules every reader shares.

Status is computed from dates here, never stored; each rule (involving a province, counts
per year) is written once and used by pages, filters, the admin and the services.
"""

from __future__ import annotations

import calendar
import datetime

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Case, Count, Exists, Func, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Cast, Coalesce, ExtractYear, Greatest
from django.db.models.lookups import LessThan
from django.utils import timezone

from agreements.choices import (
    ORGANISATION_PARTY_KINDS,
    ActionKind,
    AgreementCategory,
    AgreementStatus,
    CompletenessItem,
    DocumentKind,
    PartyKind,
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


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _model(name: str):
    # Looked up when called: the models module imports this one.
    return apps.get_model("agreements", name)


def dormant_condition(*, today=None, months: int | None = None) -> Q:
    """Dormant: in force, signed at least ``months`` ago (``DORMANT_AFTER_MONTHS``), and no
    sign of life in the last ``months``: no activity dated (planned or actual) or entered
    then, no monitoring report or "monev report filed" action, no linked news article.

    Derived, never stored; the list filter ``status=dormant``, its export, the badge, the
    home page and the reports all use this one Q. It reads the agreement's ``quiet`` day
    (``AgreementFacts``: the later of the day before signing and the last sign of life, kept
    current by the database in every writing transaction), one index probe per row;
    ``dormant_condition_from_events`` spells the same rule over the follow-up's tables.
    """
    today = today or timezone.localdate()
    months = settings.DORMANT_AFTER_MONTHS if months is None else months
    since = months_before(today, months)
    # A scalar subquery, not EXISTS: the planner would hash every quiet agreement for a
    # page of ten rows; this is one primary-key probe per row the page reads.
    quiet = _model("AgreementFacts").objects.filter(agreement_id=OuterRef("pk")).values("quiet")
    return status_condition(AgreementStatus.ACTIVE, today=today) & Q(
        LessThan(Subquery(quiet[:1]), Value(since))
    )


def dormant_condition_from_events(*, today=None, months: int | None = None) -> Q:
    """``dormant_condition`` read from the activities, reports, actions and article links
    themselves (what the facts must agree with)."""
    today = today or timezone.localdate()
    months = settings.DORMANT_AFTER_MONTHS if months is None else months
    since = months_before(today, months)
    mine = {"agreement": OuterRef("pk")}
    activity_day = Coalesce(
        Greatest("planned_start", "planned_end", "actual_start", "actual_end"),
        Cast("created_at", models.DateField()),
    )
    activities = _model("Activity").objects.filter(**mine).alias(day=activity_day)
    reports = _model("MonitoringReport").objects.filter(**mine, filed_on__gte=since)
    filed = _model("AgreementAction").objects.filter(
        **mine, kind=ActionKind.MONEV_FILED, date__gte=since
    )
    article_day = Coalesce(
        Cast("article__published_at", models.DateField()), Cast("created_at", models.DateField())
    )
    articles = _model("ArticleAgreement").objects.filter(**mine).alias(day=article_day)
    return (
        status_condition(AgreementStatus.ACTIVE, today=today)
        & Q(signed_on__lte=since)
        & ~Exists(activities.filter(day__gte=since))
        & ~Exists(reports)
        & ~Exists(filed)
        & ~Exists(articles.filter(day__gte=since))
    )


def completeness_conditions() -> dict[str, Q]:
    """Per ``CompletenessItem``, the Q an agreement meets when that field is filled in."""
    mine = {"agreement": OuterRef("pk")}
    parties = _model("AgreementParty").objects.filter(**mine)
    return {
        CompletenessItem.SCAN: Exists(
            _model("Document").objects.filter(**mine, kind=DocumentKind.SIGNED_TEXT)
        ),
        CompletenessItem.EXPIRY: Q(ends_on__isnull=False),
        CompletenessItem.OPDS: Exists(_model("AgreementOpd").objects.filter(**mine)),
        CompletenessItem.SIGNATORIES: Exists(parties) & ~Exists(parties.filter(signatory_name="")),
        CompletenessItem.SECTORS: Exists(
            _model("ScopeItem").objects.filter(**mine, sectors__isnull=False)
        ),
        CompletenessItem.NUMBERS: Exists(parties) & ~Exists(parties.filter(document_number="")),
    }


def complete_condition() -> Q:
    condition = Q()
    for item in completeness_conditions().values():
        condition &= item
    return condition


class AgreementQuerySet(models.QuerySet):
    """Status is derived from dates here, never stored."""

    def with_status_value(self, status: str, *, expiring_days: int | None = None):
        return self.filter(status_condition(status, expiring_days=expiring_days))

    def published(self):
        """What may leave the application: the public portal, the API for anonymous
        clients and the open dataset read only these."""
        return self.filter(is_published=True)

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

    def dormant(self, *, today=None, months: int | None = None):
        return self.filter(dormant_condition(today=today, months=months))

    def with_dormant(self):
        """Annotate ``is_dormant`` (a boolean per row, one query for the page)."""
        return self.annotate(
            is_dormant=Case(
                When(dormant_condition(), then=Value(True)),
                default=Value(False),
                output_field=models.BooleanField(),
            )
        )

    def with_completeness(self):
        """Annotate ``has_<item>`` per ``CompletenessItem`` and ``completeness`` (0-100)."""
        flags = {
            f"has_{item}": Case(
                When(condition, then=Value(1)), default=Value(0), output_field=models.IntegerField()
            )
            for item, condition in completeness_conditions().items()
        }
        total = sum(models.F(name) for name in flags)
        return self.annotate(**flags).annotate(
            completeness=total * 100 / len(flags),
        )

    def complete(self):
        return self.filter(complete_condition())

    def incomplete(self):
        return self.exclude(complete_condition())

    def lacking(self, item: str):
        """Agreements without one important field (a ``CompletenessItem`` value)."""
        return self.exclude(completeness_conditions()[item])

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

    def involving_region(self, code: str):
        """Agreements one of whose parties is the region of that Kemendagri code: a province
        ("32") or a kabupaten/kota ("32.73"). A province's own code does not take in its
        kabupaten/kota (``of_regencies_in`` does)."""
        if "." not in code:
            return self.involving(code)
        return self.filter(models.Exists(self._parties().filter(regency=code)))

    def of_regencies_in(self, province_code: str):
        """Agreements one of whose parties is a kabupaten/kota of the province."""
        return self.filter(models.Exists(self._parties().filter(regency__province=province_code)))

    def with_party_kind(self, *kinds: str):
        return self.filter(models.Exists(self._parties().filter(kind__in=kinds)))

    def in_category(self, category: str):
        """The category that follows from the parties (``agreement_category`` says the same
        of one agreement): any third party makes it "with third parties"; else kabupaten/kota
        with or without a province, or provinces only."""
        return self.filter(self._category_conditions()[category])

    def with_category(self):
        """Annotate ``category`` (an ``AgreementCategory`` value), for the export."""
        return self.annotate(
            category=Case(
                *[
                    When(condition, then=Value(category))
                    for category, condition in self._category_conditions().items()
                ],
                default=Value(AgreementCategory.INTERPROVINCIAL),
                output_field=models.CharField(),
            )
        )

    def _category_conditions(self) -> dict[str, Q]:
        third = models.Exists(self._parties().filter(kind__in=ORGANISATION_PARTY_KINDS))
        regency = models.Exists(
            self._parties().filter(kind__in=[PartyKind.REGENCY, PartyKind.CITY])
        )
        province = models.Exists(self._parties().filter(kind=PartyKind.PROVINCE))
        return {
            AgreementCategory.THIRD_PARTY: Q(third),
            AgreementCategory.PROVINCE_REGENCY: ~Q(third) & Q(regency) & Q(province),
            AgreementCategory.REGENCY_REGENCY: ~Q(third) & Q(regency) & ~Q(province),
            AgreementCategory.INTERPROVINCIAL: ~Q(third) & ~Q(regency) & Q(province),
        }

    def _parties(self):
        party = self.model._meta.get_field("parties").related_model
        return party.objects.filter(agreement=models.OuterRef("pk"))

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
        # From the agreements' facts (their scope's sectors as one array, current in the
        # writing transaction, GIN-indexed), not the scope items: at a million agreements a
        # sorted page checked ~80,000 agreements through two indexes each (0.9-1.4 s, 6 s
        # with a cold disk); one lookup each is half that, and a rare sector is one index
        # read. A semi join: an agreement with several items in the sector stays one row.
        facts = apps.get_model("agreements", "AgreementFacts").objects
        return self.filter(
            pk__in=facts.filter(sectors__contains=[sector_code]).values("agreement_id")
        )


def agreement_category(parties) -> str:
    """The category of one agreement from its (prefetched) parties; see ``in_category``."""
    kinds = {party.kind for party in parties}
    if kinds & set(ORGANISATION_PARTY_KINDS):
        return AgreementCategory.THIRD_PARTY
    if kinds & {PartyKind.REGENCY, PartyKind.CITY}:
        if PartyKind.PROVINCE in kinds:
            return AgreementCategory.PROVINCE_REGENCY
        return AgreementCategory.REGENCY_REGENCY
    return AgreementCategory.INTERPROVINCIAL


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
