"""The article's own scope phrases, each with the sectors its words name.

The extractor reports sectors as codes and the sentences it read them from (the evidence of
``sectors``); a reviewer wants the scope items as the article words them ("pembangunan
kehutanan"), not a generic line per code. The sentences are cut into their list items and
each item keeps the codes the gazetteer finds in it, limited to the extracted codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreements.extraction.gazetteer import get_gazetteer
from agreements.facts import ExtractedFacts

# Where a scope list starts: "bersepakat untuk ... dalam", "meliputi", "antara lain".
_LEAD = re.compile(
    r"^.*?\b(?:meliputi|mencakup|antara lain|yakni|yaitu|di antaranya|diantaranya|"
    r"dalam bidang|di bidang|bidang|dalam misi|terkait|tentang|berupa)\b[:\s]*",
    re.I,
)
_OPENERS = re.compile(r"^(?:selain itu|kemudian|serta|dan|juga)[,\s]+(?:melakukan\s+)?", re.I)
_CONJUNCTION = re.compile(r"^(?:dan|serta)\s+", re.I)
# "Senin (3/6/2024)", "di Gedung Daerah Riau", "pada Kamis": the signing's date or venue.
_SETTING = re.compile(
    r"^(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b|pada\b|di\s+[A-Z]|\(?\d)"
)
_SPLIT = re.compile(r"\s*(?:[,;]|\bserta\b|\bsekaligus\b)\s*", re.I)


@dataclass(frozen=True)
class ScopePhrase:
    description: str
    sector_codes: tuple[str, ...]


def _codes(text: str, allowed: set[str]) -> tuple[str, ...]:
    gazetteer = get_gazetteer()
    codes: set[str] = set()
    for match in gazetteer.sector_re.finditer(text):
        codes |= gazetteer.sectors_of(match.group())
    return tuple(sorted(codes & allowed))


def scope_phrases(facts: ExtractedFacts) -> list[ScopePhrase]:
    """One phrase per item of the article's scope lists.

    Only sentences that introduce a list ("meliputi", "di bidang", "Selain itu") are read,
    so a headline or a dateline gives no scope item; a list ends where the date or the venue
    of the signing begins.
    """
    allowed = set(facts.sectors)
    phrases: list[ScopePhrase] = []
    seen: set[str] = set()
    for sentence in facts.evidence.get("sectors", ()):
        text = sentence.strip().rstrip(".")
        lead = _LEAD.match(text)
        if lead:
            text = text[lead.end() :]
        elif _OPENERS.match(text):
            text = _OPENERS.sub("", text, count=1)
        else:
            continue
        for part in _SPLIT.split(text):
            part = _CONJUNCTION.sub("", part.strip(" ."))
            if _SETTING.match(part):
                break
            if len(part) < 4 or part.lower() in seen:
                continue
            seen.add(part.lower())
            phrases.append(ScopePhrase(part[0].upper() + part[1:], _codes(part, allowed)))
    return phrases
