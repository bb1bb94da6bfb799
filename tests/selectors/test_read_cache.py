"""The aggregate cache never serves numbers older than the data."""

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
