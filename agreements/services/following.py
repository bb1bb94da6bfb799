"""Writes on following: follow and unfollow, the reminder profile, reading and snoozing."""

from __future__ import annotations

import datetime as dt

from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from agreements.models import Follow, Reminder, ReminderKind, ReminderProfile
from agreements.models.following import new_calendar_token
from agreements.selectors.deadlines import open_deadline_keys

#: A snoozed reminder comes back this many days later ("Ingatkan lagi minggu depan").
SNOOZE_DAYS = 7
UNSUBSCRIBE_SALT = "agreements.reminders.unsubscribe"
TARGETS = ("agreement", "province", "sector")


def profile_for(*, user, language: str | None = None) -> ReminderProfile:
    """The user's profile, created on first use with ``language`` (the page's language)."""
    defaults = {"language": language} if language else {}
    profile, _created = ReminderProfile.objects.get_or_create(user=user, defaults=defaults)
    return profile


def follow_set(*, user, target: str, key, follow: bool, language: str | None = None) -> bool:
    """Follow (or stop following) one agreement, province or sector; True if anything changed.

    Following twice is not an error: the unique constraints keep one row.
    """
    if target not in TARGETS:
        raise ValueError(f"unknown follow target {target!r}")
    lookup = {f"{target}_id": key}
    if not follow:
        deleted, _rows = Follow.objects.filter(user=user, **lookup).delete()
        return bool(deleted)
    profile_for(user=user, language=language)
    try:
        with transaction.atomic():
            Follow.objects.create(user=user, **lookup)
    except IntegrityError:
        if Follow.objects.filter(user=user, **lookup).exists():
            return False
        raise
    return True


@transaction.atomic
def profile_update(*, user, language: str, email_enabled: bool) -> ReminderProfile:
    profile = profile_for(user=user)
    profile.language = language
    profile.email_enabled = email_enabled
    profile.save(update_fields=["language", "email_enabled"])
    return profile


@transaction.atomic
def calendar_token_renew(*, user) -> ReminderProfile:
    """A new secret address for the calendar feed; the old one stops working at once."""
    profile = profile_for(user=user)
    profile.calendar_token = new_calendar_token()
    profile.save(update_fields=["calendar_token"])
    return profile


def reminders_mark_read(*, user, reminder_id: int | None = None) -> int:
    """Mark one reminder (or all of the user's) read; someone else's reminder is untouched."""
    reminders = Reminder.objects.filter(user=user, read_at__isnull=True)
    if reminder_id is not None:
        reminders = reminders.filter(pk=reminder_id)
    return reminders.update(read_at=timezone.now())


def reminder_snooze(*, user, reminder_id: int, today: dt.date | None = None) -> bool:
    """Hide the reminder for a week; the daily task then shows it unread and mails it again."""
    today = today or timezone.localdate()
    updated = Reminder.objects.filter(user=user, pk=reminder_id).update(
        read_at=timezone.now(), remind_again_on=today + dt.timedelta(days=SNOOZE_DAYS)
    )
    return bool(updated)


def unsubscribe_token(*, user) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_user_id(token: str) -> int | None:
    """The user a mail's unsubscribe link was made for, or None for a forged or broken link."""
    try:
        value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None


def unsubscribe(*, user_id: int) -> None:
    """Stop the reminder mails (the in-app notifications stay); the profile may not exist yet."""
    ReminderProfile.objects.update_or_create(user_id=user_id, defaults={"email_enabled": False})


def deadline_reminders_retire(*, today: dt.date | None = None, agreement_ids=None) -> int:
    """Deadline reminders still waiting or unread (unsent, snoozed, not yet read) whose
    deadline has closed (the DPRD answered, the PKS was signed, the agreement ended) are
    marked read and sent: they stay in the list but leave the bell and are never mailed again.

    The daily run calls it for every reminder; recording a closing action calls it for that
    agreement at once, so the bell is right before the next morning.
    """
    today = today or timezone.localdate()
    waiting = Reminder.objects.exclude(kind=ReminderKind.EXPIRY).filter(
        Q(sent_at__isnull=True) | Q(remind_again_on__isnull=False) | Q(read_at__isnull=True)
    )
    if agreement_ids is not None:
        waiting = waiting.filter(agreement_id__in=agreement_ids)
    rows = list(waiting.values_list("pk", "agreement_id", "kind", "due_on"))
    if not rows:
        return 0
    still_open = open_deadline_keys({row[1] for row in rows}, today)
    closed = [
        pk
        for pk, agreement_id, kind, due_on in rows
        if (agreement_id, kind, due_on) not in still_open
    ]
    now = timezone.now()
    return Reminder.objects.filter(pk__in=closed).update(
        sent_at=now, read_at=now, remind_again_on=None
    )
