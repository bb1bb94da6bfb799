"""Writes of articles: fetching, storing once, extracting facts, proposing candidates.

Fetching and parsing (``agreements.ingest``) know nothing of the database, and extraction
(``agreements.extraction``) nothing of either; the facts are stored through
``agreements.facts.ExtractedFacts``. Every function is safe to run twice: a re-run of an
article task creates nothing new, and concurrent workers are sorted out by database
constraints and locks.
"""

from __future__ import annotations

import datetime as dt
import logging
import zlib
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from agreements.facts import ExtractedFacts
from agreements.ingest import canonical_urls, feeds, pages, stories
from agreements.ingest.errors import IngestError, PermanentError, TransientError
from agreements.ingest.http import Fetcher
from agreements.models import (
    Agreement,
    AgreementParty,
    Article,
    ArticleAgreement,
    ArticleLink,
    Candidate,
    CandidateStatus,
    Source,
)
from agreements.services.events import event_join_fields, event_lead_find
from agreements.services.fetchers import (
    FAILED_URL_TTL,
    failed_url_key,
    process_fetcher,
    redis_client,
)
from agreements.services.sources import ingest_run_count

logger = logging.getLogger(__name__)

# Signing dates this close are the same event reported twice (a day's slip in "kemarin",
# a time zone); a weekday resolved to the wrong week is left to the reviewer.
MATCH_WINDOW_DAYS = 3


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
    canonical = canonical_urls.canonicalize(url)
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
            key = failed_url_key(canonical_urls.canonicalize(url))
            redis_client().set(key, str(error)[:200], ex=FAILED_URL_TTL)
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


def _extraction_apply(article: Article) -> ExtractedFacts:
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
    contract = extract(text, published=published, url=article.url).to_contract_dict(str(article.pk))
    facts = ExtractedFacts.from_dict(contract)
    article.extraction = facts.to_dict()
    article.is_relevant = bool(facts.is_agreement)
    article.extracted_at = timezone.now()
    return facts


def article_extract(*, article: Article) -> ExtractedFacts:
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


def agreement_match(*, facts: ExtractedFacts) -> Agreement | None:
    """The one agreement already recorded for the same event: exactly the same provinces,
    signed within a few days. None when there is none, or more than one to choose from.

    A match takes the article out of the review queue, so it must be the same event: an
    agreement with more provinces is a larger event (a forum of governors), and two
    agreements that fit (a KB and its PKS signed the same day) are for a reviewer to tell
    apart. With thousands of agreements a week's window and a superset of provinces matched
    unrelated ones, and those articles never reached a reviewer.
    """
    codes = facts.province_codes
    day = facts.signed_on
    if len(codes) < 2 or day is None:
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
    facts = article.extracted_facts
    match = agreement_match(facts=facts)
    defaults = {"facts": article.extraction, "confidence": facts.overall_confidence}
    if match is not None:
        link = {"evidence": facts.evidence_dict(), "linked_by": ArticleLink.AUTO_MATCH}
        if fresh:
            ArticleAgreement.objects.create(article=article, agreement=match, **link)
        else:
            ArticleAgreement.objects.get_or_create(article=article, agreement=match, defaults=link)
        defaults.update(status=CandidateStatus.MERGED, agreement=match, decided_at=timezone.now())
    else:
        lead = event_lead_find(article=article, facts=facts)
        if lead is not None:
            defaults.update(event_join_fields(lead, article=article, facts=facts))
    if fresh:
        return Candidate.objects.create(article=article, **defaults)
    candidate, created = Candidate.objects.get_or_create(article=article, defaults=defaults)
    return candidate if created else None


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
    candidate.facts = article.extraction
    candidate.confidence = facts.overall_confidence
    candidate.save(update_fields=["facts", "confidence"])
    return "updated"


def article_ingest_document(
    *, body: bytes, url: str, published: dt.datetime | None, content_type: str = "text/html"
) -> Stored:
    """A saved page or text file (offline backfill): parsed and stored like a fetched one."""
    if content_type == "text/plain":
        parsed = pages.parse_text(pages.decode_html(body), url=url, published_at=published)
    else:
        parsed = pages.parse_article(body, url=url, feed_published=published)
    parsed.url = canonical_urls.canonicalize(url)
    return article_store(
        parsed=parsed, raw_html=body if content_type != "text/plain" else None, source_id=None
    )
