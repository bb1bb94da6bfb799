"""django-axes: repeated failures lock the account and the address, even for the right password."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "the-Right-passw0rd"


@pytest.fixture
def user(django_user_model, settings):
    settings.AXES_FAILURE_LIMIT = 3
    return django_user_model.objects.create_user("petugas", password=PASSWORD)


def attempt(client, password, username="petugas", address="10.0.0.5"):
    return client.post(
        reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address
    )


def test_failures_lock_the_account_and_the_right_password_is_then_refused(client, user):
    assert [attempt(client, "wrong").status_code for _ in range(3)] == [200, 200, 429]
    locked = attempt(client, PASSWORD)
    assert locked.status_code == 429
    assert "dikunci sementara" in locked.content.decode()
    # The same account from another address is locked too (lockout by username).
    assert attempt(client, PASSWORD, address="10.0.0.99").status_code == 429


def test_failures_lock_the_address_for_other_accounts(client, user, django_user_model):
    django_user_model.objects.create_user("lain", password=PASSWORD)
    for _ in range(3):
        attempt(client, "wrong", username="tidak-ada")
    assert attempt(client, PASSWORD, username="lain").status_code == 429


def test_lockout_ends_after_the_cool_off(client, user, settings):
    from axes.utils import reset

    for _ in range(3):
        attempt(client, "wrong")
    assert attempt(client, PASSWORD).status_code == 429
    reset(username="petugas")
    reset(ip="10.0.0.5")
    response = attempt(client, PASSWORD)
    assert response.status_code == 302


def test_a_successful_login_is_not_locked(client, user):
    assert attempt(client, "wrong").status_code == 200
    assert attempt(client, PASSWORD).status_code == 302
