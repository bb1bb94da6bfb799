"""The page path end to end: a feed of article pages -> fetch -> main text -> extraction ->
one proposal per signing story, through the real Celery tasks (run eagerly, in-process).

The pages are the layouts real sites use (tests/ingest/layouts.py): a news portal, a
provincial government site, an AMP edition next to its regular page, and a story whose
signing is reported on its second page.
"""

from __future__ import annotations

import datetime as dt
import email.utils

import pytest
from django.utils import timezone

from agreements import tasks
from agreements.ingest import stories
from agreements.models import Article, Candidate, CandidateStatus, IngestRun
from cooperation.celery import app as celery_app
from tests.ingest import layouts
from tests.ingest.samples import agreement_text, rss_feed
from tests.ingest.server import Route
from tests.services.test_ingest_services import make_source

pytestmark = pytest.mark.django_db

PORTAL = "/daerah/kalsel-sulsel-pangan"
GOVERNMENT = "/index.php/berita/2024/jateng-diy-sampah"
REGULAR = "/daerah/riau-kepri-konektivitas"
AMP = "/amp/daerah/riau-kepri-konektivitas"
PAGED = "/daerah/forum-gubernur-sumatera"
PAGED_2 = "/daerah/forum-gubernur-sumatera?page=2"
NOT_SIGNING = "/daerah/pasar-murah-jatim"

# What a reviewer must find in the queue: one proposal per signing story, these parties.
EXPECTED_PARTIES = {
    PORTAL: {"63", "73"},
    GOVERNMENT: {"33", "34"},
    REGULAR: {"14", "21"},  # the AMP page is the same story
    PAGED: {"13", "15"},
}


def page_of(handler) -> int:
    query = handler.path.partition("?")[2]
    return int(query.removeprefix("page=")) if query.startswith("page=") else 1


def html_route(body: bytes) -> Route:
    return Route(body=body, headers={"Content-Type": "text/html; charset=utf-8"})


def serve_site(server) -> str:
    server.add(
        PORTAL,
        layouts.portal_page(
            layouts.PORTAL_TITLE, layouts.PORTAL_STORY, published="2024-05-14T10:00:00+08:00"
        ),
    )
    server.add(GOVERNMENT, layouts.government_page(layouts.GOV_HEADLINE, layouts.GOV_STORY))
    amp_published = "2024-07-10T12:00:00+07:00"
    server.add(
        REGULAR,
        layouts.portal_page(layouts.AMP_TITLE, layouts.AMP_STORY, published=amp_published),
    )
    server.add(
        AMP,
        layouts.amp_page(
            layouts.AMP_TITLE, layouts.AMP_STORY, canonical=REGULAR, published=amp_published
        ),
    )
    paged = {
        number: layouts.paged_story_page(
            layouts.PAGED_TITLE,
            story,
            page=number,
            pages=[PAGED, PAGED_2],
            published="2024-08-19T15:00:00+07:00",
        ).encode()
        for number, story in ((1, layouts.PAGED_FIRST), (2, layouts.PAGED_SECOND))
    }
    # The test server routes by path: both pages answer on it, told apart by the query.
    server.routes[PAGED] = Route(dynamic=lambda handler: html_route(paged[page_of(handler)]))
    server.add(
        NOT_SIGNING,
        layouts.portal_page(
            layouts.NOT_SIGNING_TITLE,
            layouts.NOT_SIGNING_STORY,
            published="2024-05-15T09:00:00+07:00",
        ),
    )
    items = [
        (server.url(PORTAL), layouts.PORTAL_TITLE, "Tue, 14 May 2024 10:00:00 +0800"),
        # The press release's only date is in its text; the feed gives one.
        (server.url(GOVERNMENT), layouts.GOV_HEADLINE, "Thu, 06 Jun 2024 16:00:00 +0700"),
        (server.url(AMP), layouts.AMP_TITLE, "Wed, 10 Jul 2024 12:00:00 +0700"),
        (server.url(REGULAR), layouts.AMP_TITLE, "Wed, 10 Jul 2024 12:05:00 +0700"),
        (server.url(PAGED), layouts.PAGED_TITLE, "Mon, 19 Aug 2024 15:00:00 +0700"),
        (server.url(NOT_SIGNING), layouts.NOT_SIGNING_TITLE, "Wed, 15 May 2024 09:00:00 +0700"),
    ]
    return server.add("/rss.xml", rss_feed(items), content_type="application/rss+xml")


@pytest.fixture
def eager_tasks(monkeypatch):
    """The tasks' own code, run in this process: the source task enqueues the article tasks
    after its commit, and they run as soon as it is captured."""
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", True)


def run_through_tasks(source, capture) -> IngestRun:
    with capture(execute=True):
        tasks.ingest_source.delay(source.pk, trigger="test")
    return IngestRun.objects.filter(source=source).latest("id")


def proposals_by_page(server) -> dict[str, set[str]]:
    found = {}
    for candidate in Candidate.objects.select_related("article"):
        path = candidate.article.canonical_url.removeprefix(server.url(""))
        codes = {p["province_code"] for p in candidate.facts["parties"] if p["province_code"]}
        assert path not in found, f"two proposals for {path}"
        found[path] = codes
    return found


