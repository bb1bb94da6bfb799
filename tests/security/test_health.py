import pytest
from django.urls import reverse

from cooperation import heartbeat


@pytest.mark.django_db
def test_healthz_reports_database_broker_and_worker_without_login(client):
    heartbeat.record_heartbeat()
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok" and body["broker"] == "ok"
    assert body["worker"] == "ok"
    assert body["worker_heartbeat_age_seconds"] < 5
    text = response.content.decode().lower()
    assert "password" not in text and "secret" not in text and "postgres://" not in text


@pytest.mark.django_db
def test_healthz_fails_when_the_broker_is_unreachable(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["broker"] == "unavailable"


@pytest.mark.django_db
def test_healthz_fails_fast_when_the_database_does_not_answer(client, settings, monkeypatch):
    import threading
    import time

    from cooperation import health

    settings.HEALTH_DATABASE_TIMEOUT = 0.5
    release = threading.Event()

    def frozen(result):  # a server that accepted the connection and then stopped
        release.wait(10)

    monkeypatch.setattr(health, "_database_probe", frozen)
    started = time.monotonic()
    response = client.get(reverse("healthz"))
    release.set()
    assert time.monotonic() - started < 2
    assert response.status_code == 503
    assert response.json()["database"] == "timeout"


def test_database_connections_have_connect_and_statement_timeouts(settings):
    options = settings.DATABASES["default"]["OPTIONS"]
    assert 0 < options["connect_timeout"] <= 10
    assert "statement_timeout=" in options["options"]


@pytest.mark.django_db
def test_the_server_applies_the_statement_timeout():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "30s"


def test_health_checks_reuse_one_redis_connection_pool(settings):
    from cooperation import heartbeat

    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/14"
    first, second = heartbeat.redis_client(), heartbeat.redis_client()
    assert first is second
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:6379/13"
    assert heartbeat.redis_client() is not first  # a changed address gets its own client
