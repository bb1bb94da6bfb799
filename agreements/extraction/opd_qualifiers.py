"""The province or regency written right after an office name ("Dinas Pangan Provinsi
Sumbar", "Dinas Perdagangan Kota Palembang")."""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import _region_key, get_gazetteer

_QUALIFIER_WORD = re.compile(
    r"^(?:Setdaprov|Setda|Sekretariat\s+Daerah|Provinsi|Prov\.?|Propinsi|Pemprov\.?|"
    r"Pemerintah\s+Provinsi)"
    r"(?:\s+(?:Provinsi|Prov\.?|Pemprov\.?))?\s+"
)
_LOCAL_QUALIFIER = re.compile(
    r"^(?:Kabupaten|Kab\.|Kota|Pemkab|Pemkot)\s+[A-Z][\w'-]*(?:\s+(?!Dan\b)[A-Z][a-z][\w'-]*)?"
)


def qualifier(text: str, pos: int) -> tuple[str, str | None, int]:
    """Province or regency written right after an office name: text, province code, end."""
    gaz = get_gazetteer()
    rest = text[pos:]
    lead = re.match(r"\s*", rest).end()
    # "(Satpol PP).Jabar": a stray period glued between an acronym and its province
    if not lead and text[pos - 1 : pos] == ")" and re.match(r"\.(?=[A-Z])", rest):
        lead = 1
    rest = rest[lead:]
    q = _QUALIFIER_WORD.match(rest)
    offset = q.end() if q else 0
    m = gaz.province_re.match(rest, offset)
    if m and (q or m.start() == 0):
        # "BPBD Lampung Barat": a regency named after its province
        local, local_end = ("", 0) if q else bare_local(rest, 0)
        if len(local) > m.end():
            return local, None, pos + lead + local_end
        return rest[: m.end()], gaz.province_code(m.group()), pos + lead + m.end()
    # "Bagian Kerja Sama Setda Kota Banjarmasin": a regency's secretariat before its name
    setda = _LOCAL_SETDA.match(rest)
    offset = setda.end() if setda else 0
    local = _LOCAL_QUALIFIER.match(rest[offset:])
    if local:
        name = rest[:offset] + _local_name(local.group())
        return name, None, pos + lead + len(name)
    return "", None, pos


_LOCAL_SETDA = re.compile(r"(?:Setda|Sekretariat\s+Daerah)\s+(?=Kabupaten|Kab\.|Kota)")


def local_key(qual_text: str) -> str:
    """The regency or city key of a qualifier, its secretariat word aside."""
    return _region_key(
        qual_text[_LOCAL_SETDA.match(qual_text).end() :]
        if _LOCAL_SETDA.match(qual_text)
        else qual_text
    )


_BARE_WORDS = re.compile(r"\s*([A-Z][a-z][\w'-]*)(?:\s+([A-Z][a-z][\w'-]*))?")


def bare_local(text: str, pos: int) -> tuple[str, int]:
    """A regency or city written without "Kabupaten"/"Kota" after an office's acronym
    ("BPBD Banjarnegara"): its name and end, or ("", pos)."""
    m = _BARE_WORDS.match(text, pos)
    if not m:
        return "", pos
    gaz = get_gazetteer()
    spans = [(m.start(1), m.end())] if m.group(2) else []
    for start, end in [*spans, (m.start(1), m.end(1))]:
        key = _region_key(text[start:end])
        if any((level, key) in gaz.regions for level in ("regency", "city")):
            return text[start:end], end
    return "", pos


def _local_name(found: str) -> str:
    """ "Kota Palembang Isnaini" -> "Kota Palembang": a second word stays only when it is part
    of a known regency or city name ("Kabupaten Kulon Progo"), or the first word alone is none."""
    words = found.split()
    if len(words) < 3:
        return found
    gaz = get_gazetteer()
    level = "city" if words[0] in {"Kota", "Pemkot"} else "regency"
    if (level, _region_key(" ".join(words[1:]))) in gaz.regions:
        return found
    if (level, _region_key(words[1])) in gaz.regions:
        return " ".join(words[:2])
    return found


def known_name_mentions(text: str, names: set[str], consumed: list[tuple[int, int]]) -> list:
    """An office whose name holds commas ("Dinas Komunikasi, Informatika, Persandian dan
    Statistik"), read in full once with its province, is the same name again without one."""
    out = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name) + r"(?![\w-])", text):
            if any(a <= m.start() < b for a, b in consumed):
                continue
            qual_text, code, end = qualifier(text, m.end())
            out.append((m.start(), end, name, None, qual_text, code))
            consumed.append((m.start(), end))
    return out


# "Pemerintah Provinsi Kalimantan Timur melalui Dinas Penanaman Modal ...": the office of the
# government that acts through it, though no region follows the office's name.
_THROUGH_PROVINCE = re.compile(
    r"\b(?:Pemerintah\s+(?:Daerah\s+)?Provinsi|Pemprov|Pemda\s+Provinsi)\s+"
    r"(?P<region>[A-Z][^,.;()]{1,40}?)\s*(?:\([^()]{1,20}\))?\s+melalui\s+$"
)
_THROUGH_LOCAL = re.compile(
    r"\b(?:Pemerintah\s+(?:Kabupaten|Kota)|Pemkab|Pemkot)\s+"
    r"(?P<region>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s*(?:\([^()]{1,20}\))?\s+melalui\s+$"
)


def acting_government(text: str, start: int) -> tuple[str | None, str]:
    """Province code or regency key of "Pemprov X melalui" written right before an office."""
    before = text[max(0, start - 90) : start]
    province = _THROUGH_PROVINCE.search(before)
    if province:
        m = get_gazetteer().province_re.match(province.group("region"))
        return (get_gazetteer().province_code(m.group()) if m else None), ""
    local = _THROUGH_LOCAL.search(before)
    return None, (_region_key(local.group("region")) if local else "")
