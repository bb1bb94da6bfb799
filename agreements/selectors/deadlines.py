"""Deadlines that follow from the dated actions: the DPRD's answer, and the PKS after a KB.

Derived, never stored: an open deadline is what the actions and the agreement's children say
on a given day, computed by one rule (``deadlines_of``) from rows already loaded, so the
agreement page, the reminders and the calendar feed always agree.

The rule and its sources (the README's "Reminders" section says the same):

- **DPRD approval.** PP 28/2018 (Kerja Sama Daerah) requires the DPRD's approval of a KSDD
  when the plan burdens the public and the region and/or its funding is not in the APBD of
  the running year (Pasal 6, whose ayat (4) leaves the stages to a Permendagri; the ayat of
  the condition itself was not checked against the gazetted text). Regional rules that follow
  it apply the same condition to the KSDPK (DIY Perda 1/2023 Pasal 12). Permendagri 22/2020
  puts the approval after the Kesepakatan Bersama is signed and before the Perjanjian Kerja
  Sama: the request goes to the DPRD's leadership with the signed KB and the draft PKS
  (reported as its Pasal 34). Whether an agreement needs it is the bureau's judgement, so the
  deadline opens only when the bureau records a "Diajukan ke DPRD" action; "Disetujui DPRD"
  (of that party, or of the whole agreement) on or after it closes it. The sources consulted
  give no period within which the DPRD must answer, so ``DPRD_RESPONSE_DAYS`` (default 30) is
  the bureau's own convention.
- **PKS after a KB.** A KB is followed up by PKS (Permendagri 22/2020; PP 28/2018 Pasal 2 lets
  the head of region empower an official to sign the PKS). No period is set between the two,
  so ``PKS_FOLLOW_UP_MONTHS`` (default 6) after the KB's signing is the bureau's convention. A
  signed child agreement (a PKS linked to the KB as its parent) closes it, and so does a
  "PKS tidak diperlukan" action, for a KB the bureau will not follow with a PKS.

A terminated or ended agreement has no open deadline.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef, Prefetch, Q

from agreements.choices import UMBRELLA_TYPES, ActionKind
from agreements.models import Agreement, AgreementAction, ReminderKind


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the month's last day (31 Aug + 6
    months is 28 or 29 February), as the database's month arithmetic does."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Deadline:
    kind: str  # a ReminderKind other than expiry
    due_on: dt.date
    since: dt.date  # the action (or signing) that opened it
    party: object = None  # the party whose DPRD was asked, when the action names one
    days_left: int = 0  # on the day it was computed for; negative once overdue

    @property
    def label(self) -> str:
        return ReminderKind(self.kind).label

    @property
    def overdue_days(self) -> int:
        return max(-self.days_left, 0)


def notice_days_for(kind: str) -> list[int]:
    if kind == ReminderKind.DPRD_APPROVAL:
        return settings.REMINDER_DPRD_NOTICE_DAYS
    if kind == ReminderKind.PKS_FOLLOW_UP:
        return settings.REMINDER_PKS_NOTICE_DAYS
    raise ValueError(f"no deadline of kind {kind!r}")


def nearest_threshold(due_on: dt.date, days: list[int], today: dt.date) -> int | None:
    """The most urgent notice period already reached before ``due_on`` (None once it has
    passed): who starts following late gets the nearest reminder only."""
    if due_on < today:
        return None
    reached = [d for d in days if due_on - dt.timedelta(days=d) <= today]
    return min(reached) if reached else None


def _closed(agreement: Agreement, actions: list[AgreementAction], today: dt.date) -> bool:
    if agreement.terminated_on is not None and agreement.terminated_on <= today:
        return True
    return any(
        a.kind == ActionKind.ENDED and a.party_id is None and a.date <= today for a in actions
    )


def _dprd_deadlines(actions: list[AgreementAction], today: dt.date) -> list[Deadline]:
    """Per party asked (or the whole agreement), the latest submission with no approval of
    that party or of the whole agreement on or after it."""
    latest: dict[int | None, AgreementAction] = {}
    for action in actions:
        if action.kind == ActionKind.DPRD_SUBMITTED and action.date <= today:
            current = latest.get(action.party_id)
            if current is None or (action.date, action.pk or 0) > (current.date, current.pk or 0):
                latest[action.party_id] = action
    approvals = [a for a in actions if a.kind == ActionKind.DPRD_APPROVED and a.date <= today]
    open_ = []
    for party_id, submitted in latest.items():
        answered = any(
            approval.date >= submitted.date
            and (approval.party_id is None or party_id is None or approval.party_id == party_id)
            for approval in approvals
        )
        if not answered:
            open_.append(
                Deadline(
                    kind=ReminderKind.DPRD_APPROVAL,
                    due_on=submitted.date + dt.timedelta(days=settings.DPRD_RESPONSE_DAYS),
                    since=submitted.date,
                    party=submitted.party if party_id else None,
                    days_left=(submitted.date - today).days + settings.DPRD_RESPONSE_DAYS,
                )
            )
    return open_


def deadlines_of(agreement: Agreement, today: dt.date) -> list[Deadline]:
    """The agreement's open deadlines on ``today``, soonest first.

    Reads ``agreement.actions.all()`` and ``agreement.children.all()``: prefetch them (the
    agreement page does, and ``with_deadline_rows``) and this makes no query.
    """
    actions = list(agreement.actions.all())
    if agreement.signed_on is None and not actions:
        return []
    if _closed(agreement, actions, today):
        return []
    found = _dprd_deadlines(actions, today)
    in_force = agreement.ends_on is None or agreement.ends_on >= today
    if (
        agreement.agreement_type in UMBRELLA_TYPES
        and agreement.signed_on is not None
        and agreement.signed_on <= today
        and in_force
        and not any(a.kind == ActionKind.PKS_NOT_NEEDED and a.date <= today for a in actions)
        and not any(
            child.signed_on is not None and child.signed_on <= today
            for child in agreement.children.all()
        )
    ):
        due_on = add_months(agreement.signed_on, settings.PKS_FOLLOW_UP_MONTHS)
        found.append(
            Deadline(
                kind=ReminderKind.PKS_FOLLOW_UP,
                due_on=due_on,
                since=agreement.signed_on,
                days_left=(due_on - today).days,
            )
        )
    return sorted(found, key=lambda d: (d.due_on, d.kind))


def with_deadline_rows(agreements):
    """What ``deadlines_of`` reads, in two queries whatever the number of agreements."""
    return agreements.prefetch_related(
        Prefetch(
            "actions",
            queryset=AgreementAction.objects.filter(
                kind__in=[
                    ActionKind.DPRD_SUBMITTED,
                    ActionKind.DPRD_APPROVED,
                    ActionKind.PKS_NOT_NEEDED,
                    ActionKind.ENDED,
                ]
            )
            .select_related("party__province", "party__regency")
            .order_by("date", "id"),
        ),
        Prefetch("children", queryset=Agreement.objects.only("id", "parent_id", "signed_on")),
    )


def _submitted_between(first: dt.date, last: dt.date) -> Q:
    return Q(
        Exists(
            AgreementAction.objects.filter(
                agreement=OuterRef("pk"),
                kind=ActionKind.DPRD_SUBMITTED,
                date__gte=first,
                date__lte=last,
            )
        )
    )


def _kb_signed_between(first: dt.date, last: dt.date) -> Q:
    signed_child = Agreement.objects.filter(parent=OuterRef("pk"), signed_on__isnull=False)
    return Q(agreement_type__in=UMBRELLA_TYPES, signed_on__gte=first, signed_on__lte=last) & ~Q(
        Exists(signed_child)
    )


def deadline_candidates(agreements, *, due_from: dt.date, due_to: dt.date):
    """``agreements`` that may have a deadline due between the two days (inclusive), loaded
    for ``deadlines_of``; a narrowing by index, the rule itself stays in Python."""
    months = settings.PKS_FOLLOW_UP_MONTHS
    response = dt.timedelta(days=settings.DPRD_RESPONSE_DAYS)
    condition = _submitted_between(due_from - response, due_to - response) | _kb_signed_between(
        # A few days' slack each side for month ends; deadlines_of decides exactly.
        add_months(due_from, -months) - dt.timedelta(days=3),
        add_months(due_to, -months) + dt.timedelta(days=3),
    )
    return with_deadline_rows(
        agreements.filter(condition).only(
            "id", "title", "agreement_type", "signed_on", "ends_on", "terminated_on"
        )
    )


@dataclass(frozen=True)
class DueDeadline:
    agreement_id: int
    kind: str
    threshold_days: int
    due_on: dt.date


def due_deadlines(today: dt.date) -> list[DueDeadline]:
    """Every (agreement, kind, threshold, deadline) whose nearest notice period is reached on
    ``today`` (three queries)."""
    horizon = max([*settings.REMINDER_DPRD_NOTICE_DAYS, *settings.REMINDER_PKS_NOTICE_DAYS, 0])
    candidates = deadline_candidates(
        Agreement.objects.all(), due_from=today, due_to=today + dt.timedelta(days=horizon)
    )
    due = set()
    for agreement in candidates:
        for deadline in deadlines_of(agreement, today):
            days = nearest_threshold(deadline.due_on, notice_days_for(deadline.kind), today)
            if days is not None:
                due.add(DueDeadline(agreement.pk, deadline.kind, days, deadline.due_on))
    return sorted(due, key=lambda d: (d.agreement_id, d.kind, d.due_on))


def open_deadline_keys(agreement_ids, today: dt.date) -> set[tuple[int, str, dt.date]]:
    """(agreement, kind, due date) of the deadlines still open among ``agreement_ids``."""
    agreements = with_deadline_rows(
        Agreement.objects.filter(pk__in=agreement_ids).only(
            "id", "agreement_type", "signed_on", "ends_on", "terminated_on"
        )
    )
    return {
        (agreement.pk, deadline.kind, deadline.due_on)
        for agreement in agreements
        for deadline in deadlines_of(agreement, today)
    }
