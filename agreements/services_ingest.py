"""Writes of news ingestion: sources and their schedules, runs, articles, candidates, reviews.

Tasks, commands and the admin call these; fetching and parsing (``agreements.ingest``) know
nothing of the database, and extraction (``agreements.extraction``) nothing of either.
Every function is safe to run twice: a re-run of a source or of an article task creates
nothing new, and concurrent workers are sorted out by database constraints and locks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import threading
import zlib
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone

from agreements.ingest import feeds, pages, stories, urls
from agreements.ingest.errors import IngestError, PermanentError, TransientError
from agreements.ingest.http import Fetcher, Kind, policy_from_settings
from agreements.models import (
    Agreement,
    AgreementParty,
    Article,
    ArticleAgreement,
    ArticleLink,
    Candidate,
    CandidateStatus,
    IngestRun,
    IngestRunStatus,
    Provenance,
    Source,
)
from agreements.services import OpdSpec, PartySpec, ScopeItemSpec, agreement_create

logger = logging.getLogger(__name__)

SCHEDULE_TASK = "agreements.tasks.ingest_source"
PURGE_TASK = "agreements.tasks.purge_raw_html"
MAX_RUN_ERRORS = 100
MAX_CHILD_SITEMAPS = 5
# Signing dates this close are the same event reported twice (a day's slip in "kemarin",
# a time zone); a weekday resolved to the wrong week is left to the reviewer.
MATCH_WINDOW_DAYS = 3
# A URL that failed for good is not fetched again for this long (a feed keeps listing it).
FAILED_URL_TTL = 7 * 24 * 3600


# --- shared state -----------------------------------------------------------------------------

_redis_clients: dict[str, object] = {}


def redis_client():
    """One connection pool per process; the state in it is shared by all workers."""
    import redis

    from agreements.ingest.politeness import _redis_py_url

    url = settings.INGEST_REDIS_URL
    if url not in _redis_clients:
        if settings.CELERY_EMBEDDED_BROKER:
            from cooperation import embedded

            embedded.ensure_redis()
        _redis_clients[url] = redis.Redis.from_url(_redis_py_url(url))
    return _redis_clients[url]


def fetcher_create(**overrides) -> Fetcher:
    from agreements.ingest.http import RedisRobotsCache
    from agreements.ingest.politeness import RedisPoliteness

    client = redis_client()
    return Fetcher(
        policy_from_settings(**overrides),
        politeness=RedisPoliteness(client),
        robots_cache=RedisRobotsCache(client),
    )


_local = threading.local()


def process_fetcher() -> Fetcher:
    """The fetcher of this process (and thread), reused from one article task to the next.

    Its session keeps connections to a host alive and its robots rules parsed, which a new
    fetcher per article would pay for every time. Every hop is still resolved and checked
    (the address check runs per request, not per connection pool), and politeness and
    robots.txt still come from Redis. Keyed by the process id, so a forked worker child never
    shares sockets with its parent, and by the policy, so changed settings take effect.
    """
    key = (os.getpid(), settings.INGEST_REDIS_URL, policy_from_settings())
    fetchers = getattr(_local, "fetchers", None)
    if fetchers is None:
        fetchers = _local.fetchers = {}
    fetcher = fetchers.get(key)
    if fetcher is None:
        for stale_key, stale in list(fetchers.items()):
            if stale_key[0] == key[0]:
                stale.close()
        fetchers.clear()
        fetcher = fetchers[key] = fetcher_create()
    return fetcher


def _failed_key(url: str) -> str:
    return "ingest:failed:" + hashlib.sha1(url.encode()).hexdigest()  # noqa: S324 - a key


# --- sources and schedules --------------------------------------------------------------------

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


# --- runs -------------------------------------------------------------------------------------


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
    known = len({urls.canonicalize(i.url) for i in items}) - len(jobs.fresh) - jobs.capped
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
        by_url.setdefault(urls.canonicalize(item.url), item)
    known: set[str] = set()
    candidates = list(by_url)
    for start in range(0, len(candidates), 1000):
        chunk = candidates[start : start + 1000]
        rows = Article.objects.filter(Q(canonical_url__in=chunk) | Q(url__in=chunk))
        known |= _flatten(rows.values_list("url", "canonical_url"))
    fresh = [url for url in candidates if url not in known]
    if fresh:
        failed = redis_client().mget([_failed_key(url) for url in fresh])
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


# --- articles ---------------------------------------------------------------------------------


def article_ingest(
    *,
    url: str,
    source_id: int | None = None,
    run_id: int | None = None,
    title: str = "",
    published: str | None = None,
    fetcher: Fetcher | None = None,
    min_interval: float | None = None,
) -> str:
    """Fetch, parse and store one article; returns the outcome ("new", "duplicate", "failed").

    Permanent errors are recorded on the run and remembered for a week; transient errors are
    raised for the task to retry (and recorded by ``article_failure_record`` at the last try).
    """
    canonical = urls.canonicalize(url)
    # Before any fetch: a replayed or redelivered task costs one query and nothing else.
    if Article.objects.filter(Q(canonical_url=canonical) | Q(url=canonical)).exists():
        ingest_run_count(run_id=run_id, outcome="duplicate")
        return "duplicate"
    if min_interval is None and source_id is not None:
        # Tasks enqueued before the run handed the politeness over look it up.
        min_interval = (
            Source.objects.filter(pk=source_id).values_list("politeness_seconds", flat=True).first()
        )
    fetcher = fetcher or process_fetcher()
    try:
        # A story split over pages is read to its end (same host, a few pages at most).
        story = stories.fetch_story(
            fetcher,
            url,
            min_interval=min_interval,
            feed_title=title,
            feed_published=feeds.parse_iso_datetime(published),
        )
    except TransientError:
        raise
    except PermanentError as error:
        article_failure_record(url=url, run_id=run_id, error=error)
        return "failed"
    # The feed's URL, cleaned, is what the next run of the feed will look up.
    parsed = story.parsed
    parsed.url = canonical
    stored = article_store(
        parsed=parsed, raw_html=story.first_page.body, source_id=source_id, run_id=run_id
    )
    return stored.outcome


def article_failure_record(*, url: str, run_id: int | None, error: IngestError) -> None:
    ingest_run_count(
        run_id=run_id,
        outcome="failed",
        error={"url": url[:1000], "error": str(error)[:500], "transient": error.transient},
    )
    if not error.transient:
        try:
            redis_client().set(
                _failed_key(urls.canonicalize(url)), str(error)[:200], ex=FAILED_URL_TTL
            )
        except Exception:  # the memo is an optimisation; losing it only costs a refetch
            logger.warning("could not remember failed URL %s", url, exc_info=True)
    logger.info("article %s failed: %s", url, error)


@dataclass
class Stored:
    article: Article
    outcome: str  # "new" or "duplicate"
    candidate: Candidate | None = None


def article_store(
    *,
    parsed: pages.ParsedArticle,
    raw_html: bytes | None,
    source_id: int | None,
    run_id: int | None = None,
) -> Stored:
    """Insert the article once; a syndicated copy links to its original, unextracted.

    One transaction: the row, its extracted facts, its candidate and the run's counters
    commit together, so a worker killed half-way leaves nothing behind to count twice.
    """
    digest = parsed.content_hash
    with transaction.atomic():
        # Serialises inserts of the same text, so two copies arriving at once cannot both
        # become originals; the unique canonical URL sorts out the same URL arriving twice.
        # The same round trip reserves the new row's id: the extracted facts name it, so the
        # row is inserted complete instead of inserted and then updated. It also lets this
        # commit return before its WAL reaches the disk: a server crash can lose at most the
        # last moment's articles, never corrupt anything, and the next run of the source finds
        # them missing and fetches them again. Waiting for the disk cost more than the parse.
        with connection.cursor() as cursor:
            cursor.execute(
                "SET LOCAL synchronous_commit TO OFF; "
                "SELECT pg_advisory_xact_lock(%s), nextval(pg_get_serial_sequence(%s, 'id'))",
                [_lock_id(digest), Article._meta.db_table],
            )
            new_id = cursor.fetchone()[1]
        existing, original = _stored_twin(parsed.canonical_url, digest)
        if existing is not None:
            ingest_run_count(run_id=run_id, outcome="duplicate")
            return Stored(existing, "duplicate")
        article = Article(
            pk=new_id,
            title=parsed.title,
            url=parsed.url,
            canonical_url=parsed.canonical_url,
            publisher=parsed.publisher,
            author=parsed.author,
            published_at=parsed.published_at,
            text=parsed.text,
            language=parsed.language,
            content_hash=digest,
            duplicate_of=original,
            source_id=source_id,
            raw_html=zlib.compress(raw_html, 1) if raw_html else None,
        )
        if original is None:
            _extraction_apply(article)
        try:
            with transaction.atomic():
                article.save(force_insert=True)
        except IntegrityError:
            ingest_run_count(run_id=run_id, outcome="duplicate")
            return Stored(Article.objects.get(canonical_url=parsed.canonical_url), "duplicate")
        if original is not None:
            ingest_run_count(run_id=run_id, outcome="duplicate")
            return Stored(article, "duplicate")
        candidate = candidate_propose(article=article, fresh=True) if article.is_relevant else None
        # Last before the commit: the run's row stays locked only for an instant.
        ingest_run_count(run_id=run_id, outcome="new", candidate=candidate is not None)
        return Stored(article, "new", candidate)


def _stored_twin(canonical_url: str, digest: str) -> tuple[Article | None, Article | None]:
    """In one query: the article already stored at this URL, and the original of this text."""
    rows = (
        Article.objects.filter(
            Q(canonical_url=canonical_url) | Q(content_hash=digest, duplicate_of__isnull=True)
        )
        .order_by("id")
        .only("id", "title", "canonical_url", "content_hash", "duplicate_of_id", "is_relevant")
    )
    existing = original = None
    for row in rows:
        if row.canonical_url == canonical_url:
            existing = row
        elif original is None and row.content_hash == digest and row.duplicate_of_id is None:
            original = row
    return existing, original


def _lock_id(digest: str) -> int:
    return int(digest[:15], 16)


def _extraction_apply(article: Article) -> dict:
    """Run the extractor over an article's text and set its fields (not saved)."""
    from agreements.extraction import extract

    published = (
        timezone.localtime(article.published_at).date().isoformat()
        if article.published_at
        else None
    )
    text = article.text
    if article.title and not text.startswith(article.title):
        text = f"{article.title}\n\n{text}"
    facts = extract(text, published=published).to_contract_dict(str(article.pk))
    article.extraction = facts
    article.is_relevant = bool(facts.get("is_agreement"))
    article.extracted_at = timezone.now()
    return facts


