"""Where the parties of a counted signing are written: the signing sentences, a list right
after them, and, when a signing names too few, the headline, the lead and the officials
around it."""

from __future__ import annotations

import re

from agreements.extraction.lexicon import (
    COUNTED_COOPERATION,
    DOC_RE,
    LIST_CONTINUES,
    OLD,
    PLAN,
    TITLE,
    WITNESS,
)
from agreements.extraction.parties import province_mentions
from agreements.extraction.region_lists import REGION_LIST_INTRO
from agreements.extraction.relevance import MULTI_PARTY, SentenceInfo, nongov

# "... bersama delapan gubernur lain. Provinsi Bali untuk pariwisata. Provinsi Kalteng untuk
# kesehatan ...": one line per partner after a multi-party signing.
_PARTNER_LINE = re.compile(
    r"^(?:\S+\s+){0,4}?(?:Provinsi|Pemprov|Pemerintah\s+Provinsi)\s+[A-Z]|"
    # "Bidang suplai nikel ... dilakukan bersama Provinsi Sulteng": the partner comes late
    r"\b(?:bersama|dengan)\s+(?:Provinsi|Pemprov|Pemerintah\s+Provinsi)\s+[A-Z]",
    re.I,
)


_EARLY = re.compile(PLAN.pattern + "|" + OLD.pattern, re.I)
_ANAPHORIC_START = re.compile(
    r"^(?:\S+\s+){0,3}?(?:itu|tersebut|ini)\b(?!\s+(?:adalah|yakni|yaitu))", re.I
)


def party_sentence_indexes(infos: list[SentenceInfo]) -> list[int]:
    """Counted sentences plus a list that names the parties right after one
    ("... dengan enam provinsi. Keenam provinsi itu adalah Pemprov Jabar, ...")."""
    out = []
    for k, info in enumerate(infos):
        prev = infos[k - 1] if k > 0 else None
        # "Kesepakatan itu dituangkan dalam MoU yang diteken ...": the parties were named
        # in the sentence before.
        if (
            info.counted
            and info.signing
            and prev is not None
            and prev.index not in out
            and _ANAPHORIC_START.match(info.text)
            and not any(not pm.excluded for pm in province_mentions(info.signer_text))
            and not PLAN.search(prev.text)
            and not WITNESS.search(prev.text)
            and not prev.old
            and not prev.nongov
        ):
            out.append(prev.index)
        # "Kesepakatan ini ikut ditandatangani oleh Gubernur ...": more signers than the
        # ones named, those of the sentence before
        if (
            info.counted
            and prev is not None
            and _ALSO_SIGNED.search(info.text)
            and not PLAN.search(prev.text)
            and not WITNESS.search(prev.text)
        ):
            out.append(prev.index)
        # "penandatanganan kesepahaman antara enam kepala daerah itu": the regions counted
        # were listed a few sentences before
        if info.counted and _COUNTED_THOSE.search(info.text):
            out += [p.index for p in infos[max(0, k - 5) : k] if REGION_LIST_INTRO.search(p.text)]
        # "MoU antar kedua provinsi ini ditandatangani ...": the two are named in the lead
        if info.counted and info.signing and _BOTH_SIDES.search(info.text):
            lead = infos[: min(k, 2)]
            out += [
                p.index for p in lead if _COOPERATION.search(p.text) and not _EARLY.search(p.text)
            ]
        # the list may come a sentence or two after the signing ("Sebanyak 11 kabupaten
        # menandatangani ... Acara digelar di ... 11 daerah tersebut meliputi ...")
        if (info.counted and not _WORKS_CONTRACT.search(info.text)) or (
            any(p.counted for p in infos[max(0, k - 3) : k])
            and LIST_CONTINUES.search(info.text)
            and not PLAN.search(info.text)
            and not WITNESS.search(info.text)
            and not _GRANTEES.search(info.text)
        ):
            out.append(info.index)
        # "Beberapa institusi yang turut berpartisipasi dalam penandatanganan ini antara lain
        # ...": the signers of a counted signing a few sentences before, by name
        if (
            _PARTICIPANTS.search(info.text)
            and any(p.counted for p in infos[max(0, k - 6) : k])
            and not PLAN.search(info.text)
        ):
            out.append(info.index)
        if info.counted and MULTI_PARTY.search(info.text):
            for line in infos[k + 1 : k + 12]:
                if not _PARTNER_LINE.search(line.text) or PLAN.search(line.text):
                    break
                out.append(line.index)
    return sorted(set(out))


