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
# What the official does when not signing, unless a signing verb comes first.
_SPEAKS_OR_WATCHES = re.compile(
    r"^(?:(?!\b(?:menandatangani|meneken|teken|menandatangan)\b).)*?\b(?:mengatakan|"
    r"menyampaikan|menjelaskan|kata|ujar|hadir|menyaksikan|turut)\b",
    re.I,
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
        if _SPEAKS_OR_WATCHES.search(
            re.split(r"[.;]\s|\bselaku\b", text[m.end() : m.end() + 120])[0]
        ):
            continue  # "Budi selaku Kepala Dinas X mengatakan ...": he speaks, or watches
        end = _OFFICE_END.search(rest)
        office = rest[: end.start()] if end else rest[:60]
        office = re.sub(r"\s+", " ", office).strip()
        if len(office) >= 3:
            out.append((start, person[0], office))
    return out


# "Pemkab X di wakili Ir. Budi santoso sekda kabupaten X": the representative named before
# his office, which may be written in lower case.
_REPRESENTED_NAME = re.compile(
    r"\bdi\s?wakili(?:\s+oleh)?\s+(?P<name>[A-Z][\w'.-]*(?:\s+(?!(?i:" + TITLE.pattern[2:-2] + r"))"
    r"[\w'.-]+){0,3}?)\s*,?\s+(?=(?i:" + TITLE.pattern[2:] + r"))"
)
# "Wali Kota X bersama Melissa, dari PT Arta Asia Putra melaksanakan penandatanganan": a
# signer given by name and the body she comes from.
_NAME_FROM_BODY = re.compile(
    r"\b(?:bersama|dan|dengan)\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s*,\s*"
    r"(?:dari|perwakilan)\s+(?P<body>(?:PT|CV|Bank|Universitas|Yayasan|Perum|Perumda|PD|"
    r"Koperasi|Institut|Politeknik)\b\.?\s[^,.;]{2,50}?)(?=\s*,|\s+(?:me|ber|di)[a-z]{4,}|$)"
)


def represented_and_body_pairs(text: str, signs: re.Pattern) -> list[tuple[str, str]]:
    """(name, office) for representatives named before their office, and for signers named
    with the body they come from before the signing verb (``signs``)."""
    out: list[tuple[str, str]] = []
    for m in _REPRESENTED_NAME.finditer(text):
        person = parse_person(m.group("name"))
        if person and person[0] and not any(is_structural(w) for w in person[1].split()):
            rest = text[m.end() : m.end() + 80]
            end = _OFFICE_END.search(rest)
            out.append((person[0], re.sub(r"\s+", " ", rest[: end.start() if end else 60]).strip()))
    for m in _NAME_FROM_BODY.finditer(text):
        person = parse_person(m.group("name"))
        if person and person[0] and not person[1] and signs.search(text, m.end()):
            out.append((person[0], m.group("body").strip()))
    return out
