"""Sources, runs, articles and candidates through the services, against the loopback server."""

import datetime as dt
import zlib

import pytest
from django_celery_beat.models import PeriodicTask

from agreements.ingest.errors import PermanentError
from agreements.models import (
    Article,
    ArticleLink,
    Candidate,
    CandidateStatus,
    IngestRun,
    IngestRunStatus,
    Source,
)
from agreements.services import articles, fetchers, review, sources
from tests.factories import AgreementFactory
from tests.ingest.samples import agreement_text, article_html, rss_feed, serve_agreement_site

pytestmark = pytest.mark.django_db


def make_source(url: str, **fields) -> Source:
    return sources.source_create(
        name="Uji", url=url, politeness_seconds=0, **{"max_items_per_run": 50, **fields}
    )


def run_source(source: Source) -> IngestRun:
    """What the tasks do, in this process: read the source, then each new article."""
    result = sources.source_run(source_id=source.pk, trigger="test")
    for job in result.jobs:
        articles.article_ingest(
            url=job.url,
            source_id=source.pk,
            run_id=result.run_id,
            title=job.title,
            published=job.published,
        )
    return IngestRun.objects.get(pk=result.run_id)


def test_feed_to_articles_and_candidates(server, ingest_settings):
    source = make_source(serve_agreement_site(server, 3))
    run = run_source(source)
    assert (run.status, run.discovered, run.new, run.duplicate, run.failed) == ("ok", 3, 3, 0, 0)
    assert run.candidates == 3
    article = Article.objects.get(url=server.url("/berita/kerja-sama-1"))
    assert article.is_relevant and article.source == source
    assert article.published_at == dt.datetime(2024, 3, 20, 3, tzinfo=dt.UTC)
    assert {p["province_code"] for p in article.extraction["parties"]} == {"51", "52"}
    assert article.extraction["evidence"]
    assert zlib.decompress(article.raw_html).startswith(b"<!DOCTYPE html>")
    candidate = article.candidate
    assert candidate.status == CandidateStatus.PENDING and candidate.confidence > 0
    source.refresh_from_db()
    assert source.last_success_at and not source.last_error


def test_replaying_a_source_creates_nothing_twice(server, ingest_settings):
    source = make_source(serve_agreement_site(server, 4))
    run_source(source)
    for _ in range(3):
        run = run_source(source)
        assert (run.discovered, run.new, run.duplicate) == (4, 0, 4)
    assert Article.objects.count() == 4 and Candidate.objects.count() == 4


def test_conditional_get_of_the_feed(server, ingest_settings):
    url = serve_agreement_site(server, 1)
    server.routes["/berita/rss.xml"].headers["ETag"] = '"feed-v1"'
    source = make_source(url)
    run_source(source)
    source.refresh_from_db()
    assert source.etag == '"feed-v1"'
    from tests.ingest.server import Route

    server.routes["/berita/rss.xml"] = Route(
        dynamic=lambda h: (
            Route(status=304)
            if h.headers.get("If-None-Match") == '"feed-v1"'
            else Route(status=500)
        )
    )
    assert run_source(source).status == IngestRunStatus.NOT_MODIFIED


def test_ten_thousand_item_feed_only_new_items_capped_per_run(server, ingest_settings):
    items = [(server.url(f"/a/{n}"), f"Judul {n}", None) for n in range(10_000)]
    url = server.add("/big.xml", rss_feed(items), content_type="application/rss+xml")
    already = [server.url(f"/a/{n}") for n in range(100)]
    Article.objects.bulk_create(
        Article(url=u, canonical_url=u, content_hash=str(i)) for i, u in enumerate(already)
    )
    source = make_source(url, max_items_per_run=25)
    result = sources.source_run(source_id=source.pk)
    run = IngestRun.objects.get(pk=result.run_id)
    assert len(result.jobs) == 25 and run.discovered == 10_000
    assert run.duplicate == 100
    assert not {job.url for job in result.jobs} & set(already)


def test_syndicated_copy_links_to_the_original(server, ingest_settings):
    text = agreement_text(7)
    server.add("/asli", article_html("Asli", text))
    server.add("/salinan", article_html("Salinan di situs lain", text))
    assert articles.article_ingest(url=server.url("/asli")) == "new"
    assert articles.article_ingest(url=server.url("/salinan")) == "duplicate"
    original, copy = Article.objects.order_by("id")
    assert copy.duplicate_of == original and copy.extraction == {}
    assert Candidate.objects.count() == 1


def test_article_reporting_a_recorded_agreement_is_attached_to_it(server, ingest_settings):
    agreement = AgreementFactory(provinces=["15", "32"], signed_on=dt.date(2024, 3, 3))
    server.add("/lagi", article_html("Jambi dan Jabar", agreement_text(0, day=dt.date(2024, 3, 1))))
    articles.article_ingest(url=server.url("/lagi"))
    article = Article.objects.get()
    link = article.agreement_links.get()
    assert link.agreement == agreement and link.linked_by == ArticleLink.AUTO_MATCH
    assert article.candidate.status == CandidateStatus.MERGED
    assert list(agreement.articles.all()) == [article]


