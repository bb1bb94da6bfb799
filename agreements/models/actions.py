"""Dated actions on an agreement (signed, approved by the DPRD, amended, terminated...).

The record of what happened and when, per agreement and, where one applies, per party. A
termination is one of these actions; ``Agreement.terminated_on`` is the value the action
service keeps in step with them (``services.actions``) so that status filters stay a plain,
indexed column comparison.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from agreements.choices import ActionKind
from agreements.models.agreements import Agreement, Document
from agreements.models.parties import AgreementParty


class AgreementAction(models.Model):
    agreement = models.ForeignKey(
        Agreement, on_delete=models.CASCADE, related_name="actions", verbose_name=_("kesepakatan")
    )
    kind = models.CharField(_("tindakan"), max_length=20, choices=ActionKind.choices)
    date = models.DateField(_("tanggal"))
    party = models.ForeignKey(
        AgreementParty,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("pihak"),
        help_text=_("Kosongkan bila tindakan berlaku untuk seluruh kesepakatan."),
    )
    note = models.TextField(_("catatan"), blank=True)
    document = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("dokumen"),
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("dicatat oleh"),
        editable=False,
    )
    created_at = models.DateTimeField(_("dicatat"), default=timezone.now, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["agreement", "date", "id"]
        verbose_name = _("tindakan")
        verbose_name_plural = _("tindakan")
        constraints = [
            models.CheckConstraint(condition=Q(id__gt=0), name="action_id_positive"),
        ]
        indexes = [
            # The timeline of one agreement, oldest first; the dormant rule's latest action.
            models.Index(fields=["agreement", "date"], name="action_agreement_date"),
            models.Index(fields=["kind", "date"], name="action_kind_date"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.date:%Y-%m-%d}"

    def clean(self) -> None:
        errors = {}
        if self.party_id and self.party.agreement_id != self.agreement_id:
            errors["party"] = _("Pihak ini bukan pihak kesepakatan tersebut.")
        if self.document_id and self.document.agreement_id != self.agreement_id:
            errors["document"] = _("Dokumen ini bukan dokumen kesepakatan tersebut.")
        signed_on = self.agreement.signed_on if self.agreement_id else None
        if self.kind == ActionKind.TERMINATED and self.date and signed_on and self.date < signed_on:
            errors["date"] = _("Tanggal penghentian tidak boleh sebelum penandatanganan.")
        if self.kind == ActionKind.TERMINATED and not self.note.strip():
            errors["note"] = _("Sebutkan alasan penghentian kerja sama.")
        if errors:
            raise ValidationError(errors)
