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
