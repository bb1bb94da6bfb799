"""Following from the pages, the bell and the notifications page: each user sees their own."""

import datetime as dt

import pytest
from django.urls import reverse

from agreements.models import Follow, Reminder
from agreements.services import following
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(client, make_user):
    user = make_user("Viewer", username="pembaca")
    client.force_login(user)
    return user


def toggle(client, target, key, follow, next_url="/"):
    return client.post(
        reverse("agreements:follow"),
        {"target": target, "key": key, "follow": "1" if follow else "0", "next": next_url},
    )


def test_the_follow_buttons_on_province_sector_and_agreement_pages(client, viewer):
    agreement = AgreementFactory(provinces=["15", "32"])
    for page, target, key in (
        ("/provinces/15/", "province", "15"),
        ("/sectors/kehutanan/", "sector", "kehutanan"),
        (agreement.get_absolute_url(), "agreement", str(agreement.pk)),
    ):
        assert ">Ikuti<" in client.get(page).content.decode()
        response = toggle(client, target, key, True, next_url=page)
        assert response.status_code == 302 and response["Location"] == page
        assert "Diikuti ✓" in client.get(page).content.decode()
    listing = client.get(reverse("agreements:following")).content.decode()
    assert "Jambi" in listing and "Kehutanan" in listing and agreement.title in listing
    assert Follow.objects.filter(user=viewer).count() == 3

    toggle(client, "province", "15", True)  # twice: still one row
    assert Follow.objects.filter(user=viewer, province="15").count() == 1
    toggle(client, "province", "15", False)
    assert not Follow.objects.filter(user=viewer, province="15").exists()


def test_a_follow_for_nothing_is_refused_and_next_cannot_leave_the_site(client, viewer):
    assert toggle(client, "province", "99", True).status_code == 404
    assert toggle(client, "user", "1", True).status_code == 400
    assert toggle(client, "agreement", "x", True).status_code == 400
    response = toggle(client, "province", "15", True, next_url="https://evil.example/")
    assert response["Location"] == reverse("agreements:following")


def test_the_bell_counts_only_my_unread_notifications(client, viewer, make_user):
    other = make_user("Viewer", username="lain")
    mine = AgreementFactory(provinces=["15", "32"], title="Punya saya")
    theirs = AgreementFactory(provinces=["31", "32"], title="Punya orang lain")
    due = dt.date(2030, 1, 1)
    Reminder.objects.create(user=viewer, agreement=mine, threshold_days=90, due_on=due)
    Reminder.objects.create(user=viewer, agreement=mine, threshold_days=30, due_on=due)
    Reminder.objects.create(user=other, agreement=theirs, threshold_days=90, due_on=due)

    home = client.get("/").content.decode()
    assert '<span class="bell-count">2<' in home
    page = client.get(reverse("agreements:notifications")).content.decode()
    assert "Punya saya" in page and "Punya orang lain" not in page

    client.post(reverse("agreements:notifications_read"))
    assert "bell-count" not in client.get("/").content.decode()
    assert Reminder.objects.get(user=other).read_at is None


def test_someone_elses_notification_cannot_be_snoozed_or_read(client, viewer, make_user):
    other = make_user("Viewer", username="lain")
    theirs = Reminder.objects.create(
        user=other,
        agreement=AgreementFactory(provinces=["31", "32"]),
        threshold_days=90,
        due_on=dt.date(2030, 1, 1),
    )
    url = reverse("agreements:notification_snooze", args=[theirs.pk])
    assert client.post(url).status_code == 404
    client.post(reverse("agreements:notifications_read"), {"reminder": theirs.pk})
    theirs.refresh_from_db()
    assert theirs.read_at is None and theirs.remind_again_on is None


def test_mail_settings_and_calendar_address_on_the_following_page(client, viewer):
    following.follow_set(user=viewer, target="province", key="15", follow=True, language="id")
    page = client.get(reverse("agreements:following")).content.decode()
    token = viewer.reminder_profile.calendar_token
    assert f"/calendar/{token}.ics" in page
    client.post(reverse("agreements:following_settings"), {"language": "en"})
    viewer.reminder_profile.refresh_from_db()
    assert viewer.reminder_profile.language == "en"
    assert not viewer.reminder_profile.email_enabled  # the box was left unticked
    client.post(reverse("agreements:following_settings"), {"language": "xx"})
    viewer.reminder_profile.refresh_from_db()
    assert viewer.reminder_profile.language == "en"


def test_the_notifications_and_following_pages_do_not_grow_with_rows(client, viewer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def counts() -> tuple[int, int]:
        measured = []
        for name in ("agreements:notifications", "agreements:following"):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(reverse(name)).status_code == 200
            measured.append(len(queries))
        return tuple(measured)

    def add(n: int) -> None:
        for agreement in AgreementFactory.create_batch(n, provinces=["15", "32"]):
            Reminder.objects.create(
                user=viewer, agreement=agreement, threshold_days=90, due_on=dt.date(2030, 1, 1)
            )
            following.follow_set(user=viewer, target="agreement", key=agreement.pk, follow=True)

    add(1)
    one = counts()
    add(30)
    assert counts() == one
