"""Which sentences report an actual signing, and whether the article reports an agreement.

A sentence is a *signing* sentence when it names the act of signing ("menandatangani",
"penandatanganan", "teken", "melangsungkan MoU"). It *counts* when the signing is real and
recent: not a plan or wish near the signing word, not a recalled old agreement, not a deal
between two banks or companies, and it involves some government.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from agreements.extraction import dates
from agreements.extraction.lexicon import (
    ASSOCIATION_SIGNER,
    BUDGET_DOC,
    BUSINESS_DEAL,
    BUSINESSES_COUNTED,
    COOPERATION_DOC,
    DOC_RE,
    FOLLOW_UP,
    GOV_TERM,
    GOV_UNITS,
    HANDOVER_DOC,
    INTER_GOVERNMENT,
    NONGOV_BODY,
    NONGOV_PAIR,
    PLAN,
    PLEDGE,
    PLENARY,
    PROVINCES_COUNTED,
    SIGN_PHRASE,
    SIGN_WORD,
    SUMMARY,
    THOSE_HEADS,
    WITNESS,
    WITNESS_CLAUSE,
)
from agreements.extraction.office_regions import COUNTED_OFFICES
from agreements.extraction.parties import province_mentions
from agreements.extraction.timing import dated_later, planned, recalled

_EVENT_VERB = re.compile(
    r"\b(?:dilakukan|dilaksanakan|berlangsung|digelar|diselenggarakan|bertempat|dihelat|"
    r"acara|prosesi|seremoni)\b",
    re.I,
)
_EVENT_SUBJECT = re.compile(
    r"(?:Acara|Kegiatan|Prosesi|Seremoni)\s+(?:(?:tersebut|ini|itu)\s+)?(?:yang\s+)?"
    r"(?:berlangsung|digelar|dilaksanakan|diselenggarakan|bertempat|dihelat)\b"
)
_ANAPHORA = re.compile(r"\b(?:tersebut|ini|itu|kesempatan)\b", re.I)
_WITNESS_BEFORE = re.compile(
    r"\b(?:menyaksikan|saksikan|menghadiri|hadir\s+(?:pada|dalam|di)|"
    # "hadir langsung untuk melakukan penandatanganan": came to sign, not to watch
    r"hadir\s+langsung(?!\s+untuk))\s*(?:\S+\s+){0,3}$",
    re.I,
)
_RELATIVE_PAST = re.compile(r"\byang\s+(?:telah|sudah|pernah)?\s*$", re.I)
# "Sejak 2019, Jatim menandatangani 45 kesepakatan bersama": a tally of years of signings,
# not one signing ("teken 11 kerja sama" alone can be a single event's documents).
_DOCS = r"\b\d+\s+(?:kesepakatan|kerja\s*sama|MoU|perjanjian|nota|dokumen)"
_SINCE = r"\bsejak\s+(?:tahun\s+)?(?:19|20)\d{2}\b"
_TALLY = re.compile(_SINCE + r".*" + _DOCS + r"|" + _DOCS + r".*" + _SINCE, re.I)
_EXAMPLES = re.compile(r"\b(?:di\s?antaranya|antara\s+lain|salah\s+satu(?:nya)?)\b", re.I)


@dataclass
class SentenceInfo:
    index: int
    text: str
    signing: bool = False  # names the act of signing
    event: bool = False  # describes the signing event (venue, date) without the verb
    planned: bool = False
    old: bool = False
    nongov: bool = False
    witnessed: bool = False  # the subject only witnessed or attended the signing
    counted: bool = False  # a real, recent signing involving government
    # a real, recent signing that names nobody: its parties come from the context
    bare: bool = False
    sign_spans: list[tuple[int, int]] = field(default_factory=list)
    signer_text: str = ""  # the text that can name parties: no witnesses, no onlookers


def _sign_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in SIGN_WORD.finditer(text)]
    spans += [m.span() for m in SIGN_PHRASE.finditer(text)]
    return sorted(spans)


def _mask_witnesses(text: str, first_sign: int) -> str:
    """Blank "disaksikan Gubernur X" clauses: a witness is not a party. A clause before the
    signing word ends at it (or at a comma); one after it runs to the end of the clause."""
    chars = list(text)
    for m in WITNESS_CLAUSE.finditer(text):
        if m.start() < first_sign:
            comma = text.find(",", m.end(), first_sign)
            end = comma if comma != -1 else first_sign
        else:
            semi = text.find(";", m.end())
            end = semi if semi != -1 else len(text)
        chars[m.start() : end] = " " * (end - m.start())
    return "".join(chars)


_BETWEEN_PROVINCES = re.compile(
    r"\bantar\s*-?\s*(?:kedua\s+)?provinsi\b|\b(?:kedua|dua)\s+provinsi\b", re.I
)
_SPEAKER_BEFORE = re.compile(
    r"\b(?:mengatakan|menyampaikan|menjelaskan|menuturkan|menyebutkan|mengungkapkan|"
    r"menegaskan|berharap)\b\s*,?\s*(?:bahwa\s+)?(?:\S+\s+){0,2}$",
    re.I,
)


_CO_WITNESSES = re.compile(r"\s*(?:tersebut|itu|ini)\s*,?\s+(?:bersama|didampingi)\b", re.I)


def signer_text(text: str, spans: list[tuple[int, int]], witnessed: bool) -> str:
    """What may name the parties of a signing sentence. When the subject only watched
    ("Gubernur X menyaksikan penandatanganan ... antara A dan B"), only what follows."""
    first = spans[0][0] if spans else len(text)
    masked = _mask_witnesses(text, first)
    # "Gubernur A dan Gubernur B menyaksikan penandatanganan MoU ... antar provinsi": the
    # two provinces whose heads watched are the sides of an agreement between provinces
    between = witnessed and spans and _BETWEEN_PROVINCES.search(masked[spans[0][1] :])
    if witnessed and spans and not (between and _provinces(masked[: spans[0][0]]) >= 2):
        # "X menyaksikan penandatanganan tersebut bersama Kepala OJK": the signing named
        # before, and those who watched it with X
        if _CO_WITNESSES.match(masked, spans[0][1]):
            return " " * len(masked)
        return " " * spans[0][1] + masked[spans[0][1] :]
    # "Gubernur X mengatakan, penandatanganan MoU ini ...": the speaker comments on it
    window = max(0, first - 120)
    speech = _SPEAKER_BEFORE.search(masked, window, first)
    if speech and speech.end() == first:
        return " " * speech.end() + masked[speech.end() :]
    return masked


def names_government(text: str) -> bool:
    """A regional government word, or a province named as itself (not inside another name,
    not as a location or in a comparison)."""
    return bool(GOV_TERM.search(text)) or any(not pm.excluded for pm in province_mentions(text))


# Several parties that the text does not name one by one.
MULTI_PARTY = re.compile(
    r"\b(?:sejumlah|para|seluruh|semua|beberapa)\s+(?:gubernur|bupati|wali\s?kota|kepala\s+daerah)\b|"
    r"\bgubernur\s+se-?\s*[A-Z]\w+|"
    # "dengan bupati dan wali kota se-Sumatra Barat": the province's own regencies and cities
    r"\b(?:bupati|wali\s?kota)(?:\s*(?:dan|serta|/)?\s*(?:bupati|wali\s?kota))?\s+se-?\s*[A-Z]\w+|"
    r"\b(?:tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,2})\s+"
    r"(?:provinsi|kabupaten|kota|pemerintah\s+daerah|pemda|gubernur|bupati|wali\s?kota)\b|"
    # "bersama Pemerintah Daerah Kabupaten/Kota se Provinsi Gorontalo": all its regions
    r"\b(?:kabupaten/kota|kab/kota|kabupaten\s+dan\s+kota)\s+se-?\s*(?:Provinsi\s+)?[A-Z]\w+|"
    # "Enam Kepala Dinas Pariwisata ... menandatangani": counted offices of as many regions
    + COUNTED_OFFICES.pattern,
    re.I,
)


def _provinces(text: str) -> int:
    return len({pm.code for pm in province_mentions(text) if not pm.excluded})


def nongov(text: str) -> bool:
    if BUDGET_DOC.search(text) or ASSOCIATION_SIGNER.search(text) or PLEDGE.search(text):
        return True
    if HANDOVER_DOC.search(text) and not COOPERATION_DOC.search(text):
        return True
    # a council plenary hosts budget deals; two provinces named there sign with each other
    if PLENARY.search(text) and not INTER_GOVERNMENT.search(text) and _provinces(text) < 2:
        return True
    if BUSINESS_DEAL.search(text):
        return not GOV_UNITS.search(text)
    counted = BUSINESSES_COUNTED.search(text)
    if counted and not names_government(text[max(0, counted.start() - 80) : counted.start()]):
        return True
    # "Kejati X ... menandatangani MoU ... dengan Bank Y": two bodies, no government at all
    if len(NONGOV_BODY.findall(text)) >= 2 and not names_government(text):
        return True
    pair = NONGOV_PAIR.search(text)
    if not pair:
        return False
    if pair.group().lower().startswith("antara"):
        return True  # "antara Bank A dengan Bank B": the pair is all the parties
    # "Pemprov X dengan Bank A dan PT B" still has a government signer right before.
    return not names_government(text[max(0, pair.start() - 80) : pair.start()])


# "dengan ditandatangani nota kesepahaman ini", "tanda tangan berita acara tersebut": the
# signing already reported, not a new one.
_SAME_SIGNING = re.compile(r"^\W*(?:\S+\s+){0,3}?(?:ini|tersebut|itu)\b", re.I)


def _refers_back(text: str, spans: list[tuple[int, int]]) -> bool:
    return any(_SAME_SIGNING.match(text[end : end + 50]) for _, end in spans)


def classify(sentences: list[str], pub: dates.Published) -> list[SentenceInfo]:
    infos: list[SentenceInfo] = []
    summary = False
    last_signing: SentenceInfo | None = None
    for i, text in enumerate(sentences):
        info = SentenceInfo(i, text)
        info.sign_spans = _sign_spans(text)
        info.signing = bool(info.sign_spans)
        info.event = bool(DOC_RE.search(text) and _EVENT_VERB.search(text))
        # "Sepanjang 2022 ... telah menandatangani 18 kerja sama. Di antaranya ...".
        summary = bool(SUMMARY.search(text) or _TALLY.search(text)) or (
            summary and bool(_EXAMPLES.search(text))
        )
        if info.signing:
            info.planned = planned(text, info.sign_spans) or dated_later(text, pub)
            info.old = summary or recalled(text, info.sign_spans, pub)
            info.nongov = nongov(text)
            # a later comment on a bank-to-bank signing or a hand-over is no government deal
            if last_signing and last_signing.nongov and _refers_back(text, info.sign_spans):
                info.nongov = True
            first = info.sign_spans[0][0]
            info.witnessed = bool(_WITNESS_BEFORE.search(text[:first]))
            info.signer_text = signer_text(text, info.sign_spans, info.witnessed)
            # "menindaklanjuti MoU yang telah ditandatangani" recalls an earlier signing.
            if FOLLOW_UP.search(text) and _RELATIVE_PAST.search(text[:first]):
                info.old = info.old or not dates.find_dates(text, pub)
            real = not info.planned and not info.old and not info.nongov
            info.counted = real and (
                names_government(info.signer_text) or bool(THOSE_HEADS.search(info.signer_text))
            )
            info.bare = real and not info.counted
        else:
            info.signer_text = signer_text(text, [], False)
        prev = infos[-1] if infos else None
        if info.signing and prev and prev.planned and _AGENDA_ITEM.match(text):
            # "Agenda utama ... meliputi: Penandatanganan KSB ... . Penandatanganan PKS ...":
            # the items of a plan's list are planned too.
            info.planned, info.counted, info.bare = True, False, False
        if info.signing and not info.planned:
            last_signing = info
        infos.append(info)
    # "Misi dagang tersebut dilakukan oleh Gubernur ... di Hotel X" right after a signing.
    for prev, info in pairwise(infos):
        # "... menandatangani kesepakatan bersama. Proses penandatanganan ini dilakukan di
        # ..., Selasa (30/8/2022).": the same signing, its venue and date
        if prev.counted and info.bare and _refers_back(info.text, info.sign_spans):
            info.counted, info.bare = True, False
            continue
        # "... oleh Wali Kota X dan Wakil Bupati Y. Kamis (21/10/2021).": a stray full stop
        # leaves the signing's date as a sentence of its own.
        if prev.counted and not info.signing and _DATE_ONLY.match(info.text):
            info.event = info.counted = True
            continue
        # "Acara yang berlangsung di ruang rapat Gubernur, Senin (11/5) ... dihadiri oleh
        # ...": the event is the subject; who attended it follows.
        subject = bool(_EVENT_SUBJECT.match(info.text))
        if (
            prev.counted
            and not info.signing
            and (subject or _ANAPHORA.search(info.text))
            and _EVENT_VERB.search(info.text)
            and not PLAN.search(info.text[:40])
            and (subject or not WITNESS.search(info.text))
        ):
            info.event = True
            info.counted = True
    return infos


_DATE_ONLY = re.compile(
    r"^\W*(?:(?:pada\s+)?(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\b,?\s*)?"
    r"(?:\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)|"
    r"\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d{2})\W*$"
)
# A nominal list item ("Penandatanganan PKS antar-instansi, serta ..."), not a sentence that
# reports the act ("Penandatanganan dilakukan oleh ...").
_AGENDA_ITEM = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:Penandatanganan|Penandatangan)\b(?![^.]*\b(?:telah|sudah|"
    r"dilakukan|dilaksanakan|berlangsung|digelar|oleh|di\s+[A-Z])\b)"
)


def decide(
    infos: list[SentenceInfo], n_gov_parties: int, n_parties: int
) -> tuple[bool, float, list[str]]:
    """The article reports an agreement when a counted signing names a government party and
    someone to agree with: a second party, or several that the text counts without naming."""
    counted = [i for i in infos if i.counted and i.signing]
    evidence = [i.text for i in counted[:3]]
    several = any(MULTI_PARTY.search(i.text) for i in counted)
    # "NTB dan Bali menyepakati perjanjian kerja sama" over a story of the signing still to
    # come: agreeing to sign is not signing.
    only_agreed = not any(SIGN_WORD.search(i.text) for i in counted)
    still_to_sign = any(i.signing and i.planned for i in infos)
    # "Gubernur enam provinsi se-Tanah Papua menandatangani ...": provinces counted, not named
    provinces_counted = any(PROVINCES_COUNTED.search(i.text) for i in counted)
    if (
        not counted
        or (n_gov_parties == 0 and not provinces_counted)
        or (n_parties < 2 and not several)
        or (only_agreed and still_to_sign)
    ):
        signing = [i for i in infos if i.signing]
        return False, 0.8 if signing else 0.95, [i.text for i in signing[:2]]
    confidence = 0.9 if len(counted) > 1 or n_gov_parties >= 2 else 0.75
    return True, confidence, evidence
