"""Offices written in pairs down a list, the first one without its head word."""

from __future__ import annotations

import re

from agreements.extraction.opd_qualifiers import qualifier


def headless_pairs(text: str, mentions: list[tuple], consumed: list[tuple[int, int]]) -> list:
    """ "Perindustrian dan Perdagangan Prov. Aceh dan Dinas Perindustrian dan Perdagangan Prov.
    Jawa Timur": the first of a pair written without its head word, the same kind of office."""
    out = []
    for start, _end, core, _acronym, qual_text, _code in mentions:
        head, _sep, words = core.partition(" ")
        if head not in {"Dinas", "Badan"} or not words or not qual_text:
            continue
        at = text.rfind(words, max(0, start - 150), start)
        if at < 0 or any(a <= at < b for a, b in consumed) or text[at - 1 : at].isalnum():
            continue
        q_text, code, q_end = qualifier(text, at + len(words))
        listed = _LIST_ITEM_BEFORE.search(text[max(0, at - 20) : at])
        if not listed or not code or not _PAIR_JOIN.fullmatch(text, q_end, start):
            continue
        out.append((at, q_end, words, None, q_text, code))
        consumed.append((at, q_end))
    return out


_PAIR_JOIN = re.compile(r"\s+(?:dan|dengan)\s+")
# the pair opens a list item: the start of the line, a bullet, or after a colon or "antara"
_LIST_ITEM_BEFORE = re.compile(r"(?:^|[:;•-]|\b(?:antara|yakni|yaitu))\s*$")
