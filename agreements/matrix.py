"""The province x province matrix of the network page: who works with whom, and how much.

Built from the pair counts the network already loaded (no query of its own); each cell links
to the pair page with the network's filters.
"""

from __future__ import annotations

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from agreements.querystrings import pair_url_builder

ORDERS = ("total", "name")


def partner_matrix(
    pairs: list[dict], names: dict[str, str], *, order: str = "total", query: str = ""
) -> dict:
    """``pairs``: {"province", "partner", "count"} rows, each pair once. ``order``: provinces by
    their total (most active first) or by name."""
    counts: dict[tuple[str, str], int] = {}
    totals: dict[str, int] = {}
    for pair in pairs:
        first, second, count = pair["province"], pair["partner"], pair["count"]
        counts[first, second] = counts[second, first] = count
        totals[first] = totals.get(first, 0) + count
        totals[second] = totals.get(second, 0) + count
    codes = list(totals)
    if order == "name":
        codes.sort(key=lambda code: names[code])
    else:
        codes.sort(key=lambda code: (-totals[code], names[code]))
    pair_url = pair_url_builder(query)
    rows = []
    for code in codes:
        cells = []
        for other in codes:
            count = counts.get((code, other), 0)
            url = pair_url(code, other) if count else ""
            cells.append({"count": count, "url": url, "partner": names[other]})
        rows.append(
            {
                "code": code,
                "name": names[code],
                "total": totals[code],
                "cells": cells,
                "cells_html": _cells_html(names[code], cells),
            }
        )
    return {"columns": [{"code": c, "name": names[c]} for c in codes], "rows": rows}


def _cells_html(name: str, cells: list[dict]) -> SafeString:
    """A row's cells as HTML, written here: 1,400 cells through the template language were
    most of the network page's time. Every value is escaped."""
    row = escape(name)
    return mark_safe(  # noqa: S308 - built from escaped values only
        "".join(
            f'<td><a href="{escape(cell["url"])}" title="{row} \u2013 {escape(cell["partner"])}">'
            f"{cell['count']}</a></td>"
            if cell["count"]
            else "<td></td>"
            for cell in cells
        )
    )
