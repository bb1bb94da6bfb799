"""Regions named only through one of their offices: "Kepala BPBD Banjarnegara", "Dinas
Pariwisata Sleman". The bare name after the office is the kabupaten or kota it belongs to
when exactly one region of one level carries that name; a name shared by a kabupaten and a
kota, or by a province, says too little on its own."""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.region_lists import known_region

# Regional offices written by their usual acronyms, or "Dinas" and its field.
_OFFICE = re.compile(
    r"\b(?:(?P<acronym>BPBD|Bappeda|Bapelitbangda|Bapenda|Diskominfo|Dinkes|Disdik|Dishub|"
    r"Disnaker|Disdukcapil|Disparbud|Dispar|DPMPTSP|BKPSDM|BKD|Satpol\s+PP)|Dinas)\s+"
    r"(?P<run>[A-Z][\w'-]*(?:,?\s+(?!Dinas\b)(?:[A-Z][\w'-]*|dan|&)){0,8})"
)
_KIND_WORD = re.compile(r"^(?:Provinsi|Propinsi|Prov|Kabupaten|Kab|Kota|Pemkab|Pemkot|Pemprov)$")


def _region(words: list[str]) -> tuple[str, str] | bool | None:
    """The one region that ``words`` (two, else one) name; False when the name is a
    province's or both a kabupaten's and a kota's; None when it names none."""
    gaz = get_gazetteer()
    for n in (2, 1):
        if len(words) < n or not all(w[0].isupper() and w[1:].islower() for w in words[:n]):
            continue
        name = " ".join(words[:n])
        if gaz.province_code(name):
            return False
        found = [(r, lvl) for lvl in ("regency", "city") if (r := known_region(lvl, name, True))]
        if len(found) == 1:
            return found[0]
        if found:
            return False
    return None


def office_regions(text: str) -> list[tuple[str, str, int]]:
    """(name, level, position) of each kabupaten or kota named after one of its offices."""
    out = []
    for m in _OFFICE.finditer(text):
        words = m.group("run").replace(",", " ").split()
        # an acronym names its region next; "Dinas" names its field first
        starts = [0] if m.group("acronym") else range(1, len(words))
        for k in starts:
            if _KIND_WORD.match(words[k]):
                break  # "Dinas Pariwisata Kabupaten X" is read as a region already
            region = _region(words[k:])
            if region is False:
                break
            if region:
                out.append((region[0], region[1], m.start()))
                break
    return out


_N = r"(?:tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,2})"
# "Enam Kepala Dinas Pariwisata di Pulau Sulawesi", "Dinas Pariwisata dari enam provinsi":
# the offices are counted, not named.
COUNTED_OFFICES = re.compile(
    r"\b" + _N + r"\s+(?:kepala\s+)?(?P<a>Dinas\s+[A-Z]\w+)|"
    r"\b(?P<b>Dinas\s+[A-Z]\w+)\s+(?:dari\s+)?" + _N + r"\s+(?:provinsi|kabupaten|kota)\b",
    re.I,
)


def counted_office_members(signings: list[str], sentences: list[str]) -> list[str]:
    """The counted offices that the article does name ("Kepala Dinas Pariwisata Provinsi
    Sulbar ... mengatakan"): each mention of the same office with its region."""
    out = []
    for text in signings:
        for m in COUNTED_OFFICES.finditer(text):
            office = re.escape(m.group("a") or m.group("b"))
            member = re.compile(
                # the rest of the office's field: "Dinas Kelautan dan Perikanan Provinsi X"
                office + r"(?:\s+(?:(?-i:[A-Z])[\w'-]*|dan|&)){0,4}?"
                r"\s+(?:Provinsi|Propinsi|Prov\.|Kabupaten|Kab\.|Kota)\s+"
                r"[A-Z][\w'-]*(?:\s+(?:Barat|Timur|Utara|Selatan|Tengah|Tenggara|Raya))?",
                re.I,
            )
            out += [f.group() for s in sentences for f in member.finditer(s)]
    return list(dict.fromkeys(out))
