"""One list of signatories out of many mentions: the same person found twice is kept once,
and the parties named as "pihak pertama/kedua" of the document join the list."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.persons import _HONORIFICS, _is_degree, is_structural


@dataclass
class Signatory:
    name: str | None
    title: str
    evidence: str
    confidence: float


def _same_office(unnamed: str, named: str) -> bool:
    words_a = set(re.findall(r"\w+", unnamed.lower()))
    words_b = set(re.findall(r"\w+", named.lower()))
    return bool(words_b) and unnamed.split()[:1] == named.split()[:1] and words_b <= words_a


def _tokens(name: str) -> set[str]:
    return {t for t in re.findall(r"[a-z]+", name.lower()) if len(t) > 1}


def _where(title: str) -> str | set[str]:
    """The region an office belongs to: a province code, else the title's proper words."""
    gaz = get_gazetteer()
    if (province := gaz.province_re.search(title)) and (code := gaz.province_code(province[0])):
        return code
    return {w for w in re.findall(r"[A-Z][\w'-]+", title) if not is_structural(w)}


def _other_region(a: str, b: str) -> bool:
    """ "Gubernur Kepri" and "Gubernur Jawa Tengah" hold different offices."""
    where_a, where_b = _where(a), _where(b)
    if isinstance(where_a, str) and isinstance(where_b, str):
        return where_a != where_b
    if isinstance(where_a, set) and isinstance(where_b, set) and where_a and where_b:
        return where_a.isdisjoint(where_b)
    return False


_OFFICE_HEADS = (
    "wakil gubernur", "wakil bupati", "wakil wali kota", "wakil walikota", "gubernur", "bupati",
    "wali kota", "walikota", "rektor", "direktur", "ketua", "kepala", "sekretaris", "sekda",
    "asisten", "menteri", "dekan",
)  # fmt: skip
_ACTING = re.compile(r"^(?:pj\.?|plt\.?|plh\.?|penjabat|pelaksana tugas)\s+", re.IGNORECASE)


def _office(title: str) -> str | None:
    bare = _ACTING.sub("", title.strip().lower())
    return next((head for head in _OFFICE_HEADS if bare.startswith(head)), None)


def _other_office(a: str, b: str) -> bool:
    """ "Rektor Universitas Bengkulu" and "Gubernur Bengkulu" are two people, even when their
    names share a word; "Pj Gubernur Banten" and "Gubernur Banten" may be one."""
    office_a, office_b = _office(a), _office(b)
    return bool(office_a and office_b and office_a != office_b)


def _add(out: list[Signatory], new: Signatory) -> None:
    for old in out:
        if new.name and old.name:
            a, b = _tokens(new.name), _tokens(old.name)
            if a and b and (a <= b or b <= a):
                return
            # "Anar Ahmad" (a slip) is Ansar Ahmad, but Ahmad Luthfi of another province is not
            close = a and b and len(a & b) / min(len(a), len(b)) >= 0.5
            if close and not (
                _other_region(new.title, old.title) or _other_office(new.title, old.title)
            ):
                return
        elif (not new.name and not old.name and new.title == old.title) or (
            not new.name and old.name and new.title.lower() in old.title.lower()
        ):
            return
    out.append(new)


# "Drs HM Syarif Hidayat MM Bupati Musi Rawas Utara sebagai pihak pertama, H. Cek Hendra
# Bupati Sarolangun sebagai pihak kedua": the parties of a document, each by name and title.
_PARTY_ROLE = re.compile(
    r"(?P<name>(?:[A-Z][\w'.-]*\s*){1,6}?)\s*,?\s*(?P<title>(?:Bupati|Wali\s?[Kk]ota|Walikota|"
    r"Gubernur)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}?)\s*,?\s+(?:sebagai|selaku|sabagi)\s+"
    r"pihak\s+(?:pertama|kedua|ketiga|kesatu|I{1,3})\b"
)


def with_party_roles(found: list[Signatory], sentences: list[str]) -> list[Signatory]:
    """``found`` plus the signatories named as the first and second party of the document."""
    out = list(found)
    for text in sentences:
        if "pihak" not in text.lower():
            continue  # the pattern is costly; most sentences name no "pihak pertama"
        for m in _PARTY_ROLE.finditer(text):
            words = [w.strip(".,") for w in m.group("name").split()]
            words = [w for w in words if w and not _is_degree(w) and w.lower() not in _HONORIFICS]
            words = [w for w in words if w.lower() not in {"hm", "h.m"}] or words
            if words:
                _add(out, Signatory(" ".join(words), m.group("title"), text, 0.75))
    return out
