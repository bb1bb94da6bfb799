"""Deadlines from the dated actions: the DPRD's answer and the PKS after a Kesepakatan Bersama.

The reminders ride the same sent-log, digest, bell, snooze and calendar feed as expiries.
"""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from icalendar import Calendar

from agreements.choices import AgreementType
from agreements.models import ActionKind, AgreementAction, Reminder, ReminderKind, ReminderProfile
from agreements.selectors.deadlines import add_months, deadlines_of, with_deadline_rows
from agreements.services import following
from agreements.services.actions import action_record
from agreements.tasks import send_reminders
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

SIGNED = dt.date(2026, 1, 10)
SUBMITTED = dt.date(2026, 2, 2)
DPRD_DUE = dt.date(2026, 3, 4)  # SUBMITTED + DPRD_RESPONSE_DAYS (30)
PKS_DUE = dt.date(2026, 7, 10)  # SIGNED + PKS_FOLLOW_UP_MONTHS (6)


@pytest.fixture
def follower(make_user):
    user = make_user("Viewer", username="pengikut")
    user.email = "pengikut@example.id"
    user.save()
    return user


def run_beat(day: dt.date) -> dict:
    with time_machine.travel(dt.datetime.combine(day, dt.time(7)), tick=False):
        return send_reminders.apply().get()


def kb(**kwargs):
    defaults = {"provinces": ["15", "32"], "signed_on": SIGNED, "expires_on": dt.date(2031, 1, 9)}
    return AgreementFactory(**{**defaults, **kwargs})


def submitted(agreement, day=SUBMITTED, party=None):
    return action_record(agreement=agreement, kind=ActionKind.DPRD_SUBMITTED, date=day, party=party)


def test_months_are_added_as_calendar_months_clamped_to_the_month_end():
    assert add_months(dt.date(2026, 1, 10), 6) == dt.date(2026, 7, 10)
    assert add_months(dt.date(2025, 8, 31), 6) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 3, 31), -1) == dt.date(2026, 2, 28)


def test_a_dprd_submission_gives_one_mail_and_one_notification_a_week_before(follower):
    agreement = submitted(kb(title="KB Jambi-Jabar tentang pangan")).agreement
    following.follow_set(user=follower, target="province", key="15", follow=True, language="en")

    week_before = DPRD_DUE - dt.timedelta(days=7)
    run_beat(week_before)
    run_beat(week_before)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Cooperation reminder: 1 agreement needs follow-up"
    assert "KB Jambi-Jabar tentang pangan" in message.body
    assert "DPRD approval awaited until 4 March 2026 (in 7 days)" in message.body
    assert "Unsubscribe" in message.body or "unsubscribe" in message.body.lower()
    reminder = Reminder.objects.get()
    assert (reminder.agreement, reminder.kind, reminder.threshold_days, reminder.due_on) == (
        agreement,
        ReminderKind.DPRD_APPROVAL,
        7,
        DPRD_DUE,
    )


def test_the_deadline_mail_speaks_indonesian_to_an_indonesian_reader(follower):
    submitted(kb())
    following.follow_set(user=follower, target="province", key="15", follow=True, language="id")
    run_beat(DPRD_DUE)
    run_beat(DPRD_DUE)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Pengingat kerja sama: 1 kesepakatan perlu ditindaklanjuti"
    assert "Persetujuan DPRD ditunggu sampai 4 Maret 2026 (hari ini)" in mail.outbox[0].body
    assert Reminder.objects.get().threshold_days == 0


def test_the_dprd_approval_closes_the_deadline_and_stops_reminders(follower):
    answered, waiting = kb(title="KB dijawab"), kb(title="KB menunggu")
    submitted(answered), submitted(waiting)
    following.follow_set(user=follower, target="province", key="15", follow=True)
    run_beat(DPRD_DUE - dt.timedelta(days=7))
    assert Reminder.objects.count() == 2

    action_record(agreement=answered, kind=ActionKind.DPRD_APPROVED, date=dt.date(2026, 3, 1))
    run_beat(DPRD_DUE)
    assert set(
        Reminder.objects.filter(threshold_days=0).values_list("agreement__title", flat=True)
    ) == {"KB menunggu"}
    assert "KB dijawab" not in mail.outbox[-1].body


def test_an_approval_of_another_party_leaves_the_first_partys_deadline_open():
    agreement = kb()
    jambi, jabar = agreement.parties.order_by("position")
    submitted(agreement, party=jambi)
    action_record(
        agreement=agreement, kind=ActionKind.DPRD_APPROVED, date=dt.date(2026, 2, 20), party=jabar
    )
    agreement = with_deadline_rows(type(agreement).objects.filter(pk=agreement.pk)).get()
    [dprd] = [d for d in deadlines_of(agreement, dt.date(2026, 2, 21)) if d.kind == "dprd_approval"]
    assert (dprd.due_on, dprd.party) == (DPRD_DUE, jambi)


