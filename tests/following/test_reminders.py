"""The daily reminder run: one mail per reminder whatever runs it, in the reader's language."""

import datetime as dt
from smtplib import SMTPException

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from agreements.models import Follow, Reminder, ReminderProfile
from agreements.services import following
from agreements.tasks import send_reminders
from tests.factories import AgreementFactory, ScopeItemFactory

pytestmark = pytest.mark.django_db

ENDS = dt.date(2027, 5, 9)


@pytest.fixture
def follower(make_user):
    user = make_user("Viewer", username="pengikut")
    user.email = "pengikut@example.id"
    user.save()
    return user


def run_beat(day: dt.date) -> dict:
    """The beat's task as a worker runs it, on ``day``."""
    with time_machine.travel(dt.datetime.combine(day, dt.time(7)), tick=False):
        return send_reminders.apply().get()


def test_following_a_province_gives_one_mail_and_one_notification_at_90_days(follower):
    agreement = AgreementFactory(provinces=["15", "32"], expires_on=ENDS, title="KB Jambi-Jabar")
    AgreementFactory(provinces=["31", "32"], expires_on=ENDS)  # not Jambi's
    following.follow_set(user=follower, target="province", key="15", follow=True, language="en")

    ninety_before = ENDS - dt.timedelta(days=90)
    run_beat(ninety_before)
    run_beat(ninety_before)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["pengikut@example.id"]
    assert message.subject == "Cooperation reminder: 1 agreement is about to end"
    assert "KB Jambi-Jabar" in message.body
    assert "Ends 9 May 2027 (in 90 days)" in message.body
    reminder = Reminder.objects.get()
    assert (reminder.user, reminder.agreement, reminder.threshold_days) == (
        follower,
        agreement,
        90,
    )
    assert reminder.read_at is None


def test_the_mail_speaks_indonesian_to_an_indonesian_reader(follower):
    AgreementFactory(provinces=["15", "32"], expires_on=ENDS)
    following.follow_set(user=follower, target="province", key="15", follow=True, language="id")
    run_beat(ENDS - dt.timedelta(days=30))
    assert mail.outbox[0].subject == "Pengingat kerja sama: 1 kesepakatan akan berakhir"
    assert "Berakhir 9 Mei 2027 (dalam 30 hari)" in mail.outbox[0].body


def test_snoozing_moves_the_reminder_by_a_week(client, follower):
    AgreementFactory(provinces=["15", "32"], expires_on=ENDS)
    following.follow_set(user=follower, target="province", key="15", follow=True)
    day = ENDS - dt.timedelta(days=90)
    run_beat(day)
    reminder = Reminder.objects.get()
    with time_machine.travel(dt.datetime.combine(day, dt.time(9)), tick=False):
        client.force_login(follower)
        response = client.post(reverse("agreements:notification_snooze", args=[reminder.pk]))
    assert response.status_code == 302
    reminder.refresh_from_db()
    assert reminder.remind_again_on == day + dt.timedelta(days=7)
    assert reminder.read_at is not None  # off the bell until then

    run_beat(day + dt.timedelta(days=6))
    assert len(mail.outbox) == 1
    run_beat(day + dt.timedelta(days=7))
    run_beat(day + dt.timedelta(days=7))
    assert len(mail.outbox) == 2
    reminder.refresh_from_db()
    assert reminder.read_at is None and reminder.remind_again_on is None
    assert Reminder.objects.count() == 1


def test_only_the_nearest_notice_period_is_sent_and_each_one_once(follower):
    agreement = AgreementFactory(provinces=["15", "32"], expires_on=ENDS)
    following.follow_set(user=follower, target="agreement", key=agreement.pk, follow=True)
    run_beat(ENDS - dt.timedelta(days=20))  # followed late: only the 30-day reminder
    assert list(Reminder.objects.values_list("threshold_days", flat=True)) == [30]
    run_beat(ENDS - dt.timedelta(days=10))
    assert len(mail.outbox) == 1


def test_an_agreement_may_set_its_own_notice_periods(follower):
    agreement = AgreementFactory(provinces=["15", "32"], expires_on=ENDS, notice_days=[365, 7])
    following.follow_set(user=follower, target="agreement", key=agreement.pk, follow=True)
    run_beat(ENDS - dt.timedelta(days=180))  # the default 180 does not apply here
    assert list(Reminder.objects.values_list("threshold_days", flat=True)) == [365]
    run_beat(ENDS - dt.timedelta(days=7))
    assert sorted(Reminder.objects.values_list("threshold_days", flat=True)) == [7, 365]


