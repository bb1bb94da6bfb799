"""Send the reminder digests due today (or on --today): exactly what the daily beat task runs."""

import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError

from agreements.tasks import send_reminders


class Command(BaseCommand):
    help = "Send the reminder digests due today (what the daily beat task runs)."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="YYYY-MM-DD: run as if it were this day")

    def handle(self, *args, today=None, **options):
        if today:
            try:
                dt.date.fromisoformat(today)
            except ValueError:
                raise CommandError(f"--today must be YYYY-MM-DD, got {today!r}") from None
        # The task itself, run here and now (with its retries), not a copy of its body.
        result = send_reminders.apply(kwargs={"today": today}).get()
        self.stdout.write(json.dumps(result))
