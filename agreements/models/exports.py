"""Exports too large for one request: asked for on the list, written by a task, downloaded
by the user who asked (README "Pages", /exports/)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agreements.models.reports import ReportState


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "XLSX"


def export_upload_to(instance: ExportJob, filename: str) -> str:
    return f"exports/{instance.created_at:%Y/%m}/{filename}"


class ExportJob(models.Model):
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="export_jobs",
        verbose_name=_("diminta oleh"),
    )
    # The list's filters as a query string: the task applies the same filter code as the list.
    query = models.TextField(_("saringan"), blank=True)
    format = models.CharField(_("format"), max_length=4, choices=ExportFormat.choices)
    language = models.CharField(_("bahasa"), max_length=8, default=settings.LANGUAGE_CODE)
    state = models.CharField(
        _("keadaan"), max_length=10, choices=ReportState.choices, default=ReportState.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("kemajuan (%)"), default=0)
    row_count = models.PositiveIntegerField(_("jumlah baris"), null=True, blank=True)
    file = models.FileField(_("berkas"), upload_to=export_upload_to, blank=True)
    error = models.TextField(_("galat"), blank=True)
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now)
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)

    class Meta:
        verbose_name = _("ekspor")
        verbose_name_plural = _("ekspor")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__lte=100), name="export_job_progress_percent"
            ),
        ]
        indexes = [
            # "Ekspor saya": one user's newest first; the prune task: the oldest.
            models.Index(fields=["requested_by", "-created_at"], name="export_job_user_newest"),
            models.Index(fields=["created_at"], name="export_job_created"),
        ]

    def __str__(self) -> str:
        return f"{self.get_format_display()} {self.created_at:%Y-%m-%d %H:%M}"
