"""Settings of the follow-up (reminders, calendar feeds, periodic reports), imported by
cooperation.settings; they come from the environment like every other setting."""

from django.core.exceptions import ImproperlyConfigured

from cooperation.env import env_int, env_list, env_str

__all__ = [
    "DPRD_RESPONSE_DAYS",
    "PKS_FOLLOW_UP_MONTHS",
    "REMINDER_DPRD_NOTICE_DAYS",
    "REMINDER_NOTICE_DAYS",
    "REMINDER_PKS_NOTICE_DAYS",
    "SITE_URL",
]


def _days(name: str, default: str) -> list[int]:
    """A comma-separated list of days (0 to 3650), largest first."""
    try:
        days = sorted({int(day) for day in env_list(name, default)}, reverse=True)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be days, e.g. {default}") from None
    if any(day < 0 or day > 3650 for day in days):
        raise ImproperlyConfigured(f"{name} must be between 0 and 3650 days")
    return days


def _positive(name: str, default: int) -> int:
    value = env_int(name, default)
    if not 1 <= value <= 3650:
        raise ImproperlyConfigured(f"{name} must be between 1 and 3650")
    return value


# Days before an agreement's end on which its followers are reminded, unless the agreement sets
# its own notice periods.
REMINDER_NOTICE_DAYS = _days("REMINDER_NOTICE_DAYS", "180,90,30")

# The deadlines that follow from the dated actions (agreements.selectors.deadlines). The copies
# of PP 28/2018 and Permendagri 22/2020 consulted set neither period (see the README), so both
# are the bureau's own follow-up conventions.
# Days the bureau gives the DPRD to answer after the "submitted to the DPRD" action.
DPRD_RESPONSE_DAYS = _positive("DPRD_RESPONSE_DAYS", 30)
# Months after a Kesepakatan Bersama's signing by which its first PKS should be signed.
PKS_FOLLOW_UP_MONTHS = _positive("PKS_FOLLOW_UP_MONTHS", 6)
# Days before each deadline on which followers are reminded (0: on the day itself).
REMINDER_DPRD_NOTICE_DAYS = _days("REMINDER_DPRD_NOTICE_DAYS", "7,0")
REMINDER_PKS_NOTICE_DAYS = _days("REMINDER_PKS_NOTICE_DAYS", "30,7")

# The site's address in mails and calendar feeds (links must work outside a request).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
