"""The aggregate cache never serves numbers older than the data."""

import datetime as dt

import pytest
from django.urls import reverse

from agreements.services.agreements import PartySpec, agreement_create
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


def figure(client):
    return client.get(reverse("agreements:home")).context["figures"].agreements


def test_home_figures_follow_every_write(client, make_user, django_assert_max_num_queries):
    client.force_login(make_user("Viewer"))
    assert figure(client) == 0
    agreement_create(
        title="Baru", parties=[PartySpec(province_code="15"), PartySpec(province_code="32")]
    )
    assert figure(client) == 1
    agreement = AgreementFactory()
    assert figure(client) == 2
    agreement.delete()
    assert figure(client) == 1


def test_a_warm_page_skips_the_aggregate_queries(client, make_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(make_user("Viewer"))
    AgreementFactory()
    with CaptureQueriesContext(connection) as cold:
        client.get(reverse("agreements:network"))
    with CaptureQueriesContext(connection) as warm:
        client.get(reverse("agreements:network"))
    assert len(warm) < len(cold)


def test_an_unreachable_cache_server_only_costs_speed(client, make_user, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/1",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    client.force_login(make_user("Viewer"))
    AgreementFactory()
    assert figure(client) == 1


HISTORY_TABLES = [
    "agreements_historicalagreement",
    "agreements_historicalagreementparty",
    "agreements_historicalagreementopd",
    "agreements_historicalscopeitem",
    "agreements_historicalopd",
]


def _restore_to(marks: dict[str, int]) -> None:
    """What restore_database does to the history tables: rows after the dump are gone and
    the sequences go back, so the next writes reissue the same history ids."""
    from django.db import connection

    with connection.cursor() as cursor:
        for table, mark in marks.items():
            cursor.execute(f"DELETE FROM {table} WHERE history_id > %s", [mark])
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence(%s, 'history_id'), %s, true)",
                [table, max(mark, 1)],
            )


def test_the_fingerprint_cannot_repeat_after_a_restore():
    from django.db import connection

    from agreements.models import Agreement
    from agreements.selectors.cache import data_fingerprint

    AgreementFactory(provinces=["15", "32"], signed_on=dt.date(2011, 1, 5))
    with connection.cursor() as cursor:
        marks = {}
        for table in HISTORY_TABLES:
            cursor.execute(f"SELECT coalesce(max(history_id), 0) FROM {table}")
            marks[table] = cursor.fetchone()[0]
    later = AgreementFactory(provinces=["15", "32"], signed_on=dt.date(2019, 1, 5))
    before_restore = data_fingerprint()
    Agreement.objects.filter(pk=later.pk).delete()
    _restore_to(marks)
    AgreementFactory(provinces=["15", "32"], signed_on=dt.date(2011, 1, 5))
    assert data_fingerprint() != before_restore


def test_a_new_article_leaves_the_agreement_aggregates_warm():
    from agreements.models import Article
    from agreements.selectors.cache import data_fingerprint

    agreement = AgreementFactory(provinces=["15", "32"])
    before, articles_before = data_fingerprint(), data_fingerprint("articles")
    Article.objects.create(
        title="Berita", url="https://b.example.id/1", canonical_url="https://b.example.id/1",
        text="Teks.", content_hash="h1",
    )  # fmt: skip
    assert data_fingerprint() == before
    assert data_fingerprint("articles") != articles_before
    # Linked to an agreement, the article ends its dormancy: the agreement figures change.
    from agreements.models import ArticleAgreement

    ArticleAgreement.objects.create(article=Article.objects.get(), agreement=agreement)
    assert data_fingerprint() != before
    before = data_fingerprint()
    AgreementFactory(provinces=["15", "32"])
    assert data_fingerprint() != before


def test_a_cold_entry_is_computed_once_while_others_wait():
    import threading

    from django.core.cache import cache

    from agreements.selectors.cache import cache_key, cached

    key = cache_key("figures", (), "fp")
    # Another request holds the lock and is computing; its answer arrives a moment later.
    assert cache.add(key + ":lock", "1", 30)
    threading.Timer(0.2, lambda: cache.set(key, 42)).start()

    def compute():
        raise AssertionError("computed twice")

    assert cached("figures", (), compute, fingerprint="fp") == 42
    cache.delete(key + ":lock")
    calls = []
    assert cached("other", (), lambda: calls.append(1) or 7, fingerprint="fp") == 7
    assert cached("other", (), lambda: calls.append(1) or 7, fingerprint="fp") == 7
    assert calls == [1] and cache.get(cache_key("other", (), "fp") + ":lock") is None