# "penandatanganan kontrak konstruksi cetak sawah antara PPK ... dengan Dandim": a works
# contract let beside the agreement; its sides are no parties of the cooperation
_WORKS_CONTRACT = re.compile(
    r"\bpenandatanganan\s+kontrak\b|\bkontrak\s+(?:konstruksi|pengadaan|pekerjaan)\b", re.I
)
_ALSO_SIGNED = re.compile(r"\b(?:ikut|turut|juga)\s+(?:di)?tandatangani\b", re.I)
_COUNTED_THOSE = re.compile(
    r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\d{1,2})\s+"
    r"(?:kepala\s+daerah|daerah|kabupaten(?:/kota|\s+dan\s+kota)?|kota|pemda|bupati)\s+"
    r"(?:itu|tersebut|ini)\b",
    re.I,
)
# "penyerahan beasiswa kepada mahasiswa dari tiga kampus, yakni ...": who receives a grant
_GRANTEES = re.compile(r"\b(?:beasiswa|bantuan|hibah|hadiah|penghargaan|santunan)\b", re.I)
_PARTICIPANTS = re.compile(
    r"\b(?:berpartisipasi|ikut\s+serta|turut\s+serta)\s+dalam\s+(?:penandatanganan|MoU|kesepakatan)\b[^.]{0,40}?"
    r"\b(?:antara\s+lain|yakni|yaitu|di\s?antaranya|meliputi|adalah)\b",
    re.I,
)
_COOPERATION = re.compile(
    DOC_RE.pattern + r"|\b(?:misi\s+dagang|sepakat\w*|bersinergi|sinergi|kolaborasi|kemitraan|"
    r"bekerja\s*sama|menjalin)\b",
    re.I,
)


def _plan_in_lead(text: str) -> bool:
    """A plan in a lead sentence; "Agenda misi dagang ... menandai era baru" names the event
    held, the "agenda" wording alone is no plan there."""
    return any(not m.group().lower().startswith("agenda") for m in PLAN.finditer(text))


_BOTH_SIDES = re.compile(
    r"\b(?:kedua|keduanya)\s+(?:gubernur|bupati|wali\s?kota|kepala\s+daerah|pemerintah|"
    r"pemprov|pemkab|pemkot|provinsi)\b",
    re.I,
)


_GOV_WORD = r"(?:(?:Pemprov|Pemkab|Pemkot|Pemerintah\s+Provinsi|Provinsi)\s+)?"
_PAIR = re.compile(
    r"\bkerja\s*sama\s+(?:antara\s+)?"
    + _GOV_WORD
    + r"(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+(?:dan|dengan)\s+"
    + _GOV_WORD
    + r"(?-i:[A-Z])",
    re.I,
)


def context_party_indexes(infos: list[SentenceInfo]) -> tuple[list[int], list[int]]:
    """Where the parties of a signing that names too few of them are written: the headline
    and lead when they speak of the cooperation, the sentence before the signing ("Kedua
    pemerintah provinsi tersebut menandatangani ..."); and, second, a list of officials right
    after it, whose titles name their governments. Empty when the article reports no real
    signing at all."""
    real = [i for i in infos if i.counted or i.bare]
    if not real:
        return [], []
    if not any(i.counted for i in infos) and any(i.signing and i.nongov for i in infos):
        return [], []  # "Penandatanganan dilakukan Direktur Utama ..." after two banks signed
    first = real[0].index
    out = [
        i.index
        for i in infos[:3]
        if i.index != first and _COOPERATION.search(i.text) and not _plan_in_lead(i.text)
    ]
    if first > 0 and not PLAN.search(infos[first - 1].text):
        out.append(first - 1)
        # "Dalam pertemuan itu, kedua gubernur membahas ...": named one sentence earlier
        if first > 1 and _BOTH_SIDES.search(infos[first - 1].text):
            out.append(first - 2)
    # "kerja sama antara Jatim dan Kaltim adalah ... Kini PKS telah ditandatangani para
    # kepala OPD Kaltim": the pair was named a few sentences before the signing
    out += [i.index for i in infos[max(0, first - 4) : first] if _PAIR.search(i.text)]
    # "Kerja sama dilakukan antar 11 kabupaten/kota itu, meliputi ...": the signers, counted
    out += [
        i.index for i in infos if COUNTED_COOPERATION.search(i.text) and not PLAN.search(i.text)
    ]
    if any(nongov(infos[k].text) for k in out):
        return [], []  # the lead is about two banks or a business deal
    # A signing sentence gave its signers already; its other titles are onlookers ("MoU
    # diteken Kapolda dan Danrem, disaksikan Gubernur Riau").
    officials = [
        i.index for i in infos[first + 1 : first + 3] if TITLE.search(i.text) and not i.signing
    ]
    return sorted(set(out)), officials
