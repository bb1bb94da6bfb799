"""The content of the periodic report: one province (or all) over a semester or a year.

Every figure is computed from dates as of the period's last day, with the same status rules
as the pages (``status_condition``). Five queries whatever the number of agreements.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Case, CharField, Count, Prefetch, Q, Value, When
from django.utils.translation import gettext_lazy as _

from agreements.choices import ActivityState, AgreementStatus
from agreements.models import (
    Activity,
    Agreement,
    AgreementOpd,
    AgreementParty,
    Province,
    Sector,
    dormant_condition,
)
from agreements.models.querysets import status_condition

PERIOD = re.compile(r"^(?P<year>\d{4})(?:-S(?P<half>[12]))?$")


@dataclass(frozen=True)
class Period:
    code: str
    start: dt.date
    end: dt.date


def period_parse(code: str) -> Period:
    """``2020-S1`` (January to June), ``2020-S2`` (July to December) or ``2020``."""
    match = PERIOD.match(code or "")
    if not match or not 1900 <= int(match["year"]) <= 2200:
        raise ValueError(f"period must be YYYY-S1, YYYY-S2 or YYYY, got {code!r}")
    year, half = int(match["year"]), match["half"]
    if half == "1":
        return Period(code, dt.date(year, 1, 1), dt.date(year, 6, 30))
    if half == "2":
        return Period(code, dt.date(year, 7, 1), dt.date(year, 12, 31))
    return Period(code, dt.date(year, 1, 1), dt.date(year, 12, 31))


@dataclass
class ReportContent:
    province: Province | None
    period: Period
    summary: list[tuple[str, int]]
    agreements: list[dict] = field(default_factory=list)
    opds: list[dict] = field(default_factory=list)
    partners: list[tuple[str, int]] = field(default_factory=list)
    sectors: list[tuple[str, int]] = field(default_factory=list)


STATUS_ORDER = [
    AgreementStatus.TERMINATED,
    AgreementStatus.DRAFT,
    AgreementStatus.EXPIRED,
    AgreementStatus.EXPIRING,
]


def _in_period(province_code: str | None, period: Period):
    """Agreements of the province in force at some time in the period, or signed in it."""
    agreements = Agreement.objects.filter(signed_on__isnull=False, signed_on__lte=period.end)
    # Spelled out: Django takes the generated ends_on for NOT NULL, so exclude() would drop
    # the open-ended agreements.
    agreements = agreements.filter(
        Q(ends_on__isnull=True) | Q(ends_on__gte=period.start),
        Q(terminated_on__isnull=True) | Q(terminated_on__gte=period.start),
    )
    if province_code:
        agreements = agreements.involving(province_code)
    return agreements


def report_content(*, province_code: str | None, period: Period) -> ReportContent:
    province = Province.objects.get(pk=province_code) if province_code else None
    end = period.end
    agreements = _in_period(province_code, period)

    def at_end(status):
        return status_condition(status, today=end)

    figures = agreements.aggregate(
        signed=Count("id", filter=Q(signed_on__gte=period.start)),
        active=Count("id", filter=at_end(AgreementStatus.ACTIVE)),
        expiring=Count("id", filter=at_end(AgreementStatus.EXPIRING)),
        expired=Count("id", filter=Q(ends_on__range=(period.start, end), terminated_on=None)),
        terminated=Count("id", filter=Q(terminated_on__range=(period.start, end))),
        dormant=Count("id", filter=dormant_condition(today=end)),
    )
    summary = [
        (_("Ditandatangani dalam periode"), figures["signed"]),
        (_("Berlaku pada akhir periode"), figures["active"]),
        (
            _("Akan berakhir dalam %(days)s hari setelah periode")
            % {"days": settings.EXPIRING_WITHIN_DAYS},
            figures["expiring"],
        ),
        (_("Berakhir dalam periode"), figures["expired"]),
        (_("Dihentikan dalam periode"), figures["terminated"]),
        (_("Tidur (tanpa tindak lanjut) pada akhir periode"), figures["dormant"]),
    ]
    opd_links = AgreementOpd.objects.select_related("opd", "opd__province").order_by("opd__name")
    activities = Activity.objects.select_related("opd", "opd__province").order_by("id")
    if province_code:
        opd_links = opd_links.filter(opd__province=province_code)
    rows = (
        agreements.annotate(
            status_at_end=Case(
                *[When(at_end(status), then=Value(status)) for status in STATUS_ORDER],
                default=Value(AgreementStatus.ACTIVE),
                output_field=CharField(),
            )
        )
        .prefetch_related(
            Prefetch("parties", queryset=AgreementParty.objects.select_related("province")),
            Prefetch("agreement_opds", queryset=opd_links, to_attr="report_opds"),
            Prefetch("activities", queryset=activities, to_attr="report_activities"),
        )
        .order_by("signed_on", "id")
    )
    labels = dict(AgreementStatus.choices)
    labels_of_states = dict(ActivityState.choices)
    content = ReportContent(province=province, period=period, summary=summary)
    per_opd: dict[int, dict] = {}
    for agreement in rows:
        partners = [
            party.display_name
            for party in agreement.parties.all()
            if not province_code or party.province_id != province_code
        ]
        opds = [link.opd for link in agreement.report_opds]
        content.agreements.append(
            {
                "id": agreement.pk,
                "title": agreement.title,
                "type": agreement.get_agreement_type_display(),
                "partners": ", ".join(partners),
                "signed_on": agreement.signed_on,
                "ends_on": agreement.ends_on,
                "status": str(labels[agreement.status_at_end]),
                "opds": ", ".join(opd.acronym or opd.name for opd in opds),
                "activities": _states(agreement.report_activities),
            }
        )
        for opd in opds:
            row = _opd_row(per_opd, opd)
            row["count"] += 1
            row["active"] += agreement.status_at_end in (
                AgreementStatus.ACTIVE,
                AgreementStatus.EXPIRING,
            )
        for activity in agreement.report_activities:
            if activity.opd_id and (not province_code or activity.opd.province_id == province_code):
                _opd_row(per_opd, activity.opd)["states"][activity.state] += 1
    for row in per_opd.values():
        row["activities"] = ", ".join(
            f"{labels_of_states[state]} {count}" for state, count in row["states"].items() if count
        )
    content.opds = sorted(per_opd.values(), key=lambda row: (-row["count"], row["opd"]))
    parties = AgreementParty.objects.filter(agreement__in=agreements.values("pk"))
    if province_code:
        parties = parties.exclude(province=province_code)
    content.partners = [
        (row["province__name"], row["count"]) for row in parties.count_per_province()
    ]
    sectors = (
        Sector.objects.filter(scope_items__agreement__in=agreements.values("pk"))
        .annotate(count=Count("scope_items__agreement", distinct=True))
        .order_by("-count", "code")
    )
    content.sectors = [(sector.label, sector.count) for sector in sectors]
    return content


def _opd_row(per_opd: dict, opd) -> dict:
    return per_opd.setdefault(
        opd.pk,
        {
            "opd": opd.name,
            "province": opd.province.name,
            "count": 0,
            "active": 0,
            "states": dict.fromkeys(ActivityState.values, 0),
        },
    )


def _states(activities) -> str:
    """``Selesai 2, Berjalan 1``: the implementation of one agreement, by activity state;
    a short note when no activity is recorded."""
    counts = dict.fromkeys(ActivityState.values, 0)
    for activity in activities:
        counts[activity.state] += 1
    labels = dict(ActivityState.choices)
    text = ", ".join(f"{labels[state]} {count}" for state, count in counts.items() if count)
    return text or str(_("belum ada kegiatan"))
