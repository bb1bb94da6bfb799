"""Normalising raw article text and splitting it into sentences."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.lexicon import WEEKDAY_NAMES

# Lines that scraped files carry above the article body (URL, bare date, "unknown").
_HEADER_LINE = re.compile(r"^\s*(?:https?://\S+|\d{4}(?:-\d{2}){0,2}|unknown)\s*$", re.I)
_ELLIPSIS_TAIL = re.compile(r"\[\s*(?:\u2026|\.\.\.)\s*\]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_QUOTES = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "`": "'"}
)
# "H.Harnojoyo" -> "H. Harnojoyo": glued honorifics hide the start of a name.
# Scraped links around names: "Gubernur Jawa Tengah, [Ahmad Luthfi], menandatangani".
_BRACKETED_NAME = re.compile(r"\[([A-Z][^\[\]\n]{1,60}?)\](?!\()")
_GLUED_HONORIFIC = re.compile(r"\b(H|Hj|Dr|Drs|Ir|Prof|KH)\.(?=[A-Za-z])")

# Words after which a period does not end a sentence.
_ABBREVIATIONS = {
    "prov",
    "kab",
    "kec",
    "kel",
    "h",
    "hj",
    "dr",
    "drs",
    "dra",
    "capt",
    "ir",
    "prof",
    "jl",
    "jln",
    "no",
    "st",
    "bpk",
    "pj",
    "plt",
    "plh",
    "kep",
    "gp",
    "dll",
    "dsb",
    "tbk",
    "yth",
    "sdr",
    "ny",
    "kh",
    "km",
    "pt",
    "cv",
    "rp",
    "mr",
    "mrs",
    "ds",
    "sh",
    "se",
    "mm",
    "msi",
    "mt",
    "dkk",
    "u",
    "a",
    "tgl",
    "hlm",
    "ttd",
    "nomor",
    "sp",
    "spd",
    "ssos",
    "sip",
    "ma",
    "mba",
    "bba",
    "vs",
    "pemprov",
    # honorifics and degrees before a name: "Dr. drh. H. Rohidin", "Ir. Hj."
    "drh",
    "mpd",
    "mh",
    "mag",
    "mkes",
    "ak",
    # Abbreviated first names: "Moch. Tranggono", "Muh. Taufik", "Abd. Rahman".
    "moch",
    "moh",
    "muh",
    "mhd",
    "mochd",
    "abd",
    "ach",
}
_BOUNDARY = re.compile(r"([.!?]+)([\"')\]]*)\s+(?=[\"'(]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article; ``index`` is its position in reading order."""

    index: int
    text: str


# "di wakili oleh", "di hadiri", "di lakukan": the passive prefix written apart.
_DETACHED_PASSIVE = re.compile(
    r"\b([Dd]i)\s+(wakili|hadiri|saksikan|tandatangani|lakukan|laksanakan|teken|gelar|"
    r"selenggarakan|sepakati|dampingi)\b"
)


