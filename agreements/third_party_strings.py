"""Strings shown by django-tables2 and django-filter, which ship no Indonesian catalogue,
and Django's own strings whose upstream Indonesian is wrong.

Listing them here lets `make makemessages` keep them in locale/id, where they are translated;
the project's catalogue (LOCALE_PATHS) wins over the packages' own.
"""

from django.utils.translation import gettext_noop

THIRD_PARTY_STRINGS = [
    gettext_noop("previous"),
    gettext_noop("next"),
    gettext_noop("%s (descending)"),
    gettext_noop("All"),
    gettext_noop("Yes"),
    gettext_noop("No"),
    gettext_noop("Unknown"),
    gettext_noop("Ordering"),
    gettext_noop("Any date"),
    gettext_noop("Today"),
    gettext_noop("Yesterday"),
    gettext_noop("Past 7 days"),
    gettext_noop("This month"),
    gettext_noop("This year"),
    gettext_noop("Multiple values may be separated by commas."),
    gettext_noop("Range query expects two values."),
    gettext_noop("Select a lookup."),
]

# Upstream Indonesian reads "Masukkan nama pengguna nama pengguna ..." (the placeholder is the
# field's name, "nama pengguna", already) and misspells the username rule.
UPSTREAM_CORRECTIONS = [
    gettext_noop(
        "Please enter a correct %(username)s and password. Note that both fields may be "
        "case-sensitive."
    ),
    gettext_noop(
        "Please enter the correct %(username)s and password for a staff account. Note that "
        "both fields may be case-sensitive."
    ),
]