def test_one_digest_per_user_for_agreements_followed_three_ways(follower):
    by_sector = ScopeItemFactory(
        agreement=AgreementFactory(provinces=["31", "32"], expires_on=ENDS),
        sectors=["pariwisata"],
    ).agreement
    by_province = AgreementFactory(provinces=["15", "32"], expires_on=ENDS)
    direct = AgreementFactory(provinces=["11", "12"], expires_on=ENDS)
    for target, key in (("sector", "pariwisata"), ("province", "15"), ("agreement", direct.pk)):
        following.follow_set(user=follower, target=target, key=key, follow=True)
    run_beat(ENDS - dt.timedelta(days=90))
    assert len(mail.outbox) == 1
    for agreement in (by_sector, by_province, direct):
        assert agreement.title in mail.outbox[0].body
    assert Reminder.objects.filter(user=follower).count() == 3


def test_the_command_runs_the_beat_task_for_a_given_day(follower, capsys):
    AgreementFactory(provinces=["15", "32"], expires_on=ENDS)
    following.follow_set(user=follower, target="province", key="15", follow=True)
    call_command("send_reminders", "--today", str(ENDS - dt.timedelta(days=90)))
    call_command("send_reminders", "--today", str(ENDS - dt.timedelta(days=90)))
    assert len(mail.outbox) == 1
    assert '"created": 0' in capsys.readouterr().out.splitlines()[-1]


def test_the_command_refuses_a_malformed_day():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("send_reminders", "--today", "9/5/2027")


def test_a_mail_server_failure_keeps_the_reminder_for_the_retry(follower, monkeypatch):
    AgreementFactory(provinces=["15", "32"], expires_on=ENDS)
    following.follow_set(user=follower, target="province", key="15", follow=True)

    def refuse(*args, **kwargs):
        raise SMTPException("server down")

    from django.core.mail.backends.locmem import EmailBackend

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)
    from agreements.services.reminders import reminders_send

    with pytest.raises(SMTPException):
        reminders_send(today=ENDS - dt.timedelta(days=90))
    assert Reminder.objects.get().sent_at is None
    monkeypatch.undo()
    reminders_send(today=ENDS - dt.timedelta(days=90))
    assert len(mail.outbox) == 1


def test_unsubscribing_from_the_mail_link_stops_mails_but_not_notifications(client, follower):
    AgreementFactory(provinces=["15", "32"], expires_on=ENDS)
    AgreementFactory(provinces=["15", "33"], expires_on=ENDS + dt.timedelta(days=60))
    following.follow_set(user=follower, target="province", key="15", follow=True)
    run_beat(ENDS - dt.timedelta(days=90))
    link = mail.outbox[0].body.split("Berhenti menerima surel pengingat: ")[1].split()[0]
    path = link.removeprefix("http://127.0.0.1:8000")
    assert mail.outbox[0].extra_headers["List-Unsubscribe"] == f"<{link}>"

    page = client.get(path)  # no login needed
    assert page.status_code == 200 and "Berhenti menerima surel" in page.content.decode()
    assert ReminderProfile.objects.get(user=follower).email_enabled  # a GET changes nothing
    assert client.post(path).status_code == 200
    assert not ReminderProfile.objects.get(user=follower).email_enabled

    run_beat(ENDS - dt.timedelta(days=30))
    assert len(mail.outbox) == 1
    # 90 and 180 days before the two ends, then 30 and 90: all in the app, none mailed.
    assert Reminder.objects.filter(user=follower, read_at=None).count() == 4


def test_a_forged_unsubscribe_link_is_not_found(client, follower):
    token = following.unsubscribe_token(user=follower)
    assert client.get(f"/unsubscribe/{token[:-2]}xx/").status_code == 404
    assert client.post("/unsubscribe/not-a-token/").status_code == 404


def test_a_user_without_a_role_is_told_nothing(make_user):
    user = make_user(username="tanpa-peran")
    user.email = "x@example.id"
    user.save()
    AgreementFactory(provinces=["15", "32"], expires_on=ENDS)
    Follow.objects.create(user=user, province_id="15")
    run_beat(ENDS - dt.timedelta(days=90))
    assert mail.outbox == [] and not Reminder.objects.exists()


def test_terminated_and_ended_agreements_are_not_reminded(follower):
    AgreementFactory(provinces=["15", "32"], expires_on=ENDS, terminated_on=dt.date(2026, 1, 1))
    AgreementFactory(
        provinces=["15", "32"], signed_on=dt.date(2015, 1, 1), expires_on=dt.date(2020, 1, 1)
    )
    following.follow_set(user=follower, target="province", key="15", follow=True)
    run_beat(ENDS - dt.timedelta(days=90))
    assert mail.outbox == [] and not Reminder.objects.exists()
