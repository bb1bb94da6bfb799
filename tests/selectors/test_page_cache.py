"""An agreement's page is kept until a write touches what it shows (``page_cache``)."""

import datetime as dt

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from agreements.models import Agreement, Article, ArticleAgreement, Sector
from agreements.selectors.pages import agreement_page
from tests.factories import AgreementFactory, ScopeItemFactory

transactional = pytest.mark.django_db(transaction=True)


def page_queries(pk):
    with CaptureQueriesContext(connection) as queries:
        page = agreement_page(pk)
    return page, len(queries)


@pytest.fixture
def agreement(reference_data):
    agreement = AgreementFactory(title="Kerja sama pariwisata")
    ScopeItemFactory(agreement=agreement, sectors=["pariwisata"])
    return agreement


@transactional
def test_a_stored_page_costs_one_query_and_survives_a_write_elsewhere(agreement):
    _page, first = page_queries(agreement.pk)
    assert first > 8
    AgreementFactory(title="Lain")
    Agreement.objects.filter(title="Lain").update(title="Lain lagi")
    page, queries = page_queries(agreement.pk)
    assert page.agreement.title == "Kerja sama pariwisata"
    assert queries <= 2  # the log's changes, and whether a changed row now points here


@transactional
def test_its_own_edits_show_at_once(agreement):
    agreement_page(agreement.pk)
    Agreement.objects.filter(pk=agreement.pk).update(title="Judul baru")
    assert agreement_page(agreement.pk).agreement.title == "Judul baru"
    ScopeItemFactory(agreement=agreement, description="Pelatihan", sectors=["pendidikan"])
    shown = {s.code for s, _items in agreement_page(agreement.pk).scope_by_sector if s}
    assert shown == {"pariwisata", "pendidikan"}


@transactional
def test_a_new_child_or_renewal_shows_on_the_page_it_points_at(agreement):
    agreement_page(agreement.pk)
    child = AgreementFactory(title="Addendum", parent=agreement)
    assert [c.pk for c in agreement_page(agreement.pk).agreement.children.all()] == [child.pk]
    renewal = AgreementFactory(title="Perpanjangan", predecessor=agreement)
    assert renewal.pk in [a.pk for a in agreement_page(agreement.pk).lineage]
    # and one more link down the chain, from the renewal
    later = AgreementFactory(title="Perpanjangan kedua", predecessor=renewal)
    assert later.pk in [a.pk for a in agreement_page(agreement.pk).lineage]


@transactional
def test_a_renamed_sector_and_an_edited_article_show(agreement):
    article = Article.objects.create(
        title="Berita lama",
        url="https://example.org/a",
        canonical_url="https://example.org/a",
        content_hash="x" * 64,
        published_at=dt.datetime(2024, 1, 2, tzinfo=dt.UTC),
    )
    ArticleAgreement.objects.create(article=article, agreement=agreement, linked_by="accepted")
    agreement_page(agreement.pk)
    Article.objects.filter(pk=article.pk).update(title="Berita diperbaiki")
    assert agreement_page(agreement.pk).source_articles[0].article.title == "Berita diperbaiki"
    Sector.objects.filter(code="pariwisata").update(name_id="Kepariwisataan")
    sectors = [s for s, _items in agreement_page(agreement.pk).scope_by_sector if s]
    assert sectors[0].name_id == "Kepariwisataan"


@transactional
def test_a_deleted_agreement_has_no_page(agreement):
    assert agreement_page(agreement.pk) is not None
    Agreement.objects.filter(pk=agreement.pk).delete()
    assert agreement_page(agreement.pk) is None


@transactional
def test_a_transaction_that_wrote_reads_its_own_page_and_stores_nothing(agreement):
    agreement_page(agreement.pk)
    with transaction.atomic():
        Agreement.objects.filter(pk=agreement.pk).update(title="Belum jadi")
        assert agreement_page(agreement.pk).agreement.title == "Belum jadi"
        transaction.set_rollback(True)
    assert agreement_page(agreement.pk).agreement.title == "Kerja sama pariwisata"
