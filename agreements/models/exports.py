"""Exports too large for one request: asked for on the list, written by a task, downloaded
by the user who asked (README "Pages", /exports/)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from agreements.models.reports import BackgroundFile


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "XLSX"


def export_upload_to(instance: ExportJob, filename: str) -> str:
    return f"exports/{instance.created_at:%Y/%m}/{filename}"


class ExportJob(BackgroundFile):
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="export_jobs",
        verbose_name=_("diminta oleh"),
    )
    # The list's filters as a query string: the task applies the same filter code as the list.
    query = models.TextField(_("saringan"), blank=True)
    format = models.CharField(_("format"), max_length=4, choices=ExportFormat.choices)
    row_count = models.PositiveIntegerField(_("jumlah baris"), null=True, blank=True)
    file = models.FileField(_("berkas"), upload_to=export_upload_to, blank=True)

    class Meta(BackgroundFile.Meta):
        verbose_name = _("ekspor")
        verbose_name_plural = _("ekspor")
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
