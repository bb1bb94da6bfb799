"""Writes of news sources: the sources with their beat schedules, and their runs.

A run reads a source (feed, sitemap or page list), records what it found and hands the new
article URLs to the article tasks, which add their outcomes to the run's counters. Safe to
run twice: URLs already stored (or failed for good recently) are not fetched again.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone

from agreements.ingest import canonical_urls, feeds
from agreements.ingest.errors import IngestError, PermanentError
from agreements.ingest.http import Fetcher
from agreements.ingest.policy import Kind
from agreements.models import (
    Article,
    IngestRun,
    IngestRunStatus,
    Source,
)
from agreements.services.fetchers import failed_url_key, fetcher_create, redis_client

logger = logging.getLogger(__name__)

SCHEDULE_TASK = "agreements.tasks.ingest_source"


PURGE_TASK = "agreements.tasks.purge_raw_html"


MAX_RUN_ERRORS = 100


MAX_CHILD_SITEMAPS = 5


SOURCE_FIELDS = (
    "name",
    "kind",
    "url",
    "enabled",
    "interval_minutes",
    "politeness_seconds",
    "max_items_per_run",
)


@transaction.atomic
def source_create(
    *,
    name: str,
    url: str,
    kind: str = "feed",
    enabled: bool = True,
    interval_minutes: int = 60,
    politeness_seconds: int = 5,
    max_items_per_run: int = 50,
) -> Source:
    source = Source.objects.create(
        name=name,
        url=url,
        kind=kind,
        enabled=enabled,
        interval_minutes=interval_minutes,
        politeness_seconds=politeness_seconds,
        max_items_per_run=max_items_per_run,
    )
    source_schedule_sync(source=source)
    return source


@transaction.atomic
def source_update(*, source: Source, **fields) -> Source:
    unknown = set(fields) - set(SOURCE_FIELDS)
    if unknown:
        raise TypeError(f"unknown source fields: {sorted(unknown)}")
    if "url" in fields and fields["url"] != source.url:
        # Validators of another URL say nothing about this one.
        source.etag = source.last_modified = ""
    for key, value in fields.items():
        setattr(source, key, value)
    source.save()
    source_schedule_sync(source=source)
    return source


@transaction.atomic
def source_delete(*, source: Source) -> None:
    task = source.periodic_task
    source.delete()
    if task is not None:
        task.delete()


def source_schedule_sync(*, source: Source) -> None:
    """The beat entry of a source, created, updated or switched off to match it."""
    from django_celery_beat.models import IntervalSchedule, PeriodicTask

    schedule, _ = IntervalSchedule.objects.get_or_create(
        every=source.interval_minutes, period=IntervalSchedule.MINUTES
    )
    task, _ = PeriodicTask.objects.update_or_create(
        name=f"ingest source #{source.pk}",
        defaults={
            "task": SCHEDULE_TASK,
            "interval": schedule,
            "args": json.dumps([source.pk]),
            "enabled": source.enabled,
            "description": f"{source.name} ({source.url})",
        },
    )
    if source.periodic_task_id != task.pk:
        Source.objects.filter(pk=source.pk).update(periodic_task=task)
        source.periodic_task = task


def ingest_schedules_ensure() -> None:
    """The daily purge of old raw HTML (retention), idempotent."""
    from django_celery_beat.models import CrontabSchedule, PeriodicTask

    crontab, _ = CrontabSchedule.objects.get_or_create(
        minute="30",
        hour="3",
        day_of_week="*",
        day_of_month="*",
        month_of_year="*",
        timezone=settings.TIME_ZONE,
    )
    PeriodicTask.objects.get_or_create(
        name="ingest: purge old raw HTML", defaults={"task": PURGE_TASK, "crontab": crontab}
    )


RUN_COUNTERS = ("new", "duplicate", "failed", "candidates")


def ingest_run_count(
    *, run_id: int | None, outcome: str, error: dict | None = None, candidate: bool = False
) -> None:
    """Add one article outcome (and its candidate) to a run's counters in one UPDATE.

    Safe from many workers at once: the increments happen in SQL.
    """
    if run_id is None:
        return
    updates = {}
    for counter in RUN_COUNTERS:
        if counter == outcome or (counter == "candidates" and candidate):
            updates[counter] = F(counter) + 1
    if error is not None:
        # jsonb append in SQL: concurrent workers cannot lose each other's errors.
        updates["errors"] = RawSQL(
            "CASE WHEN jsonb_array_length(errors) < %s THEN errors || %s::jsonb ELSE errors END",
            [MAX_RUN_ERRORS, json.dumps([error])],
        )
    if updates:
        IngestRun.objects.filter(pk=run_id).update(**updates)


@dataclass(frozen=True)
class ArticleJob:
    url: str
    title: str = ""
    published: str | None = None  # ISO datetime from the feed


@dataclass
class SourceRunResult:
    run_id: int
    jobs: list[ArticleJob] = field(default_factory=list)
    # The source's politeness at the time of the run, handed to its article tasks.
    min_interval: float | None = None


def source_run(
    *, source_id: int, trigger: str = "schedule", fetcher: Fetcher | None = None
) -> SourceRunResult:
    """Read a source: record a run, and return the new article URLs to fetch (capped).

    A transient error is recorded and raised again so the task can retry; a permanent one
    is recorded and ends the run.
    """
    source = Source.objects.get(pk=source_id)
    now = timezone.now()
    run = IngestRun.objects.create(source=source, trigger=trigger, started_at=now)
    Source.objects.filter(pk=source.pk).update(last_run_at=now)
    own_fetcher = fetcher is None
    fetcher = fetcher or fetcher_create(min_interval=source.politeness_seconds)
    try:
        result = fetcher.fetch(
            source.url,
            kind=Kind.FEED,
            etag=source.etag,
            last_modified=source.last_modified,
            min_interval=source.politeness_seconds,
        )
        if result.not_modified:
            _run_finish(run, source, status=IngestRunStatus.NOT_MODIFIED)
            return SourceRunResult(run_id=run.pk, min_interval=source.politeness_seconds)
        found = feeds.discover(
            result.body,
            base_url=result.final_url,
            kind=source.kind,
            content_type=result.content_type,
        )
        items = list(found.items)
        warnings = list(found.warnings)
        for child in found.sitemaps[:MAX_CHILD_SITEMAPS]:
            try:
                page = fetcher.fetch(child, kind=Kind.FEED, min_interval=source.politeness_seconds)
                items += feeds.discover(page.body, base_url=page.final_url, kind="sitemap").items
            except PermanentError as error:
                warnings.append(f"{child}: {error}")
        if found.rejected_links:
            warnings.append(f"{found.rejected_links} links refused (not http/https)")
    except IngestError as error:
        _run_fail(run, source, error)
        raise
    finally:
        if own_fetcher:
            fetcher.close()

    jobs = _new_jobs(items, cap=source.max_items_per_run)
    known = len({canonical_urls.canonicalize(i.url) for i in items}) - len(jobs.fresh) - jobs.capped
    run.discovered = len(items)
    run.duplicate = known
    run.errors = [{"url": source.url, "error": w, "transient": False} for w in warnings][
        :MAX_RUN_ERRORS
    ]
    _run_finish(
        run, source, status=IngestRunStatus.OK, etag=result.etag, modified=result.last_modified
    )
    return SourceRunResult(run_id=run.pk, jobs=jobs.fresh, min_interval=source.politeness_seconds)


@dataclass
class _Jobs:
    fresh: list[ArticleJob]
    capped: int


def _new_jobs(items: list[feeds.FeedItem], *, cap: int) -> _Jobs:
    by_url: dict[str, feeds.FeedItem] = {}
    for item in items:
        by_url.setdefault(canonical_urls.canonicalize(item.url), item)
    known: set[str] = set()
    candidates = list(by_url)
    for start in range(0, len(candidates), 1000):
        chunk = candidates[start : start + 1000]
        rows = Article.objects.filter(Q(canonical_url__in=chunk) | Q(url__in=chunk))
        known |= _flatten(rows.values_list("url", "canonical_url"))
    fresh = [url for url in candidates if url not in known]
    if fresh:
        failed = redis_client().mget([failed_url_key(url) for url in fresh])
        fresh = [url for url, mark in zip(fresh, failed, strict=True) if mark is None]
    # Newest first, so a cap keeps what readers care about; undated items last.
    oldest = dt.datetime.min.replace(tzinfo=dt.UTC)
    fresh.sort(key=lambda url: by_url[url].published_at or oldest, reverse=True)
    jobs = [
        ArticleJob(
            url=url,
            title=by_url[url].title,
            published=by_url[url].published_at.isoformat() if by_url[url].published_at else None,
        )
        for url in fresh[:cap]
    ]
    return _Jobs(fresh=jobs, capped=max(len(fresh) - cap, 0))


def new_jobs(items: list[feeds.FeedItem], *, cap: int) -> list[ArticleJob]:
    """The items not stored yet (nor failed for good recently), newest first, at most ``cap``."""
    return _new_jobs(items, cap=cap).fresh


def _flatten(rows) -> set[str]:
    return {value for row in rows for value in row}


def _run_finish(run: IngestRun, source: Source, *, status: str, etag="", modified="") -> None:
    now = timezone.now()
    run.status, run.finished_at = status, now
    run.save(update_fields=["status", "finished_at", "discovered", "new", "duplicate", "errors"])
    updates = {"last_success_at": now, "last_error": ""}
    if status == IngestRunStatus.OK:
        updates.update(etag=etag, last_modified=modified)
    Source.objects.filter(pk=source.pk).update(**updates)


def _run_fail(run: IngestRun, source: Source, error: IngestError) -> None:
    now = timezone.now()
    message = str(error)[:2000]
    run.status, run.finished_at = IngestRunStatus.FAILED, now
    run.errors = [{"url": source.url, "error": message, "transient": error.transient}]
    run.save(update_fields=["status", "finished_at", "errors"])
    Source.objects.filter(pk=source.pk).update(last_error=message, last_error_at=now)
    logger.warning("source %s failed: %s", source.pk, message)
