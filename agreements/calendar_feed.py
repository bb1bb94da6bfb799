"""The follower's calendar feed (RFC 5545, built with ``icalendar``, never by hand).

All-day events: each followed agreement's end date and its notice dates, its open deadlines
(the DPRD's answer, the PKS after a KB: ``selectors.deadlines``), and the planned activities
(kegiatan) of the followed agreements. UIDs are stable
(agreement, kind, date), so a calendar application updates an event instead of adding a copy.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from agreements.choices import ActivityState
from agreements.models import Activity, ReminderKind
from agreements.selectors.deadlines import deadline_candidates, deadlines_of
from agreements.selectors.following import followed_agreements, notice_days_of

#: Ends further back than this are left out of the feed.
PAST_DAYS = 365


def _event(
    *,
    uid: str,
    day: dt.date,
    summary: str,
    url: str,
    stamp: dt.datetime,
    last_day: dt.date | None = None,
    note: str = "",
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    # All-day events end (exclusively) the day after their last day.
    event.add("dtend", max(day, last_day or day) + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("url", url)
    event.add("description", f"{note}\n{url}" if note else url)
    event.add("transp", "TRANSPARENT")
    return event


def calendar_feed(*, user_id: int, language: str, today: dt.date | None = None) -> bytes:
    today = today or timezone.localdate()
    agreements = (
        followed_agreements(user_id)
        .filter(ends_on__gte=today - dt.timedelta(days=PAST_DAYS), signed_on__isnull=False)
        .only("id", "title", "ends_on", "notice_days")
        .order_by("ends_on", "id")
    )
    host = settings.SITE_URL.split("://", 1)[-1]
    stamp = timezone.now()
    with translation.override(language):
        calendar = Calendar()
        calendar.add("prodid", "-//Kerja Sama Antardaerah//reminders//ID")
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", _("Kerja sama yang saya ikuti"))
        for agreement in agreements:
            url = settings.SITE_URL + agreement.get_absolute_url()
            calendar.add_component(
                _event(
                    uid=f"agreement-{agreement.pk}-end-{agreement.ends_on:%Y%m%d}@{host}",
                    day=agreement.ends_on,
                    summary=_("Berakhir: %(title)s") % {"title": agreement.title},
                    url=url,
                    stamp=stamp,
                )
            )
            for days in notice_days_of(agreement):
                calendar.add_component(
                    _event(
                        uid=f"agreement-{agreement.pk}-notice-{days}-{agreement.ends_on:%Y%m%d}@{host}",
                        day=agreement.ends_on - dt.timedelta(days=days),
                        summary=_("%(days)s hari lagi berakhir: %(title)s")
                        % {"days": days, "title": agreement.title},
                        url=url,
                        stamp=stamp,
                    )
                )
        deadline_rows = deadline_candidates(
            followed_agreements(user_id),
            due_from=today - dt.timedelta(days=PAST_DAYS),
            due_to=today + dt.timedelta(days=3650),
        ).order_by("id")
        summaries = {
            ReminderKind.DPRD_APPROVAL: _("Batas persetujuan DPRD: %(title)s"),
            ReminderKind.PKS_FOLLOW_UP: _("Batas PKS tindak lanjut: %(title)s"),
        }
        for agreement in deadline_rows:
            for deadline in deadlines_of(agreement, today):
                if deadline.due_on < today - dt.timedelta(days=PAST_DAYS):
                    continue
                party = f"-{deadline.party.pk}" if deadline.party else ""
                calendar.add_component(
                    _event(
                        uid=f"agreement-{agreement.pk}-{deadline.kind}{party}-"
                        f"{deadline.due_on:%Y%m%d}@{host}",
                        day=deadline.due_on,
                        summary=summaries[deadline.kind] % {"title": agreement.title},
                        url=settings.SITE_URL + agreement.get_absolute_url(),
                        stamp=stamp,
                        note=deadline.party.display_name if deadline.party else "",
                    )
                )
        activities = (
            Activity.objects.filter(
                agreement__in=followed_agreements(user_id).values("pk"),
                planned_start__gte=today - dt.timedelta(days=PAST_DAYS),
                state__in=[ActivityState.PLANNED, ActivityState.IN_PROGRESS],
            )
            .select_related("agreement", "opd")
            .order_by("planned_start", "id")
        )
        for activity in activities:
            calendar.add_component(
                _event(
                    uid=f"activity-{activity.pk}@{host}",
                    day=activity.planned_start,
                    last_day=activity.planned_end,
                    summary=_("Kegiatan: %(title)s") % {"title": activity.title},
                    url=settings.SITE_URL + activity.agreement.get_absolute_url(),
                    stamp=stamp,
                    note=activity.opd.name if activity.opd_id else "",
                )
            )
    return calendar.to_ical()
