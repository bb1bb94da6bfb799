"""Regions named in a list: "Kabupaten Magelang, Temanggung dan Kota Magelang", "Kabupaten
tersebut adalah Barito Selatan, Barito Utara, ...", each a known kabupaten or kota."""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import get_gazetteer

# "Kabupaten tersebut adalah Barito Selatan, Barito Utara, ...": a list of bare region
# names after the word that says what they are.
# "Enam kabupaten dan kota yang terlibat tersebut diantaranya Bukittinggi, Agam, ..." too.
REGION_LIST_INTRO = re.compile(
    r"\b(?i:kabupaten(?:/kota|\s+dan\s+kota)?|kota|daerah)\s+(?:(?i:yang)\s+[a-z]+\s+)?"
    r"(?:(?i:tersebut|itu)\s+)?"
    r"(?i:adalah|yakni|yaitu|meliputi|antara\s+lain|di\s?antaranya)\s*:?\s+"
    r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
)
# ", Binjai, Deliserdang dan Langkat": more regions after the first of a list.
_LIST_ITEM = re.compile(
    r"(?:\s*\([^()]{1,40}\))?"  # "Murung Raya (Kalimantan Tengah), Tabalong"
    r"(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)"
    r"(?P<name>(?:(?:Kabupaten/Kota|Kota/Kabupaten|Kabupaten|Kab\.|Kota)\s+)?"
    r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
)
# "Kabupaten/Kota Mojokerto" in a list: the regency and the city of that name, both
_BOTH_KINDS = re.compile(r"(?:Kabupaten/Kota|Kota/Kabupaten)\s+")


_ITEM_KIND = re.compile(r"(?:(?P<regency>Kabupaten|Kab\.?)|Kota)\s")


def known_region(level: str, words: str, whole: bool = False) -> str | None:
    """The region's own name for the longest leading part of ``words`` that names a region
    of that level ("Deliserdang" -> "Kabupaten Deli Serdang"); with ``whole``, all of them."""
    gaz = get_gazetteer()
    parts = words.split()
    for n in range(len(parts), 0 if not whole else len(parts) - 1, -1):
        code = gaz.region_code(level, " ".join(parts[:n]))
        if code:
            return gaz.region_names[code]
    return None


def preferred_levels(text: str, words: str, levels: list[str]) -> list[str]:
    """``levels`` with the one first whose region of that name lies in a province the text
    names: "Banjar" beside Kalimantan Selatan is the kabupaten, beside Jawa Barat the kota."""
    gaz = get_gazetteer()
    named = {gaz.province_code(m.group()) for m in gaz.province_re.finditer(text)}
    named.discard(None)
    if not named:
        return levels

    def lies_in_named(level: str) -> bool:
        key = re.sub(r"[\s.'-]+", "", words.lower())
        return any(prov in named for _code, prov in gaz.regions.get((level, key), []))

    return sorted(levels, key=lambda level: not lies_in_named(level))


def listed_regions(text: str, pos: int, level: str) -> list[tuple[str, str]]:
    """Regions listed after a first one; each must be a known kabupaten or kota (of the
    list's kind when the name is both, unless only the other lies in a province the text
    names), and the list stops at the first word that is not."""
    out = []
    while m := _LIST_ITEM.match(text, pos):
        both = _BOTH_KINDS.match(m.group("name"))
        if both:
            words = m.group("name")[both.end() :]
            pair = [(lv, known_region(lv, words, whole=True)) for lv in ("regency", "city")]
            if not all(name for _lv, name in pair):
                break
            out += pair
            pos = m.end()
            continue
        # "Kota Mojokerto, Kabupaten Kediri": an item that says its kind has that kind
        kind = _ITEM_KIND.match(m.group("name"))
        if kind:
            levels = ["regency"] if kind.group("regency") else ["city"]
        else:
            levels = preferred_levels(
                text, m.group("name"), [level, "city" if level == "regency" else "regency"]
            )
        name, item_level = None, level
        for item_level in levels:
            # the whole item must be a region: in "Wali Kota Bogor, Bima Arya" Bima is a person
            name = known_region(item_level, m.group("name"), whole=True)
            if name:
                break
        if not name:
            break
        out.append((item_level, name))
        pos = m.end()
    return out
