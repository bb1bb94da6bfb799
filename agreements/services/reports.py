"""Writes on periodic reports: ask for one, generate it (the task), write one to a file."""

from __future__ import annotations

import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation

from agreements.models import PeriodicReport, Province, ReportFormat, ReportState
from agreements.reporting import render_report
from agreements.selectors.reports import period_parse, report_content

logger = logging.getLogger(__name__)


def report_build(*, province_code: str | None, period: str, fmt: str, language: str) -> bytes:
    """The report's bytes; raises ValueError for an unknown province, period or format."""
    parsed = period_parse(period)
    if fmt not in ReportFormat.values:
        raise ValueError(f"format must be xlsx or pdf, got {fmt!r}")
    if province_code and not Province.objects.filter(pk=province_code).exists():
        raise ValueError(f"unknown province code {province_code!r}")
    with translation.override(language):
        return render_report(report_content(province_code=province_code, period=parsed), fmt)


@transaction.atomic
def report_request(
    *, user, province_code: str | None, period: str, fmt: str, language: str, enqueue
) -> PeriodicReport:
    """Record the request; ``enqueue(report_id)`` runs once the row is committed, so the
    worker never looks for a row that is not there yet."""
    period_parse(period)
    report = PeriodicReport.objects.create(
        province_id=province_code or None,
        period=period,
        format=fmt,
        requested_by=user,
        language=language,
    )
    transaction.on_commit(lambda: enqueue(report.pk))
    return report


def _progress(report_id: int, **fields) -> None:
    PeriodicReport.objects.filter(pk=report_id).update(**fields)


def report_generate(*, report_id: int) -> str:
    """Generate a queued report; a report already done is left as it is (a redelivery)."""
    report = PeriodicReport.objects.filter(pk=report_id).first()
    if report is None or report.state == ReportState.DONE:
        return "skipped"
    _progress(report_id, state=ReportState.RUNNING, progress=10, error="")
    try:
        data = report_build(
            province_code=report.province_id,
            period=report.period,
            fmt=report.format,
            language=report.language,
        )
    except Exception as error:  # recorded on the row, where the requester sees it
        logger.exception("report %s failed", report_id)
        _progress(report_id, state=ReportState.FAILED, error=str(error)[:2000])
        return "failed"
    _progress(report_id, progress=90)
    name = f"laporan-{report.province_id or 'semua'}-{report.period}.{report.format}"
    report.file.save(name, ContentFile(data), save=False)
    _progress(
        report_id,
        file=report.file.name,
        state=ReportState.DONE,
        progress=100,
        finished_at=timezone.now(),
    )
    return "done"