def normalise(text: str) -> str:
    """Unicode-normalise, unify quotes and spaces, and drop scraper header lines."""
    text = unicodedata.normalize("NFKC", text or "")
    text = text.translate(_QUOTES).replace("\r\n", "\n").replace("\r", "\n")
    text = _ELLIPSIS_TAIL.sub(" ", text)
    text = _GLUED_HONORIFIC.sub(r"\1. ", text)
    text = _BRACKETED_NAME.sub(r"\1", text)
    text = _DETACHED_PASSIVE.sub(r"\1\2", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    while lines and (not lines[0] or _HEADER_LINE.match(lines[0])):
        lines.pop(0)
    return "\n".join(lines).strip()


def split_sentences(text: str) -> list[str]:
    """Split normalised text into sentences: every line break ends one, and so does
    end punctuation followed by a capital, unless the word before is an abbreviation
    or a single initial ("M. Jafar")."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            before = line[start : m.start()]
            if re.fullmatch(r"\s*(?:\d{1,2}|[a-h])", before):
                continue  # "1. Pencegahan korupsi ...": the number of a list item
            last_word = re.search(r"([A-Za-z]+)$", before)
            if m.group(1) == "." and last_word:
                word = last_word.group(1)
                if word.lower() in _ABBREVIATIONS or len(word) == 1:
                    continue
            piece = line[start : m.end(2) if m.group(2) else m.end(1)].strip()
            if piece:
                out.append(piece)
            start = m.end()
        tail = line[start:].strip()
        if tail:
            out.append(tail)
    return out


_TITLE_ENDS = re.compile(
    r"(?:^|[-\u2013\u2014]\s)(?:Wakil\s+)?(?:Gubernur|Bupati|Wali\s?[Kk]ota|Sekda|Sekretaris\s+Daerah)"
    r"(?:\s+[A-Z][\w-]*){1,3}\.$"
)
_NAME_THEN_COMMA = re.compile(r"^[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3},")


def rejoin_split_titles(sentences: list[str]) -> list[str]:
    """Undo a stray full stop between a title and its name: "Gubernur Sumatera Selatan.
    Herman Deru, menandatangani ..." is one sentence."""
    out: list[str] = []
    for sentence in sentences:
        if out and _TITLE_ENDS.search(out[-1]) and _NAME_THEN_COMMA.match(sentence):
            out[-1] = out[-1][:-1] + " " + sentence
        else:
            out.append(sentence)
    return out


# Datelines: "KOTA --", "Kota, Outlet.com -", "KOTA (outlet.id)-", "Outlet.com, KOTA" + dash
# A plain hyphen needs a space on one side: "kabar-banten.com -" is one outlet name.
_DATELINE = re.compile(
    r"^(?P<head>[^\n\u2013\u2014]{2,60}?)(?P<gap>\s*)"
    r"(?:--|\u2013|\u2014|(?<=\s)-|-(?=\s))\s*(?=\S)"
)
# "Samarinda (10/9/2021): Gubernur ...": a city and the date, closed by a colon
_DATED_COLON = re.compile(
    r"^(?P<head>[A-Z][\w .'-]{1,40}?\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))(?P<gap>\s*):\s*(?=\S)"
)
_OUTLET_HINT = re.compile(
    r"\.|\b(?:antara|news|post|pos|times|today|online|media|tv|fm|radar|tribun|kabar|com|id)\b|"
    r"news|post|today|\.id|\.com",
    re.I,
)


def _names_a_city(part: str) -> bool:
    gaz = get_gazetteer()
    return bool(gaz.region_code("city", part) or gaz.region_code("regency", part))


def _is_outlet(part: str, url: str | None) -> bool:
    """ "Pojok NTB" on pojokntb.com, "Radar Bogor" on radarbogor.id: the site's own name."""
    if not url:
        return False
    host = re.sub(r"^[a-z]+://(?:www\.)?", "", url.lower()).split("/")[0]
    squashed = re.sub(r"[^a-z0-9]", "", part.lower())
    if len(part.split()) == 1:
        # "Cilegon, CNO -" on cilegonnews.online: one word is the outlet only when it is the
        # whole site name; as a prefix it is the city the site is named after.
        return squashed == re.sub(r"[^a-z0-9]", "", host.split(".")[0])
    return len(squashed) >= 4 and squashed in re.sub(r"[^a-z0-9]", "", host)


def split_dateline(sentence: str, url: str | None = None) -> tuple[str | None, str, bool]:
    """Detach a news dateline from the first body sentence.

    Returns (city or None, sentence without the dateline, whether a dateline was found).
    A head counts as a dateline only when it looks like one: upper-case city, an outlet
    name with a dot or parentheses, or "City, Outlet"."""
    m = _DATELINE.match(sentence) or _DATED_COLON.match(sentence)
    # "- Firm A - Sidoarjo dengan Firm B - Palu": an item of a list, not a dateline
    if not m or sentence.lstrip()[:1] in "-\u2022*":
        return None, sentence, False
    head = m.group("head").strip()
    # "Sinergi, Sumsel<en dash>Sumbar Kolaborasi": a dash inside a compound of names
    glued = re.match(r"\w[\u2013\u2014]\w", sentence[m.end("head") - 1 : m.end() + 1])
    if glued and head.upper() != head:
        return None, sentence, False
    words = head.replace(",", " ").replace("(", " ").replace(")", " ").split()
    if not words or len(words) > 6:
        return None, sentence, False
    looks_like = (
        "(" in head
        or "," in head
        or "." in head
        or (head.upper() == head and any(c.isalpha() for c in head))
        # "Banda Aceh <dash> ..." : a short capitalised place name set off by a spaced dash.
        or (m.group("gap") and len(words) <= 3 and all(w[:1].isupper() for w in words))
    )
    if not looks_like:
        return None, sentence, False
    parts = [p.strip() for p in re.split(r"[,()]", head) if p.strip()]
    cities = [
        p
        for p in parts
        if not _OUTLET_HINT.search(p) and p[:1].isupper() and not _is_outlet(p, url)
    ]
    # "KETIK, SURABAYA -": the outlet may come first; a part that names a city wins.
    known = [p for p in cities if _names_a_city(p)]
    city = (known or cities or [None])[0]
    if city and (city.split()[0].capitalize() in WEEKDAY_NAMES or city[:1].isdigit()):
        city = None  # "Senin, 01 Juli 2019 -": a time stamp, not a dateline
    if city and city.upper() == city:
        city = city.title()
    rest = sentence[m.end() :]
    if city is None and "." in head:
        # "Radarjambi.co.id - JAMBI - ...": the outlet first, then the city's own dateline
        city2, rest2, found2 = split_dateline(rest, url)
        if found2:
            return city2, rest2, True
    return city, rest, True
