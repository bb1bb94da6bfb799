"""Implementation follow-up (monev): activities (kegiatan) and monitoring reports.

PP 28/2018 and Permendagri 22/2020 put monitoring, evaluation and reporting on every
agreement. Activities say what the OPDs do under an agreement; reports, filed per period
(a semester by default), say how it went. Both count as signs of life for the dormant rule
(``querysets.dormant_condition``).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from agreements.choices import ActivityState, ReportPeriod
from agreements.models.agreements import Agreement, Document
from agreements.models.reference import Opd


class Activity(models.Model):
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        related_name="activities",
        verbose_name=_("kesepakatan"),
    )
    title = models.CharField(_("kegiatan"), max_length=300)
    opd = models.ForeignKey(
        Opd,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="activities",
        verbose_name=_("OPD penanggung jawab"),
    )
    planned_start = models.DateField(_("rencana mulai"), null=True, blank=True)
    planned_end = models.DateField(_("rencana selesai"), null=True, blank=True)
    actual_start = models.DateField(_("realisasi mulai"), null=True, blank=True)
    actual_end = models.DateField(_("realisasi selesai"), null=True, blank=True)
    state = models.CharField(
        _("keadaan"), max_length=20, choices=ActivityState.choices, default=ActivityState.PLANNED
    )
    progress = models.PositiveSmallIntegerField(
        _("kemajuan (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    outputs = models.TextField(_("keluaran"), blank=True)
    budget = models.DecimalField(
        _("anggaran (Rp)"),
        max_digits=16,
        decimal_places=0,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    evidence = models.ManyToManyField(
        Document,
        blank=True,
        related_name="activities",
        verbose_name=_("dokumen bukti"),
        help_text=_("Dokumen kesepakatan ini (laporan, foto) yang menjadi bukti kegiatan."),
    )
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    history = HistoricalRecords(m2m_fields=[evidence])

    class Meta:
        ordering = ["agreement", F("planned_start").asc(nulls_last=True), "id"]
        verbose_name = _("kegiatan")
        verbose_name_plural = _("kegiatan")
        constraints = [
            models.CheckConstraint(condition=Q(id__gt=0), name="activity_id_positive"),
            models.CheckConstraint(condition=Q(progress__lte=100), name="activity_progress_max"),
            models.CheckConstraint(
                condition=Q(planned_end__isnull=True)
                | Q(planned_start__isnull=True)
                | Q(planned_end__gte=F("planned_start")),
                name="activity_planned_end_after_start",
                violation_error_message=_("Rencana selesai tidak boleh sebelum rencana mulai."),
            ),
            models.CheckConstraint(
                condition=Q(actual_end__isnull=True)
                | Q(actual_start__isnull=True)
                | Q(actual_end__gte=F("actual_start")),
                name="activity_actual_end_after_start",
                violation_error_message=_("Realisasi selesai tidak boleh sebelum realisasi mulai."),
            ),
            models.CheckConstraint(
                condition=Q(budget__isnull=True) | Q(budget__gte=0),
                name="activity_budget_not_negative",
                violation_error_message=_("Anggaran tidak boleh negatif."),
            ),
        ]
        indexes = [
            models.Index(fields=["agreement", "state"], name="activity_agreement_state"),
            models.Index(fields=["opd", "state"], name="activity_opd_state"),
            models.Index(fields=["planned_start"], name="activity_planned_start"),
        ]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        errors = {}
        for start, end in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
            first, last = getattr(self, start), getattr(self, end)
            if first and last and last < first:
                errors[end] = _("Tanggal selesai tidak boleh sebelum tanggal mulai.")
        if self.opd_id and self.agreement_id:
            provinces = set(
                self.agreement.parties.filter(province__isnull=False).values_list(
                    "province_id", flat=True
                )
            )
            if provinces and self.opd.province_id not in provinces:
                errors["opd"] = _("OPD ini bukan perangkat daerah salah satu pihak kesepakatan.")
        if errors:
            raise ValidationError(errors)


class MonitoringReport(models.Model):
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        related_name="monitoring_reports",
        verbose_name=_("kesepakatan"),
    )
    year = models.PositiveSmallIntegerField(_("tahun"))
    period = models.CharField(
        _("periode"),
        max_length=10,
        choices=ReportPeriod.choices,
        default=ReportPeriod.FIRST_SEMESTER,
    )
    summary = models.TextField(_("ringkasan"))
    problems = models.TextField(_("permasalahan"), blank=True)
    follow_up = models.TextField(_("tindak lanjut"), blank=True)
    filed_on = models.DateField(_("tanggal disampaikan"), default=timezone.localdate)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("disampaikan oleh"),
        editable=False,
    )
    document = models.ForeignKey(
        Document,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="monitoring_reports",
        verbose_name=_("dokumen laporan"),
    )
    created_at = models.DateTimeField(_("dibuat"), default=timezone.now, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["agreement", "-year", "-period", "-id"]
        verbose_name = _("laporan monev")
        verbose_name_plural = _("laporan monev")
        constraints = [
            models.CheckConstraint(condition=Q(id__gt=0), name="report_id_positive"),
            models.CheckConstraint(
                condition=Q(year__gte=1945, year__lte=2100), name="report_year_range"
            ),
            models.UniqueConstraint(
                fields=["agreement", "year", "period"],
                name="report_once_per_period",
                violation_error_message=_(
                    "Laporan monev untuk periode ini sudah disampaikan; ubah laporan yang ada."
                ),
            ),
        ]
        indexes = [
            models.Index(fields=["agreement", "filed_on"], name="report_agreement_filed"),
        ]

    def __str__(self) -> str:
        return f"{self.get_period_display()} {self.year}"

    def clean(self) -> None:
        if (
            self.document_id
            and self.agreement_id
            and self.document.agreement_id != self.agreement_id
        ):
            raise ValidationError(
                {"document": _("Dokumen ini bukan dokumen kesepakatan tersebut.")}
            )

    @property
    def period_start(self) -> datetime.date:
        month = 7 if self.period == ReportPeriod.SECOND_SEMESTER else 1
        return datetime.date(self.year, month, 1)

    @property
    def period_end(self) -> datetime.date:
        if self.period == ReportPeriod.FIRST_SEMESTER:
            return datetime.date(self.year, 6, 30)
        return datetime.date(self.year, 12, 31)
