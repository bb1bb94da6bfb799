"""django-axes: failures lock a username from one client address, even for the right
password; behind the documented proxy the client address comes from X-Forwarded-For."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "the-Right-passw0rd"
PROXY = "172.18.0.2"  # the compose proxy: every request reaches the app from here


@pytest.fixture
def user(django_user_model, settings):
    settings.AXES_FAILURE_LIMIT = 3
    return django_user_model.objects.create_user("petugas", password=PASSWORD)


@pytest.fixture
def behind_proxy(settings):
    # What AXES_PROXY_COUNT=1 (compose) configures; see cooperation/settings.py.
    settings.AXES_IPWARE_PROXY_COUNT = 0
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]


def attempt(client, password, username="petugas", address="10.0.0.5", forwarded=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(reverse("login"), {"username": username, "password": password}, **extra)


def test_failures_lock_the_account_from_that_address(client, user):
    assert [attempt(client, "wrong").status_code for _ in range(3)] == [200, 200, 429]
    locked = attempt(client, PASSWORD)
    assert locked.status_code == 429
    assert "dikunci sementara" in locked.content.decode()


def test_a_stranger_elsewhere_cannot_lock_out_a_named_user(client, user):
    for _ in range(5):
        attempt(client, "wrong", address="203.0.113.9")
    assert attempt(client, PASSWORD, address="10.0.0.5").status_code == 302


def test_behind_the_proxy_one_client_does_not_lock_out_the_others(client, user, behind_proxy):
    for _ in range(5):
        attempt(client, "wrong", address=PROXY, forwarded="203.0.113.9")
    assert attempt(client, "wrong", address=PROXY, forwarded="203.0.113.9").status_code == 429
    # The same user from their own office, through the same proxy, still gets in.
    response = attempt(client, PASSWORD, address=PROXY, forwarded="198.51.100.7")
    assert response.status_code == 302


def test_behind_the_proxy_the_forwarded_address_is_the_one_locked(client, user, behind_proxy):
    from axes.models import AccessAttempt

    attempt(client, "wrong", address=PROXY, forwarded="203.0.113.9")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["203.0.113.9"]


def test_behind_the_proxy_a_forged_header_entry_is_ignored(client, user, behind_proxy):
    from axes.models import AccessAttempt

    # The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address.
    attempt(client, "wrong", address=PROXY, forwarded="1.2.3.4, 203.0.113.9")
    assert "1.2.3.4" not in set(AccessAttempt.objects.values_list("ip_address", flat=True))


def test_the_setting_maps_the_documented_proxy_count(monkeypatch):
    import importlib

    import cooperation.settings as project_settings

    monkeypatch.setenv("AXES_PROXY_COUNT", "1")
    reloaded = importlib.reload(project_settings)
    try:
        assert reloaded.AXES_IPWARE_PROXY_COUNT == 0
        assert reloaded.AXES_IPWARE_META_PRECEDENCE_ORDER[0] == "HTTP_X_FORWARDED_FOR"
    finally:
        monkeypatch.delenv("AXES_PROXY_COUNT")
        importlib.reload(project_settings)


def test_a_client_cannot_spoof_its_address_without_a_proxy(client, user):
    from axes.models import AccessAttempt

    attempt(client, "wrong", address="10.0.0.5", forwarded="1.2.3.4")
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["10.0.0.5"]


def test_lockout_ends_after_the_cool_off(client, user):
    from axes.utils import reset

    for _ in range(3):
        attempt(client, "wrong")
    assert attempt(client, PASSWORD).status_code == 429
    reset(username="petugas")
    assert attempt(client, PASSWORD).status_code == 302


def test_a_successful_login_is_not_locked(client, user):
    assert attempt(client, "wrong").status_code == 200
    assert attempt(client, PASSWORD).status_code == 302


def test_the_ipware_extra_is_installed():
    from axes.helpers import IPWARE_INSTALLED

    assert IPWARE_INSTALLED
