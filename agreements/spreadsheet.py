"""Cells safe to open in a spreadsheet: no text is ever taken for a formula.

Titles and places can come from news pages through the accept form, so a value such as
``=HYPERLINK("http://evil", "klik")`` must not reach Excel or LibreOffice as a live formula.
OWASP's recommendation (CSV injection): prefix any text cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return with a single quote, which spreadsheets show as text.
Numbers and dates are left as they are.
"""

from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def neutralise_row(row):
    return [neutralise_formula(value) for value in row]
