"""The exact number of queries of every page, cold (aggregates computed) and warm (cached).

Recorded before the app was reorganised into sub-packages, so a change of shape that adds or
drops a query on any page shows here. A deliberate change of a page's queries updates
RECORDED in the same commit, saying why.
"""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from agreements.demo.seed import seed_agreement_create
from agreements.demo.synthetic import generate_demo_data
from agreements.models import Article, ArticleAgreement, ArticleLink, Candidate, Source
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

FACTS = {
    "id": "1",
    "is_agreement": True,
    "agreement_type": "kesepakatan_bersama",
    "parties": [
        {"name": "Jambi", "level": "province", "province_code": "15"},
        {"name": "Jawa Barat", "level": "province", "province_code": "32"},
    ],
    "opds": [{"name": "Dinas Pariwisata", "acronym": "Dispar", "province_code": "15"}],
    "sectors": ["pariwisata", "kehutanan"],
    "signed_on": "2020-03-12",
    "place": "Gedung Pakuan, Bandung",
    "signatories": [{"name": "Fachrori Umar", "title": "Gubernur Jambi"}],
    "prior_cooperation_since": 2017,
    "evidence": {"parties": ["Pemerintah Provinsi Jambi dan Pemerintah Provinsi Jawa Barat."]},
    "confidence": {"parties": 0.9, "signed_on": 0.8},
}

# (name, who, path): "staff" holds the Viewer role, "root" is a superuser.
PAGES = [
    ("home", "staff", "/"),
    ("map", "staff", "/map/"),
    ("map filtered", "staff", "/map/?sector=kehutanan&status=active"),
    ("network", "staff", "/network/"),
    ("province", "staff", "/provinces/32/"),
    ("pair", "staff", "/provinces/15/32/"),
    ("sector", "staff", "/sectors/kehutanan/"),
    ("list", "staff", "/agreements/"),
    ("list filtered", "staff", "/agreements/?province=32&partner=15&status=active"),
    ("list search", "staff", "/agreements/?q=Jambi"),
    ("list sector sorted", "staff", "/agreements/?sector=kehutanan&year_from=2015&sort=-signed_on"),
    ("detail", "staff", "/agreements/{seed}/"),
    ("articles", "staff", "/articles/"),
    ("articles filtered", "staff", "/articles/?q=Jambi&relevant=true"),
    ("article", "staff", "/articles/{article}/"),
    ("history", "root", "/agreements/{seed}/history/"),
    ("export csv", "root", "/agreements/export/?format=csv&province=32"),
    ("admin agreements", "root", "/admin/agreements/agreement/"),
    ("admin agreements by province", "root", "/admin/agreements/agreement/?province=32"),
    ("admin agreement", "root", "/admin/agreements/agreement/{seed}/change/"),
    ("admin candidates", "root", "/admin/agreements/candidate/"),
    ("admin review", "root", "/admin/agreements/candidate/{candidate}/change/"),
    ("admin accept", "root", "/admin/agreements/candidate/{candidate}/accept/"),
    ("admin articles", "root", "/admin/agreements/article/"),
    ("admin sources", "root", "/admin/agreements/source/"),
    ("admin runs", "root", "/admin/agreements/ingestrun/"),
]

RECORDED = {
    # Every dashboard page counts the user's unread reminders for the bell (1 query); the
    # agreement, province and sector pages ask whether the user follows them (1 more).
    # An unranked list's first page keeps its rows with the list's window: warm, it reads
    # no row and no party (2 queries fewer per such table than before: list 15/14,
    # province 30/18, pair 16/15, sector 17/14).
    # Home: the counts from the summary tables (cached under their own version: 1 query warm);
    # the expiring, latest, recently changed and longest-dormant lists, each a list window
    # with its rows (the log's state, the ids, the rows and their parties when never read;
    # after a write only what changed), cached with the page's fingerprint warm (1 query)
    # (was 29, 11).
    "home": (36, 12),
    "map": (12, 11),
    "map filtered": (13, 12),
    "network": (12, 11),
    # implementation at a glance (3 queries, cached); the kabupaten/kota part: its agreements
    # (rows; parties of rows with any) and its kabupaten/kota ranked (was 20, 14)
    # Lists (and the province and sector pages' tables) count their rows once per change of
    # the data: cold, the data fingerprint and the bounded count; warm, the fingerprint only
    # (it replaced the COUNT that ran on every request).
    # Its kabupaten/kota table reads its ids once per change of the data (cold +1), and their
    # ranking is cached with it (was 29, 18).
    "province": (30, 16),
    # chain titles: sectors and OPDs of the page's agreements (3 queries); the pair's list is
    # paginated: its bounded count, cached, as on the list (was 14, 14)
    "pair": (16, 13),
    "sector": (17, 12),
    "list": (15, 12),
    "list filtered": (17, 14),
    "list search": (15, 12),
    "list sector sorted": (16, 13),
    # the timeline's actions, the activities and the monitoring reports (3 queries; was 17);
    # and the change log's state for the page cache (``page_cache``: the test's transaction
    # has written, so the page is read each time and never stored; was 22)
    "detail": (23, 23),
    "articles": (12, 11),
    "articles filtered": (12, 11),
    "article": (11, 11),  # the labels of the extracted sectors (1 query)
    # Changes name related rows by label: the province (or sector) labels, read once (was 29).
    "history": (31, 31),
    # The CSV export first checks its row cap (a bounded count): a stream cut off by the
    # worker timeout would look like a complete file (was 6).
    "export csv": (7, 7),
    # The changelist's count is bounded and cached like the list's; no date hierarchy, and
    # the year filter's years by a loose index scan (was 13, 13).
    "admin agreements": (12, 11),
    "admin agreements by province": (12, 11),
    # the action, activity and report inlines with their choices (was 67, 66)
    "admin agreement": (76, 75),
    # The queue's source and province filters list their choices (was 8 before them).
    "admin candidates": (10, 10),
    # The other outlets' reports of the same event, side by side; the possible matches'
    # parties, scope items and sectors, prefetched to score them; the sectors' names instead
    # of their codes (was 7); the OPDs' province names (1 query).
    "admin review": (13, 13),
    # The accept form's formsets: the proposal's recorded OPDs, and the province and sector
    # labels of every autocomplete row, each read once (was 8 with the pipe-text form); and
    # the other outlets' reports of the same event; the possible matches' parties, scope
    # items and sectors, prefetched to score them; the suggested sectors' names (1 query).
    # The kabupaten/kota labels of the party rows' autocomplete, read once (was 14).
    "admin accept": (16, 16),
    "admin articles": (12, 12),
    "admin sources": (8, 8),
    "admin runs": (11, 11),
}


