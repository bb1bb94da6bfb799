"""Signers named by name alone in the subject before the signing verb."""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.persons import is_structural

# "Rano dan Ramzi menandatangani ...": signers by name alone, the verb right after them.
_NAMES_SUBJECT = re.compile(
    r"(?:^|[.,;:]\s|\s-\s)(?P<names>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?"
    r"(?:(?:,\s*|\s+dan\s+)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?){1,3})\s*,?\s*$"
)


_ORGANISATION_WORD = re.compile(
    r"\b(?:Yayasan|Foundation|Bank|PT|Universitas|Institut|Politeknik|Koperasi|Kadin|Perumda|"
    r"Asosiasi|Forum|Pemprov|Pemkab|Pemkot|Pemda)\b"
)


def names_before_verb(region: str) -> list[tuple[str | None, str]]:
    m = _NAMES_SUBJECT.search(region)
    if not m:
        return []
    names = _listed_names(m.group("names"))
    if any(_region_or_body(n) for n in names):
        return []  # "Jambi dan Tapin menandatangani": regions or bodies, not people
    return [(n, "") for n in names]


def _listed_names(text: str) -> list[str]:
    return [n.strip() for n in re.split(r",\s*|\s+dan\s+", text) if n.strip()]


def _region_or_body(name: str) -> bool:
    gaz = get_gazetteer()
    return bool(
        gaz.province_code(name)
        or gaz.province_re.search(name)
        or is_structural(name.split()[0])
        or gaz.region_code("regency", name)
        or gaz.region_code("city", name)
        or _ORGANISATION_WORD.search(name)
    )


_NAME = r"[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){0,3}"
# "nota kesepahaman yang ditandatangani Adi dan Budi Santoso di Gedung X, 9 Juli lalu"
_NAMES_AFTER = re.compile(
    rf"(?P<names>{_NAME}(?:(?:,\s*|\s+dan\s+){_NAME}){{1,3}})"
    r"(?=\s+(?:di|pada|dalam|saat|ketika|yang|disaksikan)\b|\s*[,.;]|\s*$)"
)


def names_after_passive(rest: str, people: dict[tuple[str, str], str]) -> list[str]:
    """Signers by name alone right after a passive signing verb. A one-word name counts only
    when it is part of a head's name given in full elsewhere, and is then given in full."""
    m = _NAMES_AFTER.match(rest)
    if not m:
        return []
    names = _listed_names(m.group("names"))
    if any(_region_or_body(n) for n in names):
        return []
    out = []
    for name in names:
        if " " in name:
            out.append(name)
        elif full := next((v for v in people.values() if name in v.split()), None):
            out.append(full)
    return out


# "Pada kesempatan itu, Rahayu juga melakukan penandatanganan ...", "Rudi menjelaskan,
# mewakili Pemprov X, dirinya telah menandatangani ...": one name, given in full elsewhere
_ONE_NAME_SIGNS = re.compile(
    r"(?:^|[.,;:]\s)(?P<name>[A-Z][a-z'-]{2,})\s+(?:"
    r"(?:menjelaskan|mengatakan|menuturkan|menyebutkan|mengungkapkan|menegaskan),\s+"
    r"(?:mewakili\s+[^,]{3,80},\s+)?(?:dirinya|ia|pihaknya)\s+|"
    r"(?:(?:juga|pun|telah|sudah|langsung|kemudian|lalu|secara\s+resmi)\s+){1,2})"
    r"(?:telah\s+|sudah\s+)?(?=(?:menandatangani|meneken|melakukan\s+penandatangan\w*)\b)"
)


# "Hadir juga perwakilan PT X, Adi Santoso, S.Si., M.SM, yang melakukan penandatanganan MoU
# dengan ...": a full name, degrees after it, and a relative clause that signs
_NAME_WHO_SIGNS = re.compile(
    r"(?:^|[.,;:]\s)(?P<name>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,3})"
    r"(?:,\s*[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,4}\.?)*)*,?\s+yang\s+"
    r"(?:melakukan\s+penandatangan\w*|menandatangani)\b"
)


def _full_name(name: str, sentences: list[str]) -> str | None:
    """ "Rahayu" -> "Sri Rahayu"? No: only the run that opens with the name, "Rahayu Dewi"."""
    run = re.compile(rf"\b{re.escape(name)}(?:\s+[A-Z][a-z'-]+){{1,3}}\b")
    for text in sentences:
        for m in run.finditer(text):
            words = m.group().split()
            if not any(get_gazetteer().province_code(w) for w in words[1:]):
                return m.group()
    return None


def one_name_subjects(
    signing: list[str], sentences: list[str], people: dict[tuple[str, str], str]
) -> list[tuple[str, str, str]]:
    """(name, title, evidence) for a signer named by one word before the verb and named in
    full elsewhere: among the article's heads of regions, else in a longer run of names."""
    out = []
    for text in signing:
        for m in _ONE_NAME_SIGNS.finditer(text):
            name = m.group("name")
            gaz = get_gazetteer()
            if (
                gaz.province_code(name)
                or is_structural(name)
                or gaz.region_code("regency", name)
                or gaz.region_code("city", name)
                or _ORGANISATION_WORD.search(name)
            ):
                continue
            head = next(((k, v) for k, v in people.items() if name in v.split()), None)
            if head:
                (role, key), full = head
                where = gaz.provinces[key].name if key in gaz.provinces else key.title()
                out.append((full, f"{role.title()} {where}", text))
            elif full := _full_name(name, sentences):
                out.append((full, "", text))
    # the relative clause says who signed, in any sentence of an article reporting a signing
    for text in sentences if signing else []:
        for m in _NAME_WHO_SIGNS.finditer(text):
            if not get_gazetteer().province_re.search(m.group("name")):
                out.append((m.group("name"), "", text))
    return out
