"""Reads of the follow-up: an agreement's timeline and implementation, implementation at a
glance (home and province pages), dormant agreements and data completeness.

Each function is a fixed number of queries whatever the number of rows; the rules (dormant,
complete) are the queryset conditions of ``agreements.models.querysets``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, F, Prefetch, Q, QuerySet, Sum

from agreements.models import (
    Activity,
    ActivityState,
    Agreement,
    AgreementAction,
    CompletenessItem,
    MonitoringReport,
)
from agreements.selectors import summaries
from agreements.selectors.list_ids import window_of


def follow_up_prefetches() -> list[Prefetch]:
    """What the agreement page shows of the follow-up, three queries however many rows."""
    actions = AgreementAction.objects.select_related(
        "party__province", "party__regency", "document", "recorded_by"
    ).order_by("date", "id")
    activities = (
        Activity.objects.select_related("opd")
        .prefetch_related("evidence")
        .order_by("planned_start", "id")
    )
    reports = MonitoringReport.objects.select_related("filed_by", "document").order_by(
        "-year", "-period", "-id"
    )
    return [
        Prefetch("actions", queryset=actions),
        Prefetch("activities", queryset=activities),
        Prefetch("monitoring_reports", queryset=reports),
    ]


def missing_items(agreement: Agreement) -> list[str]:
    """Labels of the important fields an agreement annotated by ``with_completeness`` lacks."""
    return [
        item.label for item in CompletenessItem if not getattr(agreement, f"has_{item.value}", 1)
    ]


@dataclass(frozen=True)
class Implementation:
    """Implementation at a glance for a set of agreements."""

    activities: int
    by_state: dict[str, int]
    agreements_with_activity: int
    reports: int
    dormant: int

    @property
    def states(self) -> list[tuple[str, str, int]]:
        return [
            (state.value, state.label, self.by_state.get(state.value, 0)) for state in ActivityState
        ]


def implementation_summary(agreements: QuerySet[Agreement]) -> Implementation:
    """Activities by state, agreements with any activity, reports and dormant agreements among
    ``agreements`` (three queries)."""
    ids = agreements.values("pk")
    activity_counts = Activity.objects.filter(agreement__in=ids).aggregate(
        total=Count("id"),
        agreements=Count("agreement", distinct=True),
        **{state.value: Count("id", filter=Q(state=state)) for state in ActivityState},
    )
    reports = MonitoringReport.objects.filter(agreement__in=ids).count()
    dormant = agreements.dormant().count()
    return Implementation(
        activities=activity_counts.pop("total"),
        agreements_with_activity=activity_counts.pop("agreements"),
        by_state=activity_counts,
        reports=reports,
        dormant=dormant,
    )


def implementation_from_summaries(*, province: str | None = None) -> Implementation:
    """``implementation_summary`` of every agreement, or of those with ``province`` as a
    party, from the summary tables (a few rows, whatever the number of agreements)."""
    counts = summaries.implementation_counts(province=province)
    by_state = {state.value: counts["by_state"].get(state.value, 0) for state in ActivityState}
    return Implementation(
        activities=sum(by_state.values()),
        agreements_with_activity=counts["agreements"],
        by_state=by_state,
        reports=counts["reports"],
        dormant=summaries.dormant_count(province=province),
    )


def dormant_agreements(agreements: QuerySet[Agreement], limit: int = 8) -> list[Agreement]:
    """The longest-dormant of ``agreements`` first: signed earliest (every agreement: see
    ``longest_dormant``)."""
    if agreements.query.has_filters():
        return list(agreements.dormant().order_by("signed_on", "id")[:limit])
    ids = list(window_of(_dormant_by_signing(), limit=limit).ids[:limit])
    return list(agreements.filter(pk__in=ids).order_by("signed_on", "id"))


def longest_dormant(rows: Callable[[], QuerySet[Agreement]], limit: int = 8) -> list[Agreement]:
    """Of every agreement, the ``limit`` longest dormant (signed earliest), as ``rows()``
    gives them. Found in the facts' index by signing day (narrow rows, no join per skipped
    row) as a list window (``list_ids``) with its rows: at a million agreements the walk
    skips ~600,000 ended ones (0.16 s), so it is read once a day and patched after each
    write, and only the rows a write touched are read again."""
    return window_of(_dormant_by_signing(), limit=limit, rows=rows).kept_rows(limit)


def _dormant_by_signing():
    return summaries.dormant_facts().order_by("signed_on", "agreement_id")


@dataclass(frozen=True)
class CompletenessRow:
    code: str
    name: str
    agreements: int
    complete: int
    missing: dict[str, int]

    @property
    def share(self) -> float:
        return self.complete / self.agreements if self.agreements else 0.0


def completeness_by_province() -> list[CompletenessRow]:
    """Per province with agreements: how many, how many complete, and how many lack each
    item; least complete first (one query: each agreement's flags, summed per province party,
    one row per agreement and province)."""
    flags = [f"has_{item.value}" for item in CompletenessItem]
    rows = (
        Agreement.objects.filter(parties__province__isnull=False)
        .with_completeness()
        .values(code=F("parties__province"), name=F("parties__province__name"))
        .annotate(
            agreements=Count("id"),
            complete=Count("id", filter=Q(completeness=100)),
            **{f"sum_{flag}": Sum(flag) for flag in flags},
        )
        .order_by()
    )
    result = [
        CompletenessRow(
            code=row["code"],
            name=row["name"],
            agreements=row["agreements"],
            complete=row["complete"],
            missing={
                item.value: row["agreements"] - row[f"sum_has_{item.value}"]
                for item in CompletenessItem
            },
        )
        for row in rows
    ]
    return sorted(result, key=lambda row: (row.share, row.code))