@pytest.mark.parametrize(
    ("provinces", "signed_on"),
    [
        (["15", "32", "13"], dt.date(2024, 3, 1)),  # a larger event with the same two provinces
        (["15", "32"], dt.date(2024, 3, 8)),  # a week apart: another signing
    ],
)
def test_article_about_another_event_stays_a_proposal(
    server, ingest_settings, provinces, signed_on
):
    AgreementFactory(provinces=provinces, signed_on=signed_on)
    server.add("/lain", article_html("Jambi dan Jabar", agreement_text(0, day=dt.date(2024, 3, 1))))
    articles.article_ingest(url=server.url("/lain"))
    article = Article.objects.get()
    assert article.candidate.status == CandidateStatus.PENDING
    assert not article.agreement_links.exists()


def test_two_recorded_agreements_that_fit_are_left_to_the_reviewer(server, ingest_settings):
    # A KB and its PKS signed the same day by the same provinces: which one the article
    # reports is a reviewer's call.
    AgreementFactory(provinces=["15", "32"], signed_on=dt.date(2024, 3, 1))
    AgreementFactory(provinces=["15", "32"], signed_on=dt.date(2024, 3, 1))
    server.add("/dua", article_html("Jambi dan Jabar", agreement_text(0, day=dt.date(2024, 3, 1))))
    articles.article_ingest(url=server.url("/dua"))
    assert Article.objects.get().candidate.status == CandidateStatus.PENDING


def test_permanent_failures_are_recorded_and_not_refetched(server, ingest_settings):
    server.add("/rahasia", "no", status=403)
    server.add("/kosong", "<html><body></body></html>")
    url = server.add(
        "/rss.xml",
        rss_feed([(server.url("/rahasia"), "a", None), (server.url("/kosong"), "b", None)]),
        content_type="application/rss+xml",
    )
    source = make_source(url)
    run = run_source(source)
    assert run.failed == 2 and run.new == 0
    errors = {e["url"]: e["error"] for e in run.errors}
    assert "HTTP 403" in errors[server.url("/rahasia")]
    assert (
        "no article text" in errors[server.url("/kosong")]
        or "empty" in errors[server.url("/kosong")]
    )
    rerun = run_source(source)  # remembered for a week: not fetched again
    assert rerun.failed == 0 and rerun.duplicate == 2


def test_broken_feed_is_recorded_on_the_source(server, ingest_settings):
    url = server.add("/rss.xml", b"<rss><channel><item>&&&<<", content_type="application/rss+xml")
    source = make_source(url)
    with pytest.raises(PermanentError):
        sources.source_run(source_id=source.pk)
    source.refresh_from_db()
    run = source.runs.get()
    assert run.status == IngestRunStatus.FAILED and "malformed feed" in run.errors[0]["error"]
    assert "malformed feed" in source.last_error and source.last_error_at


def test_schedule_follows_the_source():
    source = sources.source_create(name="A", url="https://a.example.id/rss", interval_minutes=30)
    task = PeriodicTask.objects.get(pk=source.periodic_task_id)
    assert task.task == "agreements.tasks.ingest_source" and task.args == f"[{source.pk}]"
    assert task.interval.every == 30 and task.enabled
    sources.source_update(source=source, interval_minutes=5, enabled=False)
    task.refresh_from_db()
    assert task.interval.every == 5 and not task.enabled
    sources.source_delete(source=source)
    assert not PeriodicTask.objects.filter(pk=task.pk).exists()


def test_reextraction_keeps_decisions(server, ingest_settings, superuser):
    url = serve_agreement_site(server, 2)
    run_source(make_source(url))
    decided, pending = Candidate.objects.order_by("id")
    review.candidate_reject(candidate_id=decided.pk, user=superuser, reason="bukan KSDD")
    pending.facts = {}
    pending.save()
    outcomes = [articles.article_reextract(article_id=a.pk) for a in Article.objects.order_by("id")]
    assert outcomes == ["kept", "updated"]
    decided.refresh_from_db()
    pending.refresh_from_db()
    assert decided.status == CandidateStatus.REJECTED and decided.rejection_reason == "bukan KSDD"
    assert pending.facts["is_agreement"] is True


def test_raw_html_purge(server, ingest_settings):
    server.add("/a", article_html("A", agreement_text(1)))
    articles.article_ingest(url=server.url("/a"))
    Article.objects.update(fetched_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    assert articles.raw_html_purge(older_than_days=30) == 1
    assert Article.objects.get().raw_html is None


def test_article_tasks_share_one_fetcher_per_process(ingest_settings, settings):
    first = fetchers.process_fetcher()
    assert fetchers.process_fetcher() is first
    settings.INGEST_TOTAL_DEADLINE = 7  # another policy: a new fetcher, the old one closed
    second = fetchers.process_fetcher()
    assert second is not first and second.policy.total_deadline == 7


def test_new_article_row_facts_candidate_and_counters_in_one_go(server, ingest_settings):
    source = make_source(serve_agreement_site(server, 1))
    run = run_source(source)
    article = Article.objects.get()
    assert article.extraction["id"] == str(article.pk) and article.extracted_at
    assert (run.new, run.candidates, run.duplicate) == (1, 1, 0)