def article_extract(*, article: Article) -> dict:
    facts = _extraction_apply(article)
    article.save(update_fields=["extraction", "is_relevant", "extracted_at"])
    return facts


def raw_html_purge(*, older_than_days: int | None = None) -> int:
    days = settings.INGEST_RAW_HTML_RETENTION_DAYS if older_than_days is None else older_than_days
    if days <= 0:
        return 0
    cutoff = timezone.now() - dt.timedelta(days=days)
    return Article.objects.filter(fetched_at__lt=cutoff, raw_html__isnull=False).update(
        raw_html=None
    )


# --- candidates -------------------------------------------------------------------------------


def candidate_confidence(facts: dict) -> float:
    values = [v for v in (facts.get("confidence") or {}).values() if isinstance(v, int | float)]
    return round(sum(values) / len(values), 2) if values else 0.0


def agreement_match(*, facts: dict) -> Agreement | None:
    """The one agreement already recorded for the same event: exactly the same provinces,
    signed within a few days. None when there is none, or more than one to choose from.

    A match takes the article out of the review queue, so it must be the same event: an
    agreement with more provinces is a larger event (a forum of governors), and two
    agreements that fit (a KB and its PKS signed the same day) are for a reviewer to tell
    apart. With thousands of agreements a week's window and a superset of provinces matched
    unrelated ones, and those articles never reached a reviewer.
    """
    codes = {p.get("province_code") for p in facts.get("parties", []) if p.get("province_code")}
    signed_on = facts.get("signed_on")
    if len(codes) < 2 or not signed_on:
        return None
    try:
        day = dt.date.fromisoformat(signed_on)
    except ValueError:
        return None
    window = dt.timedelta(days=MATCH_WINDOW_DAYS)
    # Flat queries over the parties, unordered (the parties' default ordering joins three
    # tables): this runs for every relevant article, and nearly always finds nothing.
    rows = (
        AgreementParty.objects.filter(
            province_id__in=codes, agreement__signed_on__range=(day - window, day + window)
        )
        .order_by()
        .values_list("agreement_id", "province_id")
    )
    provinces: dict[int, set[str]] = {}
    for agreement_id, province_id in rows:
        provinces.setdefault(agreement_id, set()).add(province_id)
    covering = [pk for pk, found in provinces.items() if found >= codes]
    if not covering:
        return None
    every_province: dict[int, set[str]] = {}
    for agreement_id, province_id in (
        AgreementParty.objects.filter(agreement_id__in=covering, province_id__isnull=False)
        .order_by()
        .values_list("agreement_id", "province_id")
    ):
        every_province.setdefault(agreement_id, set()).add(province_id)
    same = [pk for pk in covering if every_province.get(pk) == codes]
    return Agreement.objects.get(pk=same[0]) if len(same) == 1 else None