def test_each_signing_page_becomes_exactly_one_proposal_and_reruns_add_nothing(
    server, ingest_settings, eager_tasks, django_capture_on_commit_callbacks
):
    source = make_source(serve_site(server))
    first = run_through_tasks(source, django_capture_on_commit_callbacks)
    assert (first.discovered, first.failed) == (6, 0)
    assert proposals_by_page(server) == EXPECTED_PARTIES
    assert set(Candidate.objects.values_list("status", flat=True)) == {CandidateStatus.PENDING}
    # The AMP edition and its regular page are one article; the market story is no proposal.
    assert Article.objects.count() == 5
    market = Article.objects.get(url=server.url(NOT_SIGNING))
    assert not market.is_relevant and not Candidate.objects.filter(article=market).exists()

    for _ in range(2):
        again = run_through_tasks(source, django_capture_on_commit_callbacks)
        assert (again.discovered, again.new, again.candidates) == (6, 0, 0)
    assert Article.objects.count() == 5 and Candidate.objects.count() == 4
    assert proposals_by_page(server) == EXPECTED_PARTIES


def test_story_is_read_to_its_last_page(
    server, ingest_settings, eager_tasks, django_capture_on_commit_callbacks
):
    run_through_tasks(make_source(serve_site(server)), django_capture_on_commit_callbacks)
    story = Article.objects.get(url=server.url(PAGED))
    assert story.title == layouts.PAGED_TITLE
    assert layouts.PAGED_FIRST[0] in story.text and layouts.PAGED_SECOND[1] in story.text
    # The headline and pager each page repeats are in the text once.
    assert story.text.count(layouts.PAGED_TITLE) == 1
    facts = story.candidate.facts
    assert facts["place"] == "Hotel Pangeran, Padang"
    assert {s["name"] for s in facts["signatories"]} >= {"Irwan Datuak Basa"}


def test_government_press_release_keeps_its_headline_and_date(
    server, ingest_settings, eager_tasks, django_capture_on_commit_callbacks
):
    run_through_tasks(make_source(serve_site(server)), django_capture_on_commit_callbacks)
    release = Article.objects.get(url=server.url(GOVERNMENT))
    assert release.title == layouts.GOV_HEADLINE
    assert release.candidate.facts["signed_on"] == "2024-06-06"
    assert layouts.GOV_STORY[-1] in release.text


def test_feed_that_stamps_its_build_time_on_every_item(
    server, ingest_settings, eager_tasks, django_capture_on_commit_callbacks
):
    # Plain pages with no date markup; the feed gives every item the time it was built,
    # years after the signings. Taken as publication dates, every signing looked old.
    stamp = email.utils.format_datetime(timezone.now())
    items = []
    for n in range(3):
        day = dt.date(2021, 3, 1) + dt.timedelta(days=10 * n)
        path = f"/arsip/kerja-sama-{n}"
        text = agreement_text(n, day=day)
        server.add(path, f"<html><body><p>{text}</p></body></html>")
        items.append((server.url(path), f"Kesepakatan bersama nomor {n}", stamp))
    source = make_source(server.add("/arsip.xml", rss_feed(items)))
    run = run_through_tasks(source, django_capture_on_commit_callbacks)
    assert run.candidates == 3 and Candidate.objects.count() == 3
    for article in Article.objects.all():
        assert article.published_at.year == 2021


# --- limits of following a story's pages ------------------------------------------------------


def endless_story(handler):
    """Every page links to the next one: a calendar or a broken pager."""
    number = page_of(handler)
    html = layouts.paged_story_page(
        layouts.PAGED_TITLE,
        [f"Bagian ke-{number} laporan panjang forum para gubernur.", *layouts.PAGED_FIRST],
        page=number,
        pages=[f"/tanpa-akhir?page={n}" for n in range(1, number + 2)],
        published="2024-08-19T15:00:00+07:00",
    )
    return html_route(html.encode())


def test_pages_followed_at_most_up_to_the_limit(server, fetcher):
    server.routes["/tanpa-akhir"] = Route(dynamic=endless_story)
    story = stories.fetch_story(fetcher, server.url("/tanpa-akhir"))
    fetched = [path for path, _ in server.requests if path.startswith("/tanpa-akhir")]
    assert len(fetched) == stories.MAX_STORY_PAGES == story.page_count
    assert f"Bagian ke-{stories.MAX_STORY_PAGES} " in story.parsed.text


def test_pager_that_links_back_is_read_once(server, fetcher):
    pages = ["/putar", "/putar?page=2"]
    first = layouts.paged_story_page(
        layouts.PAGED_TITLE, layouts.PAGED_FIRST, page=1, pages=pages, published="2024-08-19"
    )
    # Page 2 says its "next" is page 1 again.
    second = layouts.paged_story_page(
        layouts.PAGED_TITLE,
        layouts.PAGED_SECOND,
        page=1,
        pages=["/putar?page=2", "/putar"],
        published="2024-08-19",
    )
    routes = {1: first.encode(), 2: second.encode()}
    server.routes["/putar"] = Route(dynamic=lambda handler: html_route(routes[page_of(handler)]))
    story = stories.fetch_story(fetcher, server.url("/putar"))
    assert story.page_count == 2
    assert [p for p, _ in server.requests if p.startswith("/putar")] == pages


def test_missing_second_page_keeps_the_first(server, fetcher):
    pages = ["/separuh", "/separuh-2"]
    server.add(
        "/separuh",
        layouts.paged_story_page(
            layouts.PAGED_TITLE, layouts.PAGED_FIRST, page=1, pages=pages, published="2024-08-19"
        ),
    )
    story = stories.fetch_story(fetcher, server.url("/separuh"))  # /separuh-2 is a 404
    assert story.page_count == 1 and layouts.PAGED_FIRST[-1] in story.parsed.text
