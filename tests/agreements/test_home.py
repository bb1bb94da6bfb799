"""Home page for daily use: recently changed, proposals waiting, what changed since last visit."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from agreements.models import Agreement
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

PASSWORD = "a-Long-test-passw0rd"


def test_recently_changed_agreements_are_listed(client, make_user):
    client.force_login(make_user("Viewer"))
    old = AgreementFactory(title="Lama sekali")
    AgreementFactory(title="Baru saja")
    Agreement.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=400))
    response = client.get(reverse("agreements:home"))
    assert [a.title for a in response.context["recently_changed"]][:2] == [
        "Baru saja",
        "Lama sekali",
    ]
    assert "Baru ditambahkan atau diubah" in response.content.decode()
    assert response.context["pending_proposals"] is None  # a viewer reviews nothing


def test_a_reviewer_sees_the_pending_count(client, make_user):
    client.force_login(make_user("Reviewer"))
    page = client.get(reverse("agreements:home")).content.decode()
    assert "0 usulan menunggu tinjauan" in page


def test_changes_since_the_previous_login(client, make_user):
    user = make_user("Viewer", username="staf")
    user.last_login = timezone.now() - timedelta(days=2)
    user.save(update_fields=["last_login"])
    changed = AgreementFactory(title="Diubah kemarin")
    Agreement.objects.filter(pk=changed.pk).update(updated_at=timezone.now() - timedelta(days=1))
    stale = AgreementFactory(title="Diubah dulu")
    Agreement.objects.filter(pk=stale.pk).update(updated_at=timezone.now() - timedelta(days=9))
    client.post(reverse("login"), {"username": "staf", "password": PASSWORD})
    response = client.get(reverse("agreements:home"))
    assert response.context["changed_since_last_visit"] == 1
    assert "Sejak kunjungan terakhir Anda" in response.content.decode()
