"""Settings of the follow-up (reminders, calendar feeds, periodic reports), imported by
cooperation.settings; they come from the environment like every other setting."""

from django.core.exceptions import ImproperlyConfigured

from cooperation.env import env_list, env_str

# Days before an agreement's end on which its followers are reminded, unless the agreement sets
# its own notice periods.
try:
    REMINDER_NOTICE_DAYS = sorted(
        {int(day) for day in env_list("REMINDER_NOTICE_DAYS", "180,90,30")}, reverse=True
    )
except ValueError:
    raise ImproperlyConfigured("REMINDER_NOTICE_DAYS must be days, e.g. 180,90,30") from None
if any(day < 0 or day > 3650 for day in REMINDER_NOTICE_DAYS):
    raise ImproperlyConfigured("REMINDER_NOTICE_DAYS must be between 0 and 3650 days")
# The site's address in mails and calendar feeds (links must work outside a request).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
