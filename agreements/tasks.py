"""Celery tasks: thin and idempotent; they take ids or URLs and call one service each.

Article tasks acknowledge late and are requeued when their worker dies: running one twice
stores the article once (unique canonical URL). Retries are for transient errors only, with
exponential backoff and jitter, capped below the broker's visibility timeout (a countdown
longer than that would make Redis hand the task to a second worker).
"""

from __future__ import annotations

import datetime as dt
import logging
from smtplib import SMTPException

from celery import shared_task, signals
from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.db import transaction

from agreements.ingest.errors import PermanentError, TransientError
from agreements.models import Source
from agreements.services import articles, export_jobs, reminders, sources, summaries, uploads
from agreements.services import reports as report_service

logger = logging.getLogger(__name__)

COMMON = {
    "bind": True,
    "acks_late": True,
    "reject_on_worker_lost": True,
    "max_retries": settings.INGEST_MAX_RETRIES,
}


def retry_delay(retries: int, retry_after: float | None = None) -> int:
    cap = settings.INGEST_RETRY_BACKOFF_MAX
    backoff = get_exponential_backoff_interval(
        factor=15, retries=retries, maximum=cap, full_jitter=True
    )
    return int(min(max(backoff, retry_after or 0), cap))


@shared_task(soft_time_limit=30, time_limit=60, **COMMON)
def ingest_all_sources(self) -> int:
    """Fan out: one ``ingest_source`` per enabled source."""
    source_ids = list(Source.objects.filter(enabled=True).values_list("pk", flat=True))
    for source_id in source_ids:
        ingest_source.delay(source_id, trigger="all")
    return len(source_ids)


@shared_task(soft_time_limit=120, time_limit=180, **COMMON)
def ingest_source(self, source_id: int, trigger: str = "schedule") -> int:
    """Read one source and enqueue one ``ingest_article`` per new article, after commit."""
    if not Source.objects.filter(pk=source_id, enabled=True).exists() and trigger == "schedule":
        return 0
    try:
        result = sources.source_run(source_id=source_id, trigger=trigger)
    except Source.DoesNotExist:
        logger.info("source %s is gone", source_id)
        return 0
    except (TransientError, SoftTimeLimitExceeded) as error:
        if self.request.retries >= self.max_retries:
            return 0
        raise self.retry(
            exc=error, countdown=retry_delay(self.request.retries, _after(error))
        ) from None
    except PermanentError:
        return 0  # recorded on the run and the source
    jobs = [
        {
            "url": job.url,
            "source_id": source_id,
            "run_id": result.run_id,
            "title": job.title,
            "published": job.published,
            "min_interval": result.min_interval,
        }
        for job in result.jobs
    ]
    transaction.on_commit(lambda: [ingest_article.delay(**job) for job in jobs])
    return len(jobs)


@shared_task(soft_time_limit=90, time_limit=120, **COMMON)
def ingest_article(
    self,
    url: str,
    source_id: int | None = None,
    run_id: int | None = None,
    title: str = "",
    published: str | None = None,
    min_interval: float | None = None,
) -> str:
    try:
        return articles.article_ingest(
            url=url,
            source_id=source_id,
            run_id=run_id,
            title=title,
            published=published,
            min_interval=min_interval,
        )
    except (TransientError, SoftTimeLimitExceeded) as error:
        if not isinstance(error, TransientError):
            error = TransientError(f"time limit reached fetching {url}")
        if self.request.retries >= self.max_retries:
            articles.article_failure_record(url=url, run_id=run_id, error=error)
            return "failed"
        raise self.retry(
            exc=error, countdown=retry_delay(self.request.retries, error.retry_after)
        ) from None


@shared_task(soft_time_limit=600, time_limit=900, **COMMON)
def open_dataset_write(self) -> int:
    """Nightly: the open dataset of published agreements (services.dataset)."""
    from agreements.services.dataset import open_dataset_write as write

    return write()


@shared_task(soft_time_limit=600, time_limit=900, **COMMON)
def purge_raw_html(self) -> int:
    return articles.raw_html_purge()


@shared_task(soft_time_limit=300, time_limit=600)
def prune_held_uploads() -> int:
    # Idempotent and cheap: it deletes only files no token can reach any more.
    return uploads.held_uploads_prune()


def _after(error) -> float | None:
    return getattr(error, "retry_after", None)


@signals.worker_init.connect(weak=False)
def _preload_parsers(**_kwargs) -> None:
    """Load trafilatura and the extractor's gazetteer once, in the worker's main process.

    Pool children are forked from it and replaced every ``worker_max_tasks_per_child``
    tasks; without this each new child pays the imports and table loading on its first
    article. Only workers do this: the web process never parses articles.
    """
    try:
        import trafilatura  # noqa: F401

        from agreements.extraction import extract

        extract("Pemerintah Provinsi Jambi dan Pemerintah Provinsi Bali.", published=None)
    except Exception:  # a warm-up must never keep a worker from starting
        logger.warning("could not preload the parsers", exc_info=True)


@shared_task(bind=True, acks_late=True, soft_time_limit=600, time_limit=900, max_retries=3)
def send_reminders(self, today: str | None = None) -> dict:
    """The daily digest (beat: ``send-reminders``); ``./manage.py send_reminders`` runs it too.

    Safe to retry or run twice: the sent-log's unique constraint and the row claim in
    ``reminders_send`` keep every reminder to one mail.
    """
    day = dt.date.fromisoformat(today) if today else None
    try:
        run = reminders.reminders_send(today=day)
    except (OSError, SMTPException) as error:  # the mail server is down: try again later
        raise self.retry(exc=error, countdown=retry_delay(self.request.retries)) from None
    return {"created": run.created, "digests": run.digests, "mails": run.mails}


@shared_task(bind=True, soft_time_limit=600, time_limit=900)
def generate_report(self, report_id: int) -> str:
    return report_service.report_generate(report_id=report_id)


# A million rows of CSV take minutes; the limits leave room for that and stop a runaway.
@shared_task(bind=True, soft_time_limit=1800, time_limit=2100)
def generate_export(self, job_id: int) -> str:
    return export_jobs.export_job_generate(job_id=job_id)


@shared_task(soft_time_limit=300, time_limit=600)
def prune_export_jobs() -> int:
    return export_jobs.export_jobs_prune()


@shared_task(soft_time_limit=300, time_limit=600)
def prune_list_changes() -> int:
    return summaries.list_changes_prune()
