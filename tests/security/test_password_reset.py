"""The password reset form is rate limited per client address and per e-mail address."""

import pytest
from django.core import mail

pytestmark = pytest.mark.django_db


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user(
        "petugas", email="petugas@example.id", password="a-Long-test-passw0rd"
    )


def request_reset(client, email, address="10.0.0.5"):
    return client.post("/accounts/password_reset/", {"email": email}, REMOTE_ADDR=address)


def test_the_reset_is_limited_per_address(client, user, settings):
    settings.PASSWORD_RESET_LIMIT_PER_HOUR = 3
    statuses = [request_reset(client, f"orang{n}@example.id").status_code for n in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert "Terlalu banyak permintaan" in request_reset(client, "x@example.id").content.decode()


def test_the_reset_is_limited_per_email_and_sends_no_more_mail(client, user, settings):
    settings.PASSWORD_RESET_LIMIT_PER_HOUR = 2
    statuses = [
        request_reset(client, "petugas@example.id", address=f"10.0.0.{n}").status_code
        for n in range(4)
    ]
    assert statuses == [302, 302, 429, 429]
    assert len(mail.outbox) == 2


def test_the_reset_form_still_works(client, user):
    assert client.get("/accounts/password_reset/").status_code == 200
    assert request_reset(client, "petugas@example.id").status_code == 302
    assert len(mail.outbox) == 1


def test_the_login_page_leads_to_the_reset(client):
    page = client.get("/accounts/login/").content.decode()
    assert 'href="/accounts/password_reset/"' in page
    assert client.get("/accounts/password_reset/").status_code == 200