def candidate_propose(*, article: Article, fresh: bool = False) -> Candidate | None:
    """The proposal for a relevant article, or a link to the agreement it reports.

    ``fresh``: the article was inserted in the current transaction, so no other worker can
    have linked it or proposed it yet (their rows would need ours committed): plain inserts,
    without the look-up and savepoint of ``get_or_create``.
    """
    facts = article.extraction
    match = agreement_match(facts=facts)
    defaults = {"facts": facts, "confidence": candidate_confidence(facts)}
    if match is not None:
        link = {"evidence": facts.get("evidence", {}), "linked_by": ArticleLink.AUTO_MATCH}
        if fresh:
            ArticleAgreement.objects.create(article=article, agreement=match, **link)
        else:
            ArticleAgreement.objects.get_or_create(article=article, agreement=match, defaults=link)
        defaults.update(status=CandidateStatus.MERGED, agreement=match, decided_at=timezone.now())
    if fresh:
        return Candidate.objects.create(article=article, **defaults)
    candidate, created = Candidate.objects.get_or_create(article=article, defaults=defaults)
    return candidate if created else None


def _decide(candidate: Candidate, *, user, status: str, **fields) -> Candidate:
    candidate.status = status
    candidate.decided_by = user
    candidate.decided_at = timezone.now()
    for key, value in fields.items():
        setattr(candidate, key, value)
    candidate._history_user = user
    candidate.save()
    return candidate


