"""Signers named by name alone in the subject before the signing verb."""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.persons import is_structural

# "Rano dan Ramzi menandatangani ...": signers by name alone, the verb right after them.
_NAMES_SUBJECT = re.compile(
    r"(?:^|[.,;:]\s|\s-\s)(?P<names>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?"
    r"(?:(?:,\s*|\s+dan\s+)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?){1,3})\s*,?\s*$"
)


_ORGANISATION_WORD = re.compile(
    r"\b(?:Yayasan|Foundation|Bank|PT|Universitas|Institut|Politeknik|Koperasi|Kadin|Perumda|"
    r"Asosiasi|Forum|Pemprov|Pemkab|Pemkot|Pemda)\b"
)


def names_before_verb(region: str) -> list[tuple[str | None, str]]:
    m = _NAMES_SUBJECT.search(region)
    if not m:
        return []
    names = [n.strip() for n in re.split(r",\s*|\s+dan\s+", m.group("names")) if n.strip()]
    gaz = get_gazetteer()
    if any(
        gaz.province_code(n)
        or is_structural(n.split()[0])
        or gaz.region_code("regency", n)
        or gaz.region_code("city", n)
        or _ORGANISATION_WORD.search(n)
        for n in names
    ):
        return []  # "Jambi dan Tapin menandatangani": regions or bodies, not people
    return [(n, "") for n in names]