def test_a_snoozed_deadline_reminder_does_not_come_back_once_the_dprd_answered(client, follower):
    agreement = submitted(kb()).agreement
    following.follow_set(user=follower, target="agreement", key=agreement.pk, follow=True)
    day = DPRD_DUE - dt.timedelta(days=7)
    run_beat(day)
    reminder = Reminder.objects.get()
    following.reminder_snooze(user=follower, reminder_id=reminder.pk, today=day)
    action_record(agreement=agreement, kind=ActionKind.DPRD_APPROVED, date=day)

    run_beat(day + dt.timedelta(days=7))
    assert len(mail.outbox) == 1
    reminder.refresh_from_db()
    assert reminder.remind_again_on is None and reminder.read_at is not None
    client.force_login(follower)
    assert not Reminder.objects.filter(user=follower, read_at__isnull=True).exists()


def test_a_kb_without_its_pks_is_reminded_and_the_pks_closes_it(follower):
    followed_up = kb(title="KB dengan PKS")
    kb(title="KB tanpa PKS")
    following.follow_set(user=follower, target="province", key="15", follow=True, language="en")
    run_beat(PKS_DUE - dt.timedelta(days=30))
    run_beat(PKS_DUE - dt.timedelta(days=30))
    assert len(mail.outbox) == 1
    assert "PKS not yet signed; deadline 10 July 2026 (in 30 days)" in mail.outbox[0].body
    assert Reminder.objects.filter(kind=ReminderKind.PKS_FOLLOW_UP).count() == 2

    AgreementFactory(
        agreement_type=AgreementType.PERJANJIAN_KERJA_SAMA,
        parent=followed_up,
        signed_on=dt.date(2026, 6, 20),
    )
    run_beat(PKS_DUE - dt.timedelta(days=7))
    assert list(
        Reminder.objects.filter(threshold_days=7).values_list("agreement__title", flat=True)
    ) == ["KB tanpa PKS"]


def test_no_deadline_on_a_terminated_kb_nor_on_a_pks(follower):
    stopped = submitted(kb()).agreement
    action_record(
        agreement=stopped,
        kind=ActionKind.TERMINATED,
        date=dt.date(2026, 2, 10),
        note="Kedua pihak sepakat mengakhiri",
    )
    AgreementFactory(
        agreement_type=AgreementType.PERJANJIAN_KERJA_SAMA, signed_on=SIGNED, provinces=["15", "32"]
    )
    following.follow_set(user=follower, target="province", key="15", follow=True)
    run_beat(DPRD_DUE)
    run_beat(PKS_DUE)
    assert Reminder.objects.count() == 0
    assert mail.outbox == []


def test_the_calendar_feed_holds_the_deadlines(client, make_user):
    viewer = make_user("Viewer", username="pembaca")
    agreement = submitted(kb(title="KB pangan", expires_on=None)).agreement
    following.follow_set(
        user=viewer, target="agreement", key=agreement.pk, follow=True, language="en"
    )
    token = ReminderProfile.objects.get(user=viewer).calendar_token
    with time_machine.travel(dt.datetime(2026, 2, 10, 9), tick=False):
        response = client.get(reverse("agreements:calendar", args=[token]))
    assert response.status_code == 200
    events = {
        (str(event["summary"]), event.decoded("dtstart"), str(event["uid"]).split("@")[0])
        for event in Calendar.from_ical(response.content).walk("VEVENT")
    }
    assert events == {
        (
            "DPRD approval deadline: KB pangan",
            DPRD_DUE,
            f"agreement-{agreement.pk}-dprd_approval-20260304",
        ),
        ("PKS deadline: KB pangan", PKS_DUE, f"agreement-{agreement.pk}-pks_follow_up-20260710"),
    }

    action_record(agreement=agreement, kind=ActionKind.DPRD_APPROVED, date=dt.date(2026, 2, 9))
    with time_machine.travel(dt.datetime(2026, 2, 10, 9), tick=False):
        response = client.get(reverse("agreements:calendar", args=[token]))
    summaries = [str(e["summary"]) for e in Calendar.from_ical(response.content).walk("VEVENT")]
    assert summaries == ["PKS deadline: KB pangan"]


def test_the_agreement_page_shows_the_open_deadline_until_it_closes(client, make_user):
    editor = make_user("Editor", regions=["15"])
    agreement = kb()
    client.force_login(editor)
    url = reverse("agreements:action_add", args=[agreement.pk])
    assert "Diajukan ke DPRD" in client.get(url).content.decode()
    with time_machine.travel(dt.datetime(2026, 2, 10, 9), tick=False):
        response = client.post(url, {"kind": ActionKind.DPRD_SUBMITTED, "date": "2026-02-02"})
        assert response.status_code == 302
        page = client.get(agreement.get_absolute_url()).content.decode()
        assert "Persetujuan DPRD ditunggu sampai 4 Maret 2026" in page
        assert "dalam 22 hari" in page
        assert "PKS tindak lanjut belum ditandatangani; batas 10 Juli 2026" in page
        client.post(url, {"kind": ActionKind.DPRD_APPROVED, "date": "2026-02-09"})
        page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Persetujuan DPRD ditunggu" not in page
    assert "Disetujui DPRD" in page