def _lock_pending(candidate_id: int) -> Candidate:
    candidate = Candidate.objects.select_for_update().select_related("article").get(pk=candidate_id)
    if candidate.status != CandidateStatus.PENDING:
        raise CandidateAlreadyDecided(candidate)
    return candidate


class CandidateAlreadyDecided(Exception):
    def __init__(self, candidate: Candidate):
        super().__init__(f"candidate {candidate.pk} is already {candidate.status}")
        self.candidate = candidate


@transaction.atomic
def candidate_accept(
    *,
    candidate_id: int,
    user,
    title: str,
    parties: list[PartySpec],
    agreement_type: str,
    signed_on: dt.date | None = None,
    place: str = "",
    opds: list[OpdSpec] = (),
    scope_items: list[ScopeItemSpec] = (),
    notes: str = "",
) -> Agreement:
    """A reviewer's corrected facts become an agreement, linked to its article."""
    candidate = _lock_pending(candidate_id)
    article = candidate.article
    source_note = f"Sumber: {article.title} — {article.canonical_url}"
    agreement = agreement_create(
        title=title,
        parties=parties,
        agreement_type=agreement_type,
        signed_on=signed_on,
        place=place,
        opds=list(opds),
        scope_items=list(scope_items),
        notes=f"{notes}\n\n{source_note}".strip(),
        provenance=Provenance.ARTICLE,
        created_by=user,
    )
    ArticleAgreement.objects.get_or_create(
        article=article,
        agreement=agreement,
        defaults={
            "evidence": candidate.facts.get("evidence", {}),
            "linked_by": ArticleLink.ACCEPTED,
        },
    )
    _decide(candidate, user=user, status=CandidateStatus.ACCEPTED, agreement=agreement)
    return agreement


