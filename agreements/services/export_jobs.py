"""Writes on background exports: ask for one, write it (the task), prune old ones.

An export larger than one request can deliver (``EXPORT_CSV_MAX_ROWS``,
``EXPORT_XLSX_MAX_ROWS``) is written by a worker instead: the same filter code and the same
row functions as the direct export, so the file holds exactly the rows the list shows.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import tempfile

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone, translation

from agreements import exports
from agreements.filters import AgreementFilter
from agreements.models import Agreement, ExportFormat, ExportJob, ReportState

logger = logging.getLogger(__name__)

# An XLSX sheet holds 1,048,576 rows, the header included.
XLSX_SHEET_ROWS = 1_048_575


class ExportRejected(ValueError):
    """The filters are invalid, or the rows do not fit the format."""


def _filtered(query: str):
    agreement_filter = AgreementFilter(QueryDict(query), queryset=Agreement.objects.all())
    if not agreement_filter.is_valid():
        raise ExportRejected(agreement_filter.errors.as_text())
    return agreement_filter.qs


def export_query(query: QueryDict) -> str:
    """The filters of a list address as stored on a job: without format, page or sort."""
    kept = query.copy()
    for key in ("format", "page", "per_page", "sort"):
        kept.pop(key, None)
    return kept.urlencode()


@transaction.atomic
def export_job_request(*, user, query: str, fmt: str, language: str, enqueue) -> ExportJob:
    """Record the request; ``enqueue(job_id)`` runs once the row is committed."""
    if fmt not in ExportFormat.values:
        raise ExportRejected(f"format must be csv or xlsx, got {fmt!r}")
    _filtered(query)
    job = ExportJob.objects.create(requested_by=user, query=query, format=fmt, language=language)
    transaction.on_commit(lambda: enqueue(job.pk))
    return job


def _update(job_id: int, **fields) -> None:
    ExportJob.objects.filter(pk=job_id).update(**fields)


def _write(job: ExportJob, agreements, total: int, spool) -> int:
    def on_rows(done: int) -> None:
        # 5-95 %: counting is the first step, saving the file the last.
        _update(job.pk, progress=5 + min(90, 90 * done // max(total, 1)))

    if job.format == ExportFormat.CSV:
        text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
        written = exports.write_csv(agreements, text, on_rows)
        text.flush()
        text.detach()
        return written
    return exports.write_xlsx(agreements, spool, on_rows)


def export_job_generate(*, job_id: int) -> str:
    """Write a queued export; one already done is left as it is (a redelivered task)."""
    job = ExportJob.objects.filter(pk=job_id).first()
    if job is None or job.state == ReportState.DONE:
        return "skipped"
    _update(job_id, state=ReportState.RUNNING, progress=1, error="")
    try:
        with translation.override(job.language):
            agreements = _filtered(job.query)
            total = agreements.order_by().count()
            if job.format == ExportFormat.XLSX and total > XLSX_SHEET_ROWS:
                raise ExportRejected(
                    translation.gettext("XLSX memuat paling banyak %(limit)d baris; pilih CSV.")
                    % {"limit": XLSX_SHEET_ROWS}
                )
            _update(job_id, row_count=total, progress=5)
            with tempfile.TemporaryFile() as spool:
                written = _write(job, agreements, total, spool)
                spool.seek(0)
                job.file.save(exports.export_filename(job.format), File(spool), save=False)
    except Exception as error:  # recorded on the row, where the requester sees it
        logger.exception("export %s failed", job_id)
        _update(job_id, state=ReportState.FAILED, error=str(error)[:2000])
        return "failed"
    _update(
        job_id,
        file=job.file.name,
        row_count=written,
        state=ReportState.DONE,
        progress=100,
        finished_at=timezone.now(),
    )
    return "done"


def export_jobs_prune(*, now: dt.datetime | None = None) -> int:
    """Delete exports (rows and files) older than ``EXPORT_JOB_RETENTION_DAYS``."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=settings.EXPORT_JOB_RETENTION_DAYS)
    old = list(ExportJob.objects.filter(created_at__lt=cutoff))
    for job in old:
        if job.file:
            job.file.delete(save=False)
    ExportJob.objects.filter(pk__in=[job.pk for job in old]).delete()
    if old:
        logger.info("pruned %d exports older than %s", len(old), cutoff.isoformat())
    return len(old)
