"""Members of a regional forum that sign with one of them ("menandatangani Kesepakatan
Bersama dengan Pemerintah Provinsi anggota FKD-MPU"): the text names them later only
through their heads ("Gubernur Jabar, Gubernur Lampung, dan Banten ...")."""

from __future__ import annotations

import re

from agreements.extraction.lexicon import OLD, PLAN, THOSE_HEADS
from agreements.extraction.parties import province_mentions

_FORUM_MEMBERS = re.compile(
    r"\b(?:provinsi|pemerintah\s+provinsi|pemprov)(?:-provinsi)?\s+anggota\b|"
    r"\banggota\s+(?:forum|FKD|MPU)\b",
    re.I,
)
_HEAD_BEFORE = re.compile(
    r"\b(?:Gubernur|Wagub|Wakil\s+Gubernur|Pj\.?\s+Gubernur|Penjabat\s+Gubernur|"
    r"Plt\.?\s+Gubernur)\s+$"
)


def _head_named(text: str, signer_text: str) -> bool:
    return (
        not PLAN.search(text)
        and not OLD.search(text)
        and any(
            _HEAD_BEFORE.search(signer_text[: m.start][-30:])
            for m in province_mentions(signer_text)
            if not m.excluded
        )
    )


def _names_a_head(info) -> bool:
    return not info.planned and not info.old and _head_named(info.text, info.signer_text)


def listed_head_sentences(sentences: list[str], k: int) -> list[str]:
    """The sentences among the four before sentence ``k`` that name heads of provinces."""
    return [s for s in sentences[max(0, k - 4) : k] if _head_named(s, s)]


def _listed_heads(infos) -> list[int]:
    """The sentences, among the four before a signing by "para pimpinan daerah ini", that
    list heads of provinces: those heads signed, not one named only after the signing."""
    out: list[int] = []
    for k, info in enumerate(infos):
        if (info.counted or info.bare) and info.signing and THOSE_HEADS.search(info.text):
            out += [i.index for i in infos[max(0, k - 4) : k] if _names_a_head(i)]
    return out


def forum_member_indexes(infos) -> list[int]:
    """Sentences that name a member's head, when a counted signing is with unnamed members."""
    if not any(i.counted and i.signing and _FORUM_MEMBERS.search(i.text) for i in infos):
        return _listed_heads(infos)
    return [i.index for i in infos if _names_a_head(i)]