@transaction.atomic
def candidate_merge(*, candidate_id: int, user, agreement: Agreement) -> Candidate:
    """The article reports an agreement already recorded: attach it as another source."""
    candidate = _lock_pending(candidate_id)
    ArticleAgreement.objects.get_or_create(
        article=candidate.article,
        agreement=agreement,
        defaults={"evidence": candidate.facts.get("evidence", {}), "linked_by": ArticleLink.MERGED},
    )
    return _decide(candidate, user=user, status=CandidateStatus.MERGED, agreement=agreement)


@transaction.atomic
def candidate_reject(*, candidate_id: int, user, reason: str) -> Candidate:
    reason = reason.strip()
    if not reason:
        raise ValueError("a rejection needs a reason")
    candidate = _lock_pending(candidate_id)
    return _decide(candidate, user=user, status=CandidateStatus.REJECTED, rejection_reason=reason)


@transaction.atomic
def candidates_reject(*, candidate_ids: list[int], user, reason: str) -> int:
    """Bulk rejection; already decided candidates are left as they are."""
    rejected = 0
    pending = Candidate.objects.filter(pk__in=candidate_ids, status=CandidateStatus.PENDING)
    for candidate_id in pending.values_list("pk", flat=True):
        try:
            candidate_reject(candidate_id=candidate_id, user=user, reason=reason)
        except CandidateAlreadyDecided:
            continue
        rejected += 1
    return rejected


# --- re-extraction ----------------------------------------------------------------------------


@transaction.atomic
def article_reextract(*, article_id: int) -> str:
    """Run the (upgraded) extractor again; decisions already taken are kept.

    Returns what happened: "updated", "proposed" (a new candidate), "withdrawn" (a pending
    candidate of an article no longer relevant was removed) or "kept" (decided candidate).
    """
    article = Article.objects.select_for_update().get(pk=article_id)
    if article.duplicate_of_id is not None:
        return "skipped"
    facts = article_extract(article=article)
    candidate = Candidate.objects.filter(article=article).first()
    if candidate is None:
        if article.is_relevant and candidate_propose(article=article) is not None:
            return "proposed"
        return "updated"
    if candidate.status != CandidateStatus.PENDING:
        return "kept"
    if not article.is_relevant:
        candidate.delete()
        return "withdrawn"
    candidate.facts = facts
    candidate.confidence = candidate_confidence(facts)
    candidate.save(update_fields=["facts", "confidence"])
    return "updated"


# --- offline and one-off input ----------------------------------------------------------------


def article_ingest_document(
    *, body: bytes, url: str, published: dt.datetime | None, content_type: str = "text/html"
) -> Stored:
    """A saved page or text file (offline backfill): parsed and stored like a fetched one."""
    if content_type == "text/plain":
        parsed = pages.parse_text(pages.decode_html(body), url=url, published_at=published)
    else:
        parsed = pages.parse_article(body, url=url, feed_published=published)
    parsed.url = urls.canonicalize(url)
    return article_store(
        parsed=parsed, raw_html=body if content_type != "text/plain" else None, source_id=None
    )
