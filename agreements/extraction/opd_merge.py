"""Merging the mentions of one office: spelling variants, acronyms and full names
("Dispar NTB" and "Dinas Pariwisata Provinsi NTB") become one entry."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from agreements.extraction.gazetteer import get_gazetteer

if TYPE_CHECKING:
    from agreements.extraction.opds import Opd


def norm_core(text: str) -> str:
    text = re.sub(r"kerjasama", "kerja sama", text.lower())
    # the public order police's usual short name is its name
    text = re.sub(r"\bsatpol\s*pp\b", "satuan polisi pamong praja", text)
    words = re.findall(r"[a-z0-9]+", text)
    return " ".join(w for w in words if w not in {"dan", "serta", "daerah", "provinsi", "prov"})


_LOCAL_IN_NAME = re.compile(r"\b(?:Kabupaten|Kab\.|Kota|Pemkab|Pemkot)\s+[A-Z][\w'-]*")


def merge(merged: list[Opd], new: Opd) -> None:
    for old in merged:
        if old.province_code and new.province_code and old.province_code != new.province_code:
            continue
        # "Dinas Perdagangan Kota Palembang" and "... Kabupaten Kulon Progo" are two offices
        old_local, new_local = _LOCAL_IN_NAME.search(old.name), _LOCAL_IN_NAME.search(new.name)
        if old_local and new_local and old_local.group() != new_local.group():
            continue
        if old.local and new.local and old.local != new.local:
            continue
        # "Diskominfo Tuban" and "Diskominfo Provinsi Jawa Timur" are two offices
        if (old.local and new.province_code and not new.local) or (
            new.local and old.province_code and not old.local
        ):
            continue
        same_acronym = bool(old.acronym and new.acronym and _unnumbered(old) == _unnumbered(new))
        # "Satuan Polisi Pamong Praja (Satpol PP)" and a later "Satpol PP Jabar"
        same_acronym = (
            same_acronym or _spelled_as_acronym(old, new) or _spelled_as_acronym(new, old)
        )
        old_core, new_core = old.core or _expanded(old), new.core or _expanded(new)
        same_core = bool(
            old_core and new_core and (old_core == new_core or _close(old_core, new_core))
        )
        if not (same_acronym or same_core):
            continue
        if not old.core and new.core:
            old.name, old.core = new.name, new.core
        elif (
            _short_head(old)
            and not _short_head(new)
            and (new.province_code or not old.province_code)
        ):
            # "Satpol PP Provinsi Bali" in the headline, spelled out in the story
            old.name, old.local = new.name, new.local
        elif _qualifies(old, new):
            # "Dinas Pariwisata" first, "Kepala Dinas Pariwisata Provinsi Sulbar" later
            old.name, old.local = new.name, new.local
        old.acronym = old.acronym or new.acronym
        old.province_code = old.province_code or new.province_code
        old.confidence = max(old.confidence, new.confidence)
        return
    merged.append(new)


def _qualifies(old: Opd, new: Opd) -> bool:
    """The later mention is the same name with its province or regency written after it."""
    return bool(
        (new.province_code or new.local)
        and not (old.province_code or old.local)
        and not _LOCAL_IN_NAME.search(old.name)
        # "Satpol PP Jawa Timur" after "Satuan Polisi Pamong Praja (Satpol PP)" too
        and norm_core(new.name).startswith(norm_core(old.name) + " ")
    )


def _short_head(opd: Opd) -> bool:
    return opd.name.startswith("Satpol")


def _unnumbered(opd: Opd) -> str:
    """ "Bakorwil 2 Bojonegoro" and "Bakorwil Bojonegoro" name one office; so do
    "Diskominfo" and "Diskominfo-SP", the same office with its added fields abbreviated."""
    acronym = re.sub(r"\s+(?:[ivx]{1,3}|\d)\b", "", (opd.acronym or "").lower())
    return re.sub(r"-[a-z]{1,4}$", "", acronym)


def _spelled_as_acronym(named: Opd, other: Opd) -> bool:
    """The other mention's name is this one's acronym: "Satpol PP" after "Satuan Polisi
    Pamong Praja (Satpol PP)"."""
    return bool(named.acronym and other.core and norm_core(named.acronym) == other.core)


def _expanded(opd: Opd) -> str:
    """The normalised full name an acronym stands for ("Dispar" -> "dinas pariwisata"), so
    that "Dispar NTB" and "Dinas Pariwisata Provinsi NTB" are one office."""
    known = get_gazetteer().opd_acronyms.get((opd.acronym or "").lower())
    return norm_core(known[0]) if known else ""


def _close(a: str, b: str) -> bool:
    ta, tb = set(a.split()), set(b.split())
    return len(ta) >= 2 and len(tb) >= 2 and len(ta & tb) / max(len(ta), len(tb)) >= 0.8
