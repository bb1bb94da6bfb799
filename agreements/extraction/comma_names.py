"""A comma inside an office name: "Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI" is
one office, while "Dinas Perkebunan, Peternakan dan Kelautan" may be three sharing a head."""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import get_gazetteer

# "Dinas Komunikasi, Informatika dan Statistik (Diskominfotik)": a comma inside a name is
# recognised by the "... dan X (ACRONYM)" that closes it.
# "Dinas Komunikasi, Informatika, dan Persandian Provinsi Malut" likewise, by the province
# that closes it.
_COMMA_NAME = re.compile(
    r",\s*(?P<words>(?:[A-Z][\w-]*,?\s+){1,4}(?:dan|&)\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)"
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z0-9&-]{1,15})\)|"
    r"(?=\s+(?:Provinsi|Propinsi|Prov\.|Pemprov|Setda\w*|Kabupaten|Kota)\s))"
)
# ... or by a province's own name ("Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI").
_COMMA_NAME_OPEN = re.compile(_COMMA_NAME.pattern.split("(?:\\s*\\(")[0])


def comma_name(text: str, pos: int) -> tuple[list[str], str | None, int] | None:
    """The words a comma carries on into one name, its acronym, and where it ends."""
    if inner := _COMMA_NAME.match(text, pos):
        return inner.group("words").split(), inner.group("acronym"), inner.end()
    inner = _COMMA_NAME_OPEN.match(text, pos)
    if not inner:
        return None
    province_re = get_gazetteer().province_re
    # The shortest cut that a province name follows: "... dan Holtikultura | Sumbar dengan".
    for m in reversed(list(re.finditer(r"\S+", inner.group("words")))):
        end = inner.start("words") + m.end()
        head = text[inner.start("words") : end]
        if not re.search(r"\s(?:dan|&)\s+\S", head):
            break
        after = re.match(r"\s+", text[end:])
        if after and province_re.match(text, end + after.end()):
            return head.split(), None, end
    return None


def inner_lower(words: list[str], word: str, nxt: str) -> bool:
    """ "sama" after "Kerja", "antar" before a capitalised word: the name goes on."""
    low = word.lower()
    if low == "sama":
        return bool(words) and words[-1].lower() == "kerja"
    return bool(words) and low in {"antar", "antardaerah"} and (low != "antar" or nxt[:1].isupper())
