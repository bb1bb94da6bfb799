"""Following, reminders and the calendar feed: who is told what, and what was already sent.

A ``Follow`` names one agreement, province or sector. A ``Reminder`` is both the in-app
notification and the sent-log: its unique constraint is what makes a re-run, two beats or a
retried task send one reminder once.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agreements.models.agreements import Agreement
from agreements.models.reference import Province, Sector


class Follow(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="follows",
        verbose_name=_("pengguna"),
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
        verbose_name=_("kesepakatan"),
    )
    province = models.ForeignKey(
        Province,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
        verbose_name=_("provinsi"),
    )
    sector = models.ForeignKey(
        Sector,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
        verbose_name=_("urusan/sektor"),
    )
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now)

    class Meta:
        verbose_name = _("ikutan")
        verbose_name_plural = _("ikutan")
        ordering = ["-created_at", "-id"]
        constraints = [
            # Exactly one target per row.
            models.CheckConstraint(
                condition=(
                    Q(agreement__isnull=False, province__isnull=True, sector__isnull=True)
                    | Q(agreement__isnull=True, province__isnull=False, sector__isnull=True)
                    | Q(agreement__isnull=True, province__isnull=True, sector__isnull=False)
                ),
                name="follow_exactly_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "agreement"],
                condition=Q(agreement__isnull=False),
                name="follow_unique_agreement",
            ),
            models.UniqueConstraint(
                fields=["user", "province"],
                condition=Q(province__isnull=False),
                name="follow_unique_province",
            ),
            models.UniqueConstraint(
                fields=["user", "sector"],
                condition=Q(sector__isnull=False),
                name="follow_unique_sector",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.agreement or self.province or self.sector}"


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


class ReminderProfile(models.Model):
    """Per user: the language of the mails and the feed, mail on or off, the calendar token."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reminder_profile",
        verbose_name=_("pengguna"),
    )
    language = models.CharField(
        _("bahasa"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    email_enabled = models.BooleanField(_("kirim surel pengingat"), default=True)
    # The secret of the calendar feed's address; revoking replaces it, so the old address 404s.
    calendar_token = models.CharField(
        _("token kalender"), max_length=64, unique=True, default=new_calendar_token
    )

    class Meta:
        verbose_name = _("profil pengingat")
        verbose_name_plural = _("profil pengingat")

    def __str__(self) -> str:
        return str(self.user)


class ReminderKind(models.TextChoices):
    EXPIRY = "expiry", _("Masa berlaku berakhir")
    # Deadlines derived from the dated actions (selectors.deadlines).
    DPRD_APPROVAL = "dprd_approval", _("Persetujuan DPRD ditunggu")
    PKS_FOLLOW_UP = "pks_follow_up", _("PKS tindak lanjut belum ditandatangani")


class Reminder(models.Model):
    """One reminder for one user: shown in the app, mailed once in a digest."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reminders",
        verbose_name=_("pengguna"),
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        related_name="reminders",
        verbose_name=_("kesepakatan"),
    )
    kind = models.CharField(
        _("jenis"), max_length=20, choices=ReminderKind.choices, default=ReminderKind.EXPIRY
    )
    threshold_days = models.PositiveSmallIntegerField(_("hari sebelum"))
    # The date the reminder is about (the end date or the deadline); a changed expiry or a new
    # DPRD submission is a new reminder.
    due_on = models.DateField(_("jatuh tempo"))
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now)
    # Set when the daily digest took it up (mailed, unless the user turned mails off).
    sent_at = models.DateTimeField(_("dikirim"), null=True, blank=True)
    read_at = models.DateTimeField(_("dibaca"), null=True, blank=True)
    # "Ingatkan lagi minggu depan": hidden until this date, then unread and mailed again.
    remind_again_on = models.DateField(_("ingatkan lagi pada"), null=True, blank=True)

    class Meta:
        verbose_name = _("pengingat")
        verbose_name_plural = _("pengingat")
        ordering = ["due_on", "id"]
        constraints = [
            # The sent-log: one reminder per user, agreement and threshold of one deadline.
            models.UniqueConstraint(
                fields=["user", "agreement", "kind", "threshold_days", "due_on"],
                name="reminder_once_per_threshold",
            ),
        ]
        indexes = [
            # The bell in the header and the notifications page: a user's unread reminders.
            models.Index(fields=["user", "read_at"], name="reminder_user_unread"),
            # The daily task: reminders waiting to be mailed or to come back from a snooze.
            models.Index(
                fields=["remind_again_on"],
                condition=Q(remind_again_on__isnull=False),
                name="reminder_snoozed",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agreement} ({self.threshold_days})"
