"""Signers named before their offices: "Budi Santoso selaku Rektor Universitas X dan Ani
selaku Gubernur Y menandatangani ..." -> (Budi Santoso, Rektor Universitas X), (Ani, Gubernur
Y). Each "selaku" is read on its own, so a second pair is not swallowed by the first office."""

from __future__ import annotations

import re

from agreements.extraction.lexicon import TITLE
from agreements.extraction.persons import is_structural, parse_person

# The name before "selaku": capitalised words, degrees after a comma allowed ("Budi, M.Si").
_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>(?:[A-Z][\w'.-]*\s+){0,4}[A-Z][\w'.-]*"
    r"(?:\s*,\s*[A-Z][\w.]*)*)\s*,?\s*$"
)
_SELAKU = re.compile(r"\bselaku\s+", re.I)
# What ends an office: punctuation, the next "dan <Name> selaku", or the clause going on.
_OFFICE_END = re.compile(
    r"[,.;()\"]|\s(?:dan|serta|dengan|bersama)\s+(?:[A-Z][\w'.-]*[\s,]+){0,5}selaku\b|"
    r"\s(?:yang|untuk|tentang|terkait|di|pada|dalam|disaksikan|menyaksikan|didampingi|"
    r"menandatangani|meneken|sebagai|saat|usai|mengatakan|bertempat)\b",
    re.I,
)
_WITNESS = re.compile(
    r"\b(?:disaksikan|menyaksikan|dihadiri|didampingi|hadir|turut|mendampingi)\b", re.I
)
# Sentence-opening words that are capitalised but name no one.
_OPENERS = {"sementara", "kemudian", "selanjutnya", "adapun", "sedangkan", "lalu", "dimana"}


def name_office_pairs(text: str) -> list[tuple[int, str, str]]:
    """(position, name, office) for every "<Name> selaku <Office>" in ``text`` that is not
    in a witness clause."""
    out: list[tuple[int, str, str]] = []
    for m in _SELAKU.finditer(text):
        if not TITLE.match(text, m.end()):
            continue
        window = max(0, m.start() - 80)
        before = _NAME_BEFORE.search(text[window : m.start()])
        if not before:
            continue
        words = before.group("name").split()
        while words and words[0].lower() in _OPENERS:
            words = words[1:]
        raw = " ".join(words)
        if not raw or TITLE.match(raw):
            continue
        start = window + before.start("name") + len(before.group("name")) - len(raw)
        clause = text[max(0, start - 60) : start]
        if _WITNESS.search(clause.split(",")[-1] if "," in clause else clause):
            continue  # "disaksikan Budi selaku Ketua DPRD": a witness
        person = parse_person(raw)
        if not person or not person[0] or any(is_structural(w) for w in person[1].split()):
            continue  # the words before "selaku" were an office, not a name
        rest = text[m.end() : m.end() + 80]
        end = _OFFICE_END.search(rest)
        office = rest[: end.start()] if end else rest[:60]
        office = re.sub(r"\s+", " ", office).strip()
        if len(office) >= 3:
            out.append((start, person[0], office))
    return out