@pytest.fixture
def data():
    seed = seed_agreement_create()
    today = timezone.localdate()
    AgreementFactory(signed_on=today - dt.timedelta(days=700), expires_on=today + dt.timedelta(30))
    generate_demo_data(agreements=40, seed=7)
    source = Source.objects.create(name="Berita", url="https://berita.example.id/rss")
    article = Article.objects.create(
        title="Jambi dan Jawa Barat teken kesepakatan",
        url="https://berita.example.id/a",
        canonical_url="https://berita.example.id/a",
        publisher="Berita",
        text="Pemerintah Provinsi Jambi dan Pemerintah Provinsi Jawa Barat.",
        content_hash="a",
        source=source,
        extraction=FACTS,
        is_relevant=True,
        published_at=dt.datetime(2020, 3, 13, tzinfo=dt.UTC),
    )
    ArticleAgreement.objects.create(
        article=article, agreement=seed, evidence=FACTS["evidence"], linked_by=ArticleLink.MERGED
    )
    other = Article.objects.create(
        title="Jambi dan Bali",
        url="https://berita.example.id/b",
        canonical_url="https://berita.example.id/b",
        text="Pemerintah Provinsi Jambi.",
        content_hash="b",
        source=source,
        extraction=FACTS,
        is_relevant=True,
    )
    candidate = Candidate.objects.create(article=other, facts=FACTS, confidence=0.85)
    return {"seed": seed.pk, "article": article.pk, "candidate": candidate.pk}


def test_every_page_runs_the_recorded_number_of_queries(client, make_user, superuser, data):
    from django.contrib.contenttypes.models import ContentType

    # The content types cache outlives a test: whether an earlier test warmed it must not
    # change the counts (the admin's change page looks one up).
    ContentType.objects.clear_cache()
    staff = make_user("Viewer", username="staf")
    measured = {}
    for name, who, path in PAGES:
        client.force_login(staff if who == "staff" else superuser)
        url = path.format(**data)
        counts = []
        for _ in ("cold", "warm"):
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200, (name, response.status_code)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            counts.append(len(queries))
        measured[name] = tuple(counts)
    print("\n".join(f"{name:<32} {cold:>3} {warm:>3}" for name, (cold, warm) in measured.items()))
    assert measured == RECORDED


def _proposals(count: int, start: int = 0) -> list[Candidate]:
    articles = Article.objects.bulk_create(
        Article(
            title=f"Usulan {n}",
            url=f"https://berita.example.id/u{n}",
            canonical_url=f"https://berita.example.id/u{n}",
            text="Pemerintah Provinsi Jambi dan Pemerintah Provinsi Jawa Barat.",
            content_hash=f"u{n}",
            extraction=FACTS,
            is_relevant=True,
        )
        for n in range(start, start + count)
    )
    return Candidate.objects.bulk_create(
        Candidate(article=article, facts=FACTS, confidence=0.5 + (n % 50) / 100)
        for n, article in enumerate(articles)
    )


def test_queue_and_accept_page_queries_do_not_grow_with_proposals(admin_client):
    def counts(candidate) -> tuple[int, int]:
        measured = []
        for url in (
            "/admin/agreements/candidate/",
            f"/admin/agreements/candidate/{candidate.pk}/accept/",
        ):
            with CaptureQueriesContext(connection) as queries:
                assert admin_client.get(url).status_code == 200
            measured.append(len(queries))
        return tuple(measured)

    first = _proposals(10)[0]
    with_ten = counts(first)
    _proposals(490, start=10)
    assert counts(first) == with_ten