def test_an_overdue_deadline_says_how_late_it_is(client, make_user):
    client.force_login(make_user("Viewer"))
    agreement = submitted(kb()).agreement
    with time_machine.travel(dt.datetime(2026, 3, 9, 9), tick=False):
        page = client.get(agreement.get_absolute_url()).content.decode()
    assert "lewat 5\xa0hari" in page  # Django's timesince keeps the number with its unit


def test_a_viewer_cannot_record_a_dprd_submission(client, make_user):
    client.force_login(make_user("Viewer"))
    agreement = kb()
    url = reverse("agreements:action_add", args=[agreement.pk])
    response = client.post(url, {"kind": ActionKind.DPRD_SUBMITTED, "date": "2026-02-02"})
    assert response.status_code == 403
    assert not AgreementAction.objects.exists()


def _page_queries(client, agreement) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(agreement.get_absolute_url()).status_code == 200
    return len(queries)


def test_the_agreement_page_queries_do_not_grow_with_deadlines(client, make_user):
    client.force_login(make_user("Viewer"))
    one, fifty = kb(), kb()
    for agreement, count in ((one, 1), (fifty, 50)):
        parties = list(agreement.parties.all())
        for index in range(count):
            day = SUBMITTED + dt.timedelta(days=index)
            submitted(agreement, day=day, party=parties[index % 2])
            AgreementFactory(
                agreement_type=AgreementType.PERJANJIAN_KERJA_SAMA, parent=agreement, signed_on=None
            )
    with time_machine.travel(dt.datetime(2026, 2, 10, 9), tick=False):
        _page_queries(client, one)
        assert _page_queries(client, one) == _page_queries(client, fifty)
        page = client.get(fifty.get_absolute_url()).content.decode()
    # The latest submission of each party counts: two open DPRD deadlines, and the PKS one.
    assert page.count("Persetujuan DPRD ditunggu sampai") == 2
    assert "PKS tindak lanjut belum ditandatangani" in page


def test_recording_the_approval_takes_the_reminder_off_the_bell_at_once(client, make_user):
    editor = make_user("Editor", username="biro", regions=["15"])
    agreement = submitted(kb()).agreement
    following.follow_set(user=editor, target="agreement", key=agreement.pk, follow=True)
    run_beat(DPRD_DUE - dt.timedelta(days=7))
    client.force_login(editor)
    with time_machine.travel(dt.datetime(2026, 2, 26, 9), tick=False):
        assert "row-unread" in client.get(reverse("agreements:notifications")).content.decode()
        url = reverse("agreements:action_add", args=[agreement.pk])
        client.post(url, {"kind": ActionKind.DPRD_APPROVED, "date": "2026-02-26"})
        page = client.get(reverse("agreements:notifications")).content.decode()
    assert "row-unread" not in page
    assert "Persetujuan DPRD ditunggu" in page  # still listed, read


def test_pks_not_needed_closes_the_pks_deadline_and_takes_its_reminder_off_the_bell(
    client, make_user
):
    editor = make_user("Editor", username="biro-pks", regions=["15"])
    agreement = kb(title="KB yang cukup tanpa PKS")
    following.follow_set(user=editor, target="agreement", key=agreement.pk, follow=True)
    run_beat(PKS_DUE - dt.timedelta(days=30))
    assert Reminder.objects.filter(kind=ReminderKind.PKS_FOLLOW_UP, read_at=None).count() == 1
    client.force_login(editor)
    day = PKS_DUE - dt.timedelta(days=20)
    with time_machine.travel(dt.datetime.combine(day, dt.time(9)), tick=False):
        assert (
            "PKS tindak lanjut belum" in client.get(agreement.get_absolute_url()).content.decode()
        )
        client.post(
            reverse("agreements:action_add", args=[agreement.pk]),
            {"kind": ActionKind.PKS_NOT_NEEDED, "date": day.isoformat(), "note": "Cukup KB"},
        )
        page = client.get(agreement.get_absolute_url()).content.decode()
    assert "PKS tindak lanjut belum" not in page and "PKS tidak diperlukan" in page
    assert not Reminder.objects.filter(read_at=None).exists()
    run_beat(PKS_DUE - dt.timedelta(days=7))
    assert not Reminder.objects.filter(threshold_days=7).exists()
    agreement = with_deadline_rows(type(agreement).objects.filter(pk=agreement.pk)).get()
    assert deadlines_of(agreement, PKS_DUE) == []
