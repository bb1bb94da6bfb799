"""From article text to the facts of the extraction contract (DESIGN section 6)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from agreements.extraction import dates, party_context, relevance
from agreements.extraction.forum_members import forum_member_indexes
from agreements.extraction.noise import drop_noise_sentences, strip_noise
from agreements.extraction.office_regions import counted_office_members
from agreements.extraction.opds import Opd, find_opds
from agreements.extraction.parties import Party, find_parties, local_names
from agreements.extraction.place import (
    CEREMONY_SPEECH,
    QUOTE_AT_VENUE,
    event_sentences,
    find_place,
)
from agreements.extraction.prior import find_prior_year
from agreements.extraction.prior_subject import with_context_signers
from agreements.extraction.sectors import find_sectors, opd_codes, pks_sentence_indexes
from agreements.extraction.signatories import (
    Signatory,
    find_signatories,
    people_index,
    with_party_roles,
)
from agreements.extraction.text import (
    normalise,
    rejoin_split_titles,
    split_dateline,
    split_sentences,
)

CONTRACT_KEYS = (
    "id",
    "is_agreement",
    "agreement_type",
    "parties",
    "opds",
    "sectors",
    "signed_on",
    "place",
    "signatories",
    "prior_cooperation_since",
    "evidence",
)
_ADDENDUM = re.compile(
    r"\b(?:adendum|addendum|amandemen|perubahan\s+(?:atas\s+)?perjanjian)\b", re.I
)
_KB = re.compile(
    r"\b(?:kesepakatan\s+bersama|nota\s+kesepahaman|nota\s+kesepakatan|MoU|M0U|memorandum|"
    r"kesepakatan)\b",
    re.I,
)
_PKS = re.compile(r"\b(?:perjanjian\s+kerja\s*sama|perjanjian|PKS)\b", re.I)


@dataclass
class Extraction:
    is_agreement: bool = False
    agreement_type: str | None = None
    parties: list[Party] = field(default_factory=list)
    opds: list[Opd] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    signed_on: dt.date | None = None
    place: str | None = None
    signatories: list[Signatory] = field(default_factory=list)
    prior_cooperation_since: int | None = None
    evidence: dict[str, list[str]] = field(default_factory=dict)
    confidence: dict[str, float] = field(default_factory=dict)

    def to_contract_dict(self, id: str) -> dict:
        return {
            "id": id,
            "is_agreement": self.is_agreement,
            "agreement_type": self.agreement_type,
            "parties": [
                {
                    "name": p.name,
                    "level": p.level,
                    "province_code": p.province_code,
                    "region_code": p.region_code,
                }
                for p in self.parties
            ],
            "opds": [
                {"name": o.name, "acronym": o.acronym, "province_code": o.province_code}
                for o in self.opds
            ],
            "sectors": list(self.sectors),
            "signed_on": self.signed_on.isoformat() if self.signed_on else None,
            "place": self.place,
            "signatories": [{"name": s.name, "title": s.title} for s in self.signatories],
            "prior_cooperation_since": self.prior_cooperation_since,
            "evidence": {k: list(v) for k, v in self.evidence.items() if v},
            "confidence": {k: round(v, 2) for k, v in self.confidence.items()},
        }


_ANAPHORIC_SUBJECT = re.compile(
    r"(?:Kedua|Keduanya|Ketiga|Mereka)\b|"
    # "Dalam acara itu dilakukan penandatanganan ...": the event the sentence before named
    r"(?:Dalam|Pada)\s+(?:acara|event|kegiatan|agenda|forum)\s+(?:\S+\s+){0,5}?"
    r"(?:ini|itu|tersebut)\b"
)
# "Pada hari ini Selasa tanggal ... bertempat di ...": the opening of the signed text itself
_DEED_OPENING = re.compile(r"Pada\s+hari\s+ini\b")


def error_dict(id: str, message: str) -> dict:
    """The contract line for an input that could not be read."""
    return {
        "id": id,
        "is_agreement": None,
        "agreement_type": None,
        "parties": [],
        "opds": [],
        "sectors": [],
        "signed_on": None,
        "place": None,
        "signatories": [],
        "prior_cooperation_since": None,
        "evidence": {},
        "error": message,
    }


def _signing_date(
    tiers: list[list[tuple[str, int]]], pub: dates.Published, article: str
) -> tuple[dt.date | None, list[str], float]:
    """The first event date in the best tier; a date that cannot be resolved stays None,
    unless its weekday fits exactly one of the years the article names."""
    unresolved: list[str] = []
    for rank, tier in enumerate(tiers):
        for text, anchor in tier:
            for mention in dates.find_dates(text, pub, anchor):
                if mention.statement:
                    continue
                if mention.date is None:
                    found, confidence = dates.year_elsewhere(text, mention, article, pub)
                    if found:
                        return found, [text], confidence
                    # "Selasa (28/6)" in a caption, "Selasa (28/6/16)" in the body: a later
                    # signing sentence of the same tier may give the year
                    unresolved = unresolved or [text]
                    continue
                if not dates.plausible(mention.date, pub):
                    continue
                # A day and month (or a weekday) read against a publication date known to the
                # day is as sure as a written year: the outlet dates its own story.
                settled = mention.explicit_year or pub.full is not None
                confidence = (0.9 if mention.explicit_year else 0.85 if settled else 0.75) - (
                    0.15 * rank
                )
                return mention.date, [text], confidence
        if unresolved:
            return None, unresolved, 0.5
    # '"...," kata Gubernur di ruang melati Kantor Gubernur, Jumat (12/7/19)': when nothing
    # else dates the signing, a quote given at a named venue or in a speech dates the ceremony.
    for text in article.split("\n"):
        if not (QUOTE_AT_VENUE.search(text) or dates.SPEECH_AT_CEREMONY.search(text)):
            continue
        for mention in dates.find_dates(text, pub):
            if mention.date and mention.statement and dates.plausible(mention.date, pub):
                return mention.date, [text], 0.6
    return None, [], 0.4


def _agreement_type(texts: list[str], parties: list[Party]) -> str | None:
    if not texts:
        return None
    if any(_ADDENDUM.search(t) for t in texts):
        return "adendum"
    gov = [p for p in parties if p.level != "other"]
    if len(gov) < 2 and any(p.level == "other" for p in parties):
        return "other"
    for text in texts:
        kb, pks = _KB.search(text), _PKS.search(text)
        if kb and (not pks or kb.start() < pks.start()):
            return "kesepakatan_bersama"
        if pks:
            return "perjanjian_kerja_sama"
    return "other"


def _without_headline_fragments(
    signatories: list[Signatory], sentences: list[str]
) -> list[Signatory]:
    """A headline capitalises every word ("Gubernur NTB Tandatangani MoU, Tahap Awal Fokus
    Lima Sektor"): a name read from it counts only when the body names that person too."""
    headline = sentences[0] if sentences and _looks_like_headline(sentences[0]) else None
    if headline is None:
        return signatories
    body = "\n".join(sentences[1:])
    return [
        s for s in signatories if s.evidence != headline or not s.name or s.name.split()[-1] in body
    ]


def _without_party_names(signatories: list[Signatory], parties: list[Party]) -> list[Signatory]:
    """ "Gubernur Papua dan Madang teken LoI": a party's own name read as a person's is none."""
    regions = [p for p in parties if p.level != "other" or p.name.endswith(")")]
    names = {word.lower() for p in regions for word in re.findall(r"[A-Za-z]+", p.name)}
    return [
        s for s in signatories if not s.name or not {w.lower() for w in s.name.split()} <= names
    ]


def _looks_like_headline(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    return (
        not re.search(r"[.!?\"']$", text.strip())
        and bool(words)
        and sum(w[0].isupper() for w in words) / len(words) >= 0.7
    )


def _with_page_stamp(pub: dates.Published, text: str) -> dates.Published:
    """A page that prints its own date ("Senin, 01 Juli 2019 - 20:40 WIB") near the top
    dates the article when the caller knows less, and never contradicts what it knows."""
    if pub.full:
        return pub
    for line in text.split("\n")[:8]:
        stamp = dates.page_stamp_date(line)
        if (
            stamp
            and (not pub.year or pub.year == stamp.year)
            and (not pub.month or pub.month == stamp.month)
        ):
            return dates.Published(stamp.year, stamp.month, stamp.day)
    return pub


_LOCAL_QUALIFIER = re.compile(r"\b(?:Kabupaten|Kab\.|Kota|Pemkab|Pemkot)\s+(?P<name>[A-Z][\w'-]*)")


def _offices_of_the_parties(opds: list[Opd], parties: list[Party]) -> list[Opd]:
    """A regency's or city's office ("Bappeda Kabupaten Sambas") belongs to the agreement
    only when that regency or city signed. A province's office stays even when the province
    is no party: lists of offices name them as the text does, slips included."""
    locals_ = " ".join(p.name for p in parties if p.level in {"regency", "city"})
    kept = []
    for opd in opds:
        local = _LOCAL_QUALIFIER.search(opd.name)
        if local and local.group("name") not in locals_:
            continue
        kept.append(opd)
    return kept


def _with_context_parties(parties: list[Party], infos: list[relevance.SentenceInfo]) -> list[Party]:
    """Parties of a signing sentence that names too few, read from around it. A signing that
    names nobody ("dilakukan penandatanganan PKS di Balai Kota") counts once the context
    gives it a government party and a second party."""
    lead, officials = party_context.context_party_indexes(infos)
    if not lead and not officials:
        return parties
    found = {(p.level, p.province_code or p.name.lower()): p for p in parties}
    context = [p for k in lead for p in find_parties([infos[k].signer_text], [infos[k].text])]
    # An official's title names a government ("Sekda Provinsi Banten"); a bare place does not.
    context += [
        p
        for k in officials
        for p in find_parties([infos[k].text])
        if p.level != "province" or p.confidence >= 0.95
    ]
    for p in context:
        found.setdefault((p.level, p.province_code or p.name.lower()), p)
    merged = list(found.values())
    gov = [p for p in merged if p.level != "other"]
    if len(merged) >= 2 and gov:
        for info in infos:
            if info.bare:
                info.counted = True
        return merged
    return parties


def extract(text: str, *, published: str | None = None, url: str | None = None) -> Extraction:
    """Extract the agreement facts from one article (plain text); ``url``, when known, tells
    the outlet's name apart from a dateline city ("Pojok NTB -" on pojokntb.com)."""
    pub = dates.Published.parse(published)
    clean = normalise(text)
    pub = _with_page_stamp(pub, clean)
    sentences = rejoin_split_titles(drop_noise_sentences(split_sentences(strip_noise(clean))))
    dateline_city = None
    for i, sentence in enumerate(sentences[:6]):
        city, rest, found = split_dateline(sentence, url)
        if found:
            sentences[i], dateline_city = rest, city
            break

    infos = relevance.classify(sentences, pub)
    party_idx = party_context.party_sentence_indexes(infos)
    party_idx = sorted(set(party_idx) | set(forum_member_indexes(infos)))
    parties = find_parties(
        [infos[k].signer_text for k in party_idx], [sentences[k] for k in party_idx]
    )
    members = counted_office_members([i.text for i in infos if i.counted], sentences)
    parties += [p for p in find_parties(members) if p.name not in {q.name for q in parties}]
    if len(parties) < 2:
        parties = _with_context_parties(parties, infos)
    n_gov = sum(1 for p in parties if p.level in {"province", "regency", "city"})
    is_agreement, rel_conf, rel_evidence = relevance.decide(infos, n_gov, len(parties))
    counted = [i for i in infos if i.counted]
    counted_texts = [i.text for i in counted]

    result = Extraction(is_agreement=is_agreement)
    result.evidence["is_agreement"] = rel_evidence
    result.confidence["is_agreement"] = rel_conf
    prior, prior_ev = find_prior_year(sentences, pub.year)
    result.prior_cooperation_since = prior
    result.evidence["prior_cooperation_since"] = prior_ev
    result.confidence["prior_cooperation_since"] = 0.7 if prior else 0.6
    if not is_agreement:
        return result

    result.parties = parties
    result.evidence["parties"] = list(dict.fromkeys(p.evidence for p in parties))
    result.confidence["parties"] = min((p.confidence for p in parties), default=0.5)
    result.agreement_type = _agreement_type(counted_texts, parties)

    # The office of an official only quoted, attending or accompanying is left out: real
    # annotation counts offices that sign, implement or organise, not those that comment.
    opds = find_opds(sentences)
    result.opds = [o for o in opds if not o.quoted_only]

    counted_idx = {i.index for i in counted}
    # "Hadir dalam penandatanganan itu Karo Humas ...": a list of guests states no scope
    scope_idx = {i.index for i in counted if not i.witnessed}
    pks_idx = pks_sentence_indexes(sentences, counted_idx)
    pks_opds = find_opds([sentences[i] for i in sorted(pks_idx)]) if pks_idx else []
    result.sectors, result.evidence["sectors"], result.confidence["sectors"] = find_sectors(
        sentences, scope_idx, pks_opds
    )
    # ... unless its field is the scope: "Kepala Dinas Pendidikan mengatakan ..." on an
    # education agreement speaks for the office that carries it out.
    scope = set(result.sectors)
    if scope:
        result.opds = [o for o in opds if not o.quoted_only or opd_codes(o) & scope]
    result.opds = _offices_of_the_parties(result.opds, parties)
    result.evidence["opds"] = list(dict.fromkeys(o.evidence for o in result.opds))
    # Offices named in the signing sentences themselves are the likely signers; one named
    # only elsewhere (a spokesman's office, a venue) is less sure to belong.
    signing_texts = set(counted_texts)
    result.confidence["opds"] = min(
        (o.confidence if o.evidence in signing_texts else 0.7 for o in result.opds),
        default=0.6,
    )

    signing_tier = [(i.text, i.sign_spans[0][1] if i.sign_spans else 0) for i in counted]
    event_tier = [
        (i.text, 0)
        for i in infos
        if i.event and not i.counted and not i.planned and i.index not in counted_idx
    ]
    lead_tier = [(t, 0) for t in sentences[:4]]
    # a reprinted document dates itself: "Pada hari ini Selasa tanggal ... tahun ..."
    deed_tier = [(t, 0) for t in sentences if dates.DEED_OPENING.search(t)]
    result.signed_on, result.evidence["signed_on"], result.confidence["signed_on"] = _signing_date(
        [signing_tier, event_tier, lead_tier, deed_tier], pub, "\n".join(sentences)
    )

    lead = [t for t in sentences[:4]]
    speeches = [t for t in sentences if CEREMONY_SPEECH.search(t) or _DEED_OPENING.match(t)]
    # "X bertemu Y di Pendapa Z. Kedua kepala daerah menandatangani ...": the meeting before
    before_anaphora = [
        sentences[i.index - 1] for i in counted if i.index and _ANAPHORIC_SUBJECT.match(i.text)
    ]
    tiers = [counted_texts, [t for t, _ in event_tier], before_anaphora, lead, speeches]
    result.place, result.evidence["place"], result.confidence["place"] = find_place(
        [*tiers, event_sentences(sentences)],
        dateline_city,
        sentences,
    )

    # Regions abroad ("Provinsi Morobe (Papua Nugini)") name their heads' titles too.
    abroad = {
        word
        for p in parties
        if p.level == "other" and p.name.endswith(")")
        for word in re.sub(r"\s*\(.*$|^(?:Provinsi|Propinsi|Kota|Prefektur)\s+", "", p.name).split()
    }
    locals_ = local_names("\n".join(sentences)) | abroad
    # the body names a head before a capitalised headline does ("Gubernur X Silaturahmi ke")
    headline = bool(sentences) and _looks_like_headline(sentences[0])
    body_first = sentences[1:] + sentences[:1] if headline else sentences
    people = people_index(body_first, locals_)
    keys = [
        p.province_code or p.name.split(" ", 1)[-1].lower() for p in parties if p.level != "other"
    ]
    signatories = find_signatories(
        [(i.text, i.witnessed) for i in counted], locals_, people=people, party_keys=keys
    )
    signing = [i.text for i in counted if not i.witnessed]
    signatories = with_context_signers(signatories, sentences, locals_, signing, people, keys)
    signatories = with_party_roles(signatories, sentences)
    result.signatories = _without_party_names(
        _without_headline_fragments(signatories, sentences), parties
    )
    result.evidence["signatories"] = list(dict.fromkeys(s.evidence for s in result.signatories))
    result.confidence["signatories"] = min((s.confidence for s in result.signatories), default=0.5)
    return result
