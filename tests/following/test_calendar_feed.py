"""The calendar feed: a secret, revocable address that calendar applications can read."""

import datetime as dt

import pytest
from django.urls import reverse
from icalendar import Calendar

from agreements.models import ReminderProfile
from agreements.services import following
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(make_user):
    return make_user("Viewer", username="pembaca")


def feed_path(user) -> str:
    token = ReminderProfile.objects.get(user=user).calendar_token
    return reverse("agreements:calendar", args=[token])


def test_the_feed_carries_ends_and_notice_dates_of_what_is_followed(client, viewer):
    ends = dt.date.today() + dt.timedelta(days=400)
    followed = AgreementFactory(
        provinces=["15", "32"], signed_on=dt.date(2024, 1, 2), expires_on=ends, title="KB A"
    )
    AgreementFactory(provinces=["31", "33"], signed_on=dt.date(2024, 1, 2), expires_on=ends)
    following.follow_set(user=viewer, target="province", key="15", follow=True, language="en")

    response = client.get(feed_path(viewer))  # no login: calendar applications have none
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = {
        (str(event["summary"]), event.decoded("dtstart")) for event in calendar.walk("VEVENT")
    }
    assert events == {
        ("Ends: KB A", ends),
        ("180 days before the end: KB A", ends - dt.timedelta(days=180)),
        ("90 days before the end: KB A", ends - dt.timedelta(days=90)),
        ("30 days before the end: KB A", ends - dt.timedelta(days=30)),
    }
    uids = [str(event["uid"]) for event in calendar.walk("VEVENT")]
    assert len(set(uids)) == 4 and all(f"agreement-{followed.pk}-" in uid for uid in uids)
    assert calendar.walk("VEVENT")[0]["url"].endswith(followed.get_absolute_url())


def test_a_revoked_address_gives_404_and_the_new_one_works(client, viewer):
    following.follow_set(user=viewer, target="province", key="15", follow=True)
    old = feed_path(viewer)
    client.force_login(viewer)
    assert client.post(reverse("agreements:calendar_renew")).status_code == 302
    client.logout()
    assert client.get(old).status_code == 404
    assert client.get(feed_path(viewer)).status_code == 200


def test_an_unknown_token_or_a_user_without_a_role_gives_404(client, make_user):
    assert client.get("/calendar/not-a-token.ics").status_code == 404
    user = make_user(username="tanpa-peran")
    following.follow_set(user=user, target="province", key="15", follow=True)
    assert client.get(feed_path(user)).status_code == 404


def test_each_feed_holds_only_its_owners_follows(client, viewer, make_user):
    other = make_user("Viewer", username="lain")
    AgreementFactory(provinces=["15", "32"], title="Milik Jambi")
    AgreementFactory(provinces=["31", "33"], title="Milik Jakarta")
    following.follow_set(user=viewer, target="province", key="15", follow=True)
    following.follow_set(user=other, target="province", key="31", follow=True)
    mine = client.get(feed_path(viewer)).content.decode()
    assert "Milik Jambi" in mine and "Milik Jakarta" not in mine


def test_planned_activities_of_followed_agreements_are_events(client, viewer):
    from agreements.choices import ActivityState
    from agreements.models import Activity, Opd

    agreement = AgreementFactory(provinces=["15", "32"], expires_on=None)
    start = dt.date.today() + dt.timedelta(days=20)
    Activity.objects.create(
        agreement=agreement,
        title="Pelatihan bersama",
        opd=Opd.objects.filter(province_id="15").first(),
        planned_start=start,
        planned_end=start + dt.timedelta(days=2),
    )
    Activity.objects.create(
        agreement=agreement, title="Sudah selesai", planned_start=start, state=ActivityState.DONE
    )
    following.follow_set(user=viewer, target="agreement", key=agreement.pk, follow=True)
    calendar = Calendar.from_ical(client.get(feed_path(viewer)).content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Kegiatan: Pelatihan bersama"
    assert event.decoded("dtstart") == start
    assert event.decoded("dtend") == start + dt.timedelta(days=3)
