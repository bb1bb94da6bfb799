"""Signers named in the sentences around a signing sentence, or in a photo caption.

The other signer named as the subject of the sentence before a noun-led signing:

"Bupati X A didampingi Sekda mengikat kerja sama dengan Pemerintah Kota Y. Penandatanganan
MoU dilakukan di Kantor Wali Kota Y, Senin, dengan Wali Kota Y B": B is read from the signing
sentence; A, who entered into the cooperation with B's government, signed with him. And the
sentence after one that reports the signing: "... melalui penandatanganan PKS di Aula X.
PKS ditandatangani langsung oleh Kepala BPBD Y, A, dan Kepala BPBD Z, B."
"""

from __future__ import annotations

import re

from agreements.extraction.forum_members import listed_head_sentences
from agreements.extraction.lexicon import PLAN, THOSE_HEADS, TITLE
from agreements.extraction.named_subjects import one_name_subjects
from agreements.extraction.signatories import _HEADS_OF_PARTIES, _parse_phrase, find_signatories
from agreements.extraction.signatory_merge import Signatory, _add

# "Penandatanganan Kesepakatan Kerjasama (MoU) dilakukan ..., dengan Walikota Batam X"
_NOUN_SIGNING_WITH = re.compile(
    r"^\W*Penandatangan(?:an)?\b[^.;\"\u201c]{0,160}?\bdengan\s+(?=" + TITLE.pattern[2:] + r")",
    re.I,
)
# "Bupati X A ... mengikat kerja sama dengan Pemerintah Kota Y": the subject joins another
# government; the subject's title must open the sentence
_JOINS_GOVERNMENT = re.compile(
    r"\b(?:mengikat|menjalin|menjalankan|membangun|menyepakati|melakukan)\s+kerja\s?sama\s+"
    r"dengan\s+(?:Pemerintah|Pemprov|Pemkab|Pemkot|Pemko)\b",
    re.I,
)

# "PKS ditandatangani langsung oleh ...": the document just reported, signed by those named
_DOCUMENT_SIGNED_BY = re.compile(
    r"^\W*(?:PKS|MoU|MOU|Kesepakatan|Perjanjian|Nota|Naskah|Dokumen)\b[^.;]{0,60}?"
    r"\bditandatangani\s+(?:langsung\s+|secara\s+langsung\s+)?oleh\s",
)


def _next_sentence_signers(
    signing: list[str], sentences: list[str], local_names: frozenset[str]
) -> list[Signatory]:
    out: list[Signatory] = []
    for k, text in enumerate(sentences[:-1]):
        nxt = sentences[k + 1]
        if text in signing and nxt not in signing and _DOCUMENT_SIGNED_BY.match(nxt):
            out += [s for s in find_signatories([(nxt, False)], local_names) if s.name]
    return out


# "Gubernur X A (kiri) bersama Gubernur Y B (kanan) memperlihatkan nota kesepahaman yang
# ditandatangani dua kepala daerah tersebut": the two heads just named signed
_SIGNED_BY_THOSE_TWO = re.compile(
    r"\byang\s+(?:telah\s+)?(?:ditandatangani|ditantangani|ditandatangi|diteken)\s+(?:oleh\s+)?"
    r"(?:kedua|dua)\s+(?:kepala\s+daerah|gubernur|bupati|wali\s?kota|pimpinan\s+daerah)\s+"
    r"(?:tersebut|itu)\b",
    re.I,
)


def _two_named_heads(sentences: list[str], local_names: frozenset[str]) -> list[Signatory]:
    out: list[Signatory] = []
    for text in sentences:
        m = _SIGNED_BY_THOSE_TWO.search(text)
        first = TITLE.search(text, 0, m.start()) if m else None
        if first:
            named = [
                p for p in _parse_phrase(text[first.start() : m.start()], "", local_names) if p[0]
            ]
            if len(named) == 2:
                out += [Signatory(name, title, text, 0.7) for name, title in named]
    return out


def _listed_heads_signers(
    signing: list[str], sentences: list[str], local_names: frozenset[str]
) -> list[Signatory]:
    """ "Yakni Gubernur X A, Gubernur Y B. Sedangkan Gubernur Z diwakili Wakil Gubernur Z C.
    Dalam acara itu para pimpinan daerah ini menandatangani ...": everyone named in the list
    signed, deputies and heads of agencies standing in for a governor too."""
    out: list[Signatory] = []
    for k, text in enumerate(sentences):
        if text not in signing or not THOSE_HEADS.search(text):
            continue
        for before in listed_head_sentences(sentences, k):
            first = TITLE.search(before)
            if not first:
                continue
            named = _parse_phrase(
                before[first.start() :] + " ", before[: first.start()], local_names
            )
            out += [Signatory(name, title, before, 0.7) for name, title in named if name]
    return out


# "Dalam pertemuan itu, kedua gubernur membahas kerja sama ... Kerja sama ini diwujudkan
# dalam kesepakatan yang ditanda tangani bersama.": signed jointly by the two just named
_SIGNED_JOINTLY = re.compile(
    r"\b(?:ditandatangani|ditanda\s+tangani|diteken)\s+(?:secara\s+)?bersama(?:-sama)?\W*$",
    re.I,
)


def _joint_signers(
    sentences: list[str],
    local_names: frozenset[str],
    people: dict[tuple[str, str], str],
    party_keys: list[str],
) -> list[Signatory]:
    out: list[Signatory] = []
    for k, text in enumerate(sentences):
        if not _SIGNED_JOINTLY.search(text) or PLAN.search(text):
            continue
        for before in sentences[max(0, k - 2) : k]:
            if _HEADS_OF_PARTIES.search(before):
                heads = find_signatories([(before, False)], local_names, people, party_keys)
                out += [s for s in heads if s.name in people.values()]
    return out


def with_prior_subject(
    found: list[Signatory], sentences: list[str], local_names: frozenset[str]
) -> list[Signatory]:
    out = list(found)
    for sig in found:
        if not sig.name or not _NOUN_SIGNING_WITH.match(sig.evidence):
            continue
        index = next((k for k, s in enumerate(sentences) if sig.evidence in s), None)
        if not index:
            continue
        before = sentences[index - 1].lstrip()
        join = _JOINS_GOVERNMENT.search(before)
        if not join or not TITLE.match(before):
            continue
        for name, title in _parse_phrase(before[: join.start()] + " ", "", local_names)[:1]:
            if name and name != sig.name:
                _add(out, Signatory(name, title, before, 0.7))
    return out


def with_context_signers(
    found: list[Signatory],
    sentences: list[str],
    local_names: frozenset[str],
    signing: list[str],
    people: dict[tuple[str, str], str],
    party_keys: list[str] | None = None,
) -> list[Signatory]:
    """``found`` plus the subject of the sentence before a noun-led signing and the signers
    named by one word before the verb of a signing sentence (one_name_subjects)."""
    out = with_prior_subject(found, sentences, local_names)
    for sig in (
        _next_sentence_signers(signing, sentences, local_names)
        + (_two_named_heads(sentences, local_names) if signing else [])
        + _listed_heads_signers(signing, sentences, local_names)
        + _joint_signers(sentences, local_names, people, party_keys or [])
    ):
        _add(out, sig)
    for name, title, text in one_name_subjects(signing, sentences, people):
        _add(out, Signatory(name, title, text, 0.7))
    return out
