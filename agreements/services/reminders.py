"""The daily reminder run: what the beat task and ``send_reminders`` both call.

Idempotent by construction. Reminders are inserted with ``ignore_conflicts`` against the
sent-log's unique constraint, so a second run (or a second beat) adds nothing; each user's
unsent reminders are then claimed with ``SELECT ... FOR UPDATE SKIP LOCKED`` and marked sent in
the transaction that sends the digest, so two workers never mail the same rows, and a mail
server failure rolls the claim back for the retry.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from agreements.models import Reminder, ReminderKind, ReminderProfile
from agreements.selectors.following import due_reminders
from agreements.services.following import deadline_reminders_retire, unsubscribe_token

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReminderRun:
    created: int
    digests: int
    mails: int


def reminders_send(*, today: dt.date | None = None) -> ReminderRun:
    today = today or timezone.localdate()
    due = due_reminders(today)
    users = get_user_model().objects.in_bulk({item.user_id for item in due})
    # Reminders follow the reader's right to see agreements (a user whose role was taken away
    # keeps their follows, but is told nothing).
    allowed = {pk for pk, user in users.items() if user.has_perm("agreements.view_agreement")}
    before = Reminder.objects.count()
    Reminder.objects.bulk_create(
        [
            Reminder(
                user_id=item.user_id,
                agreement_id=item.agreement_id,
                kind=item.kind,
                threshold_days=item.threshold_days,
                due_on=item.due_on,
            )
            for item in due
            if item.user_id in allowed
        ],
        ignore_conflicts=True,
    )
    # bulk_create returns every row it was given, not only those the constraint let through.
    created = Reminder.objects.count() - before
    deadline_reminders_retire(today=today)
    waiting = Reminder.objects.filter(
        Q(sent_at__isnull=True) | Q(remind_again_on__lte=today)
    ).filter(Q(remind_again_on__isnull=True) | Q(remind_again_on__lte=today))
    user_ids = sorted(set(waiting.values_list("user_id", flat=True)))
    digests = mails = 0
    for user_id in user_ids:
        sent = _digest_send(user_id=user_id, today=today, waiting=waiting)
        digests += sent is not None
        mails += bool(sent)
    logger.info("reminders %s: %s new, %s digests, %s mails", today, created, digests, mails)
    return ReminderRun(created=created, digests=digests, mails=mails)


@transaction.atomic
def _digest_send(*, user_id: int, today: dt.date, waiting) -> bool | None:
    """Claim one user's waiting reminders and mail them as one digest.

    None when another run holds them; False when nothing was mailed (mails turned off, no
    address), True when a mail went out.
    """
    claimed = list(
        waiting.filter(user_id=user_id)
        .select_for_update(skip_locked=True, of=("self",))
        .select_related("agreement", "user")
        .order_by("due_on", "id")
    )
    if not claimed:
        return None
    now = timezone.now()
    Reminder.objects.filter(pk__in=[r.pk for r in claimed]).update(
        sent_at=now, remind_again_on=None, read_at=None
    )
    user = claimed[0].user
    profile = ReminderProfile.objects.filter(user_id=user_id).first()
    if not user.email or (profile is not None and not profile.email_enabled):
        return False
    language = profile.language if profile else settings.LANGUAGE_CODE
    _mail(user=user, reminders=claimed, language=language, today=today)
    return True


def _mail(*, user, reminders: list[Reminder], language: str, today: dt.date) -> None:
    token = unsubscribe_token(user=user)
    unsubscribe_url = settings.SITE_URL + reverse("agreements:unsubscribe", args=[token])
    with translation.override(language):
        context = {
            "user": user,
            "items": [
                {
                    "reminder": reminder,
                    "agreement": reminder.agreement,
                    "days_left": (reminder.due_on - today).days,
                    "kind": reminder.kind,
                    "url": settings.SITE_URL + reminder.agreement.get_absolute_url(),
                }
                for reminder in reminders
            ],
            "only_expiries": all(r.kind == ReminderKind.EXPIRY for r in reminders),
            "notifications_url": settings.SITE_URL + reverse("agreements:notifications"),
            "unsubscribe_url": unsubscribe_url,
        }
        subject = render_to_string("reminders/digest_subject.txt", context).strip()
        message = EmailMultiAlternatives(
            subject=subject,
            body=render_to_string("reminders/digest.txt", context),
            to=[user.email],
            headers={
                # RFC 8058 one-click unsubscribe, which mail clients offer as a button.
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.attach_alternative(render_to_string("reminders/digest.html", context), "text/html")
        message.send()
