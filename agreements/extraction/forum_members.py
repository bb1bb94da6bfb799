"""Members of a regional forum that sign with one of them ("menandatangani Kesepakatan
Bersama dengan Pemerintah Provinsi anggota FKD-MPU"): the text names them later only
through their heads ("Gubernur Jabar, Gubernur Lampung, dan Banten ...")."""

from __future__ import annotations

import re

from agreements.extraction.lexicon import OLD, PLAN
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


def forum_member_indexes(infos) -> list[int]:
    """Sentences that name a member's head, when a counted signing is with unnamed members."""
    if not any(i.counted and i.signing and _FORUM_MEMBERS.search(i.text) for i in infos):
        return []
    return [
        i.index
        for i in infos
        if not i.planned
        and not i.old
        and not PLAN.search(i.text)
        and not OLD.search(i.text)
        and any(
            _HEAD_BEFORE.search(i.signer_text[: m.start][-30:])
            for m in province_mentions(i.signer_text)
            if not m.excluded
        )
    ]
