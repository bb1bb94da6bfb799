"""Reads on following: what a user follows, which agreements that covers, their reminders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef, Q

from agreements.models import Agreement, Follow, Reminder, ReminderKind, ReminderProfile
from agreements.selectors.deadlines import due_deadlines


def followed_condition(user_id: int) -> Q:
    """Agreements the user follows directly, through a party province or a scope sector.

    EXISTS, not joins: an agreement reached three ways stays one row.
    """
    follows = Follow.objects.filter(user_id=user_id)
    return Q(
        Exists(follows.filter(agreement=OuterRef("pk")))
        | Exists(follows.filter(province__parties__agreement=OuterRef("pk")))
        | Exists(follows.filter(sector__scope_items__agreement=OuterRef("pk")))
    )


def followed_agreements(user_id: int):
    return Agreement.objects.filter(followed_condition(user_id))


def follow_state(*, user_id: int, target: str, key) -> bool:
    return Follow.objects.filter(user_id=user_id, **{f"{target}_id": key}).exists()


def follows_of(user_id: int) -> list[Follow]:
    return list(
        Follow.objects.filter(user_id=user_id).select_related("agreement", "province", "sector")
    )


def profile_or_none(user_id: int) -> ReminderProfile | None:
    return ReminderProfile.objects.filter(user_id=user_id).first()


def unread_count(user_id: int) -> int:
    return Reminder.objects.filter(user_id=user_id, read_at__isnull=True).count()


def reminders_of(user_id: int):
    """The notifications page: unread first, then the latest; snoozed ones wait their turn."""
    return (
        Reminder.objects.filter(user_id=user_id)
        .select_related("agreement")
        .order_by("read_at", "due_on", "-id")
    )


def notice_days_of(agreement: Agreement) -> list[int]:
    """The agreement's own notice periods, else the settings' default; largest first."""
    return sorted(set(agreement.notice_days or settings.REMINDER_NOTICE_DAYS), reverse=True)


def crossed_threshold(agreement: Agreement, today: dt.date) -> int | None:
    """The most urgent notice period already reached before the end date, if any.

    Only the nearest one counts: who starts following 20 days before an end gets the
    30-day reminder, not the 180- and 90-day ones as well.
    """
    if agreement.ends_on is None or agreement.ends_on < today:
        return None
    reached = [
        days
        for days in notice_days_of(agreement)
        if agreement.ends_on - dt.timedelta(days=days) <= today
    ]
    return min(reached) if reached else None


@dataclass(frozen=True)
class DueReminder:
    user_id: int
    agreement_id: int
    threshold_days: int
    due_on: dt.date
    kind: str = ReminderKind.EXPIRY


def _due_expiries(today: dt.date) -> list[tuple[int, str, int, dt.date]]:
    horizon = max([*settings.REMINDER_NOTICE_DAYS, 0])
    in_force = Agreement.objects.filter(
        Q(terminated_on__isnull=True) | Q(terminated_on__gt=today),
        signed_on__isnull=False,
        ends_on__gte=today,
    )
    candidates = in_force.filter(
        Q(ends_on__lte=today + dt.timedelta(days=horizon)) | ~Q(notice_days=[])
    ).only("id", "ends_on", "notice_days")
    due = []
    for agreement in candidates:
        days = crossed_threshold(agreement, today)
        if days is not None:
            due.append((agreement.pk, ReminderKind.EXPIRY, days, agreement.ends_on))
    return due


def due_reminders(today: dt.date) -> list[DueReminder]:
    """Every (follower, agreement, kind, threshold) the daily task owes on ``today``: expiries
    and the deadlines of ``selectors.deadlines``.

    A fixed number of queries whatever the number of follows: the agreements in a notice
    period, then the followers of each through the three kinds of follow.
    """
    owed: dict[int, list[tuple[str, int, dt.date]]] = {}
    items = _due_expiries(today) + [
        (d.agreement_id, d.kind, d.threshold_days, d.due_on) for d in due_deadlines(today)
    ]
    for agreement_id, kind, days, due_on in items:
        owed.setdefault(agreement_id, []).append((kind, days, due_on))
    if not owed:
        return []
    ids = list(owed)
    follows = Follow.objects.filter(user__is_active=True)
    pairs = set(follows.filter(agreement__in=ids).values_list("user_id", "agreement_id"))
    pairs |= set(
        follows.filter(province__parties__agreement__in=ids).values_list(
            "user_id", "province__parties__agreement"
        )
    )
    pairs |= set(
        follows.filter(sector__scope_items__agreement__in=ids).values_list(
            "user_id", "sector__scope_items__agreement"
        )
    )
    return [
        DueReminder(user_id, agreement_id, days, due_on, kind)
        for user_id, agreement_id in sorted(pairs)
        for kind, days, due_on in owed[agreement_id]
    ]
