"""Reads of reference data used by entry forms."""

from __future__ import annotations

from agreements.models import Province


def province_alias_codes() -> dict[str, str]:
    """Lower-case province name or alias ("riau", "jabar", "kaltim") -> province code.

    38 rows: read per search rather than cached, so a corrected alias applies at once.
    """
    lookup: dict[str, str] = {}
    for code, name, aliases in Province.objects.values_list("code", "name", "aliases"):
        for alias in [name, *(aliases or [])]:
            lookup.setdefault(alias.lower(), code)
    return lookup
