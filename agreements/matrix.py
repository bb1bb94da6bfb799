"""The province x province matrix of the network page: who works with whom, and how much.

Built from the pair counts the network already loaded (no query of its own); each cell links
to the pair page with the network's filters.
"""

from __future__ import annotations

from django.urls import reverse

from agreements.querystrings import with_query

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
    rows = []
    for code in codes:
        cells = []
        for other in codes:
            count = counts.get((code, other), 0)
            url = ""
            if count:
                url = with_query(reverse("agreements:pair", args=[code, other]), query)
            cells.append({"count": count, "url": url, "partner": names[other]})
        rows.append({"code": code, "name": names[code], "total": totals[code], "cells": cells})
    return {"columns": [{"code": c, "name": names[c]} for c in codes], "rows": rows}
