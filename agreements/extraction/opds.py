"""Regional government offices (OPD): full names, acronyms and the province they belong to.

Found from names headed by Dinas/Badan/Biro/Inspektorat/..., from known acronyms
("Disperindag", "Bakeuda") and from officials' titles ("Kepala Dinas Perhubungan Jatim").
A name in a list stops at the next head word, so "Dinas Kehutanan serta Biro Pembangunan
dan Kerjasama" gives two offices while "Dinas Perindustrian dan Perdagangan" stays one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreements.extraction.comma_names import comma_name, inner_lower
from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.lexicon import WEEKDAY_NAMES
from agreements.extraction.opd_mentions import (
    attended_only,
    housing_room_or_group,
    is_credit_line,
    listed_as_present,
    speaker_only,
    venue_or_credit,
)
from agreements.extraction.opd_merge import merge as _merge
from agreements.extraction.opd_merge import norm_core as _norm_core
from agreements.extraction.opd_pairs import headless_pairs
from agreements.extraction.opd_qualifiers import (
    acting_government,
    bare_local,
    known_name_mentions,
    local_key,
)
from agreements.extraction.opd_qualifiers import qualifier as _qualifier

_HEAD = re.compile(
    r"\b(?:Dinas|Badan|Biro|Inspektorat|Bagian|Satuan\s+Polisi\s+Pamong\s+Praja|Satpol\s+PP|"
    r"Kantor\s+Penghubung|Rumah\s+Sakit\s+Umum\s+Daerah|Cabang\s+Dinas|Sekretariat\s+DPRD)\b"
)
_HEAD_WORDS = {
    "Dinas",
    "Badan",
    "Biro",
    "Inspektorat",
    "Bagian",
    "Satuan",
    "Satpol",
    "Kantor",
    "Rumah",
    "Cabang",
    "Sekretariat",
    "Kepala",
    "Kadis",
}
_TOKEN = re.compile(r"\([^()]{0,60}\)|[^\s(),;:]+")
_CONNECTORS = {"dan", "Dan", "serta", "&", "DAN"}
_STOP = {
    *WEEKDAY_NAMES,
    "Provinsi",
    "Prov",
    "Prov.",
    "Propinsi",
    "Pemprov",
    "Pemprov.",
    "Setda",
    "Setdaprov",
    "Sekretariat",
    "Kabupaten",
    "Kab",
    "Kab.",
    "Kota",
    "Pemkab",
    "Pemkot",
    "Pemerintah",
    "Kepala",
    "Gubernur",
    "Sekda",
    "Bupati",
    "Walikota",
    "Wali",
    "Nomor",
    "No",
    "Tahun",
    "Plt",
    "Plh",
    "Pj",
    "Lantai",
    "Gedung",
    "Jalan",
    "Jl.",
    "Tentang",
    "Terkait",
    "Yang",
    "Pada",
    "OPD",
    "PD",
    "SKPD",
    "Perangkat",
}
_BAD_BADAN = re.compile(
    r"^(?:Usaha|Pusat|Nasional|Pengawas|Musyawarah|Anggaran|Hukum|Pemeriksa|Intelijen|"
    r"Narkotika|Meteorologi|Siber|Standardisasi|Layanan|Otorita|Regulasi|Restorasi|Pengusahaan|"
    r"Kehormatan|Legislasi|Pembentukan|Informasi\s+Geospasial|Karantina|Amil|Wakaf|"
    r"Penyelenggara|Pengawasan\s+(?:Keuangan|Obat))\b|"
    # a university's or a foundation's own units
    r"\b(?:Nasional|Indonesia|RI|Republik|Perguruan\s+Tinggi|Universitas|Yayasan)\b|"
    # a forum of several regional governments, not one government's office
    r"\bRegional\b"
)
# "Badan Kerja Sama Pemerintah Regional Sulawesi": the name goes on past "Pemerintah"
_FORUM_AFTER = re.compile(r"\s+Pemerintah\s+Regional\b")
_DIS_ACRONYM = re.compile(
    r"\b(?:Dis|Din|DIS|DIN)(?:(?i:perindagkop|perindag|perin|dag|kopukm|kumkm|kop|ukm|umkm|"
    r"kominfotik|kominfosantik|kominfostandi|kominfo|hub|kes|dikbud|dik|budpar|bud|parekraf|"
    r"porabudpar|porapar|parpora|pora|par|sos|nakertrans|naker|tanbun|tanak|tan|bun|nakkeswan|"
    r"nak|hut|lhk|lh|pmd|dukcapil|perkimtan|perkim|pupr|pu|pusipda|pusip|persip|kanlut|kp|esdm|"
    r"pangan|ketapang|keppang|pmptsp|permades|pmdes|pppa|p3a|pertan|bmck|ppkb|sdm|kumham))+\b"
)
# A province's coordinating office for a group of regencies (Badan Koordinasi Wilayah).
_REGIONAL_OFFICE = re.compile(r"\bBakorwil(?:\s+(?:[IVX]{1,3}|\d))?(?:\s+[A-Z][a-z]{3,})?\b")
# "(Satpol PP)", "(DPM PTSP)": a short name with a spaced capital part is an acronym too
_ACRONYM_LIKE = re.compile(r"^[A-Z][A-Za-z0-9&-]{1,15}(?:\s[A-Z]{2,6})?$")


@dataclass
class Opd:
    name: str
    acronym: str | None
    province_code: str | None
    core: str  # normalised name without qualifier, for merging spelling variants
    evidence: str
    confidence: float
    # Named only as the office of someone quoted about the agreement, not as taking part.
    quoted_only: bool = False
    local: str = ""  # the regency or city written after the name, normalised


# Heads that name an office by themselves: "perjanjian antara Satuan Polisi Pamong Praja
# kedua daerah".
_COMPLETE_HEADS = {"Inspektorat", "Satuan Polisi Pamong Praja", "Satpol PP", "Sekretariat DPRD"}
# Heads that are the whole name: the capitalised words after them are a headline's verb and
# object ("Satpol PP Jaga Perbatasan Jawa Timur"), not more of the name.
_WHOLE_NAME_HEADS = {"Satuan Polisi Pamong Praja", "Satpol PP"}
# ... save the fire service some regencies join to it ("Satpol PP dan Damkar")
_JOINED_FIRE_SERVICE = re.compile(r"\s+dan\s+(?:Pemadam\s+Kebakaran|Damkar)\b")


def _personal(word: str) -> bool:
    """A capitalised word that no office name in the reference data uses, nor any sector
    keyword: the start of a person's name after an office."""
    if not word[:1].isupper() or word.isupper() or "-" in word:
        return False
    return word.lower().strip(".,") not in get_gazetteer().office_words


def _scan_full_names(text: str, consumed: list[tuple[int, int]]) -> list[tuple]:
    gaz = get_gazetteer()
    out = []
    for head in _HEAD.finditer(text):
        if any(a <= head.start() < b for a, b in consumed):
            continue
        words: list[str] = []
        pos = head.end()
        acronym = None
        head_text = re.sub(r"\s+", " ", head.group())
        whole = head_text in _WHOLE_NAME_HEADS
        if whole and (fire := _JOINED_FIRE_SERVICE.match(text, pos)):
            words, pos = fire.group().split(), fire.end()
        tokens = list(_TOKEN.finditer(text, pos))
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if whole and not (tok.group().startswith("(") and not text[pos : tok.start()].strip()):
                break
            if text[pos : tok.start()].strip():
                inner = comma_name(text, pos) if words else None
                more = inner[0] if inner else []
                if more and not set(more) & (_HEAD_WORDS | _STOP):
                    words[-1] += ","
                    words += more
                    _more, acronym, pos = inner
                break  # other punctuation between words ends the name
            word = tok.group()
            if word.startswith("("):
                inner = word[1:-1].strip()
                if (words or whole) and _ACRONYM_LIKE.match(inner) and acronym is None:
                    acronym = inner
                    pos = tok.end()
                break
            if word in _CONNECTORS:
                nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
                if (
                    words
                    and nxt[:1].isupper()
                    and nxt not in _HEAD_WORDS
                    and nxt not in _STOP
                    and not gaz.province_re.match(text, tokens[i + 1].start())
                ):
                    words.append(word.lower() if word != "&" else word)
                    pos = tok.end()
                    i += 1
                    continue
                break
            # "Badan Kerja sama antar Daerah": words of the name written in lower case
            nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
            if inner_lower(words, word, nxt):
                words.append(word)
                pos = tok.end()
                i += 1
                continue
            # "Dinas perindustrian Lampung": a field written in lower case right after the head
            lower_field = not words and len(word) > 5 and bool(gaz.sectors_of(word))
            if (not word[:1].isupper() and not lower_field) or word in _HEAD_WORDS:
                break
            if word.rstrip(".") in _STOP:
                break
            # "Kepala Dinas Sosial Andi Muhammad": two words that no office name uses start
            # the head's own name.
            # ("Biro Humas dan Protokol, Drs. Moh. Haris": a comma ends the name first)
            joined = i + 1 < len(tokens) and not text[tok.end() : tokens[i + 1].start()].strip()
            personal_next = _personal(nxt) and nxt.rstrip(".") not in _STOP
            # ("Biro Humas dan Protokol Andi": the word after "dan" is still the name's)
            after_connector = bool(words) and words[-1] in {"dan", "serta", "&"}
            if words and not after_connector and joined and _personal(word) and personal_next:
                break
            if gaz.province_re.match(text, tok.start()):
                break
            if word.endswith(".") and len(word) > 4:
                # "... dan Kerjasama." : the period closes the sentence, not an abbreviation.
                words.append(word.rstrip("."))
                pos = tok.end() - 1
                break
            words.append(word)
            pos = tok.end()
            i += 1
        if not words and head_text not in _COMPLETE_HEADS:
            continue
        if head_text == "Badan" and (
            _BAD_BADAN.search(" ".join(words)) or _FORUM_AFTER.match(text, pos)
        ):
            continue
        core = " ".join([head_text, *words])
        qual_text, code, end = _qualifier(text, pos)
        out.append((head.start(), end, core, acronym, qual_text, code))
        consumed.append((head.start(), end))
    return out


def _scan_acronyms(text: str, consumed: list[tuple[int, int]], known: set[str]) -> list[tuple]:
    gaz = get_gazetteer()
    out = []
    matches = [
        *gaz.opd_acronym_re.finditer(text),
        *_DIS_ACRONYM.finditer(text),
        *_REGIONAL_OFFICE.finditer(text),
    ]
    if known:
        pattern = r"\b(?:" + "|".join(re.escape(k) for k in sorted(known, key=len)[::-1]) + r")\b"
        matches += list(re.finditer(pattern, text))
    for m in sorted(matches, key=lambda x: x.start()):
        if not m.group()[:1].isupper() or any(a <= m.start() < b for a, b in consumed):
            continue
        if text[max(0, m.start() - 1) : m.start()] == "(":
            continue
        name, name_end = m.group(), m.end()
        joined = _ACRONYM_AND.match(text, m.end())
        if joined and (joined.group("field") or not gaz.province_re.match(joined.group("more"))):
            name, name_end = name + joined.group(), joined.end()
        qual_text, code, end = _qualifier(text, name_end)
        if not qual_text:
            qual_text, end = bare_local(text, name_end)
        out.append((m.start(), end, name, m.group(), qual_text, code))
        consumed.append((m.start(), end))
    return out


# "Diskop dan UKM", "Distan dan KP": a short office name carried on by "dan".
# "Diskop UMKM", "Diskop UKM": the same office with its field written after it.
_ACRONYM_AND = re.compile(r"\s+(?:dan\s+(?P<more>[A-Z]{2,5}|UMKM|Kukm)|(?P<field>UMKM|UKM))\b")


# Acronyms that stand for more than one kind of office (DKP: marine affairs or food
# security): taken only in a sentence that already names other offices.
_AMBIGUOUS_ACRONYM = re.compile(r"\b(?:DKP|DPK|Itda|Itprov)\b")


def _scan_ambiguous(text: str, consumed: list[tuple[int, int]]) -> list[tuple]:
    out = []
    for m in _AMBIGUOUS_ACRONYM.finditer(text):
        if any(a <= m.start() < b for a, b in consumed) or text[m.start() - 1 : m.start()] == "(":
            continue
        qual_text, code, end = _qualifier(text, m.end())
        out.append((m.start(), end, m.group(), m.group(), qual_text, code))
        consumed.append((m.start(), end))
    return out


# "Sumatera Bagian Selatan" is a region; a Bagian beside its Biro is a part of that Biro.
_BAGIAN_REGION = re.compile(r"^Bagian\s+(?:Selatan|Utara|Barat|Timur|Tengah)\b")
# "Dinas Perkebunan, Peternakan, Kelautan, PMD dan Infokom": offices sharing one head word.
_SIBLING = re.compile(
    r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)"
    r"(?P<words>[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*){0,3})(?=\s*(?:[,.;)]|\s+(?:dan|serta)\s|$))"
)


# "Kepala BPSDM Kemendagri": a ministry's agency, not a regional office.
_CENTRAL_AFTER = re.compile(
    r"\s+(?:Kemendagri|Kementerian|Kemen[A-Z][a-z]+|Kemenkeu|RI|Republik|Pusat|Nasional)\b"
)
# "bidang Perdagangan, Pelayanan Publik, Inspektorat, Perpustakaan dan Kearsipan": the fields
# of a scope list, not offices, when no head word (Dinas, Badan...) stands in the list.
_FIELD_LIST_BEFORE = re.compile(
    r"\bbidang\s+(?:(?!\b(?:Dinas|Badan|Biro|Kantor|Satuan|OPD|SKPD)\b)[^.;:])*,\s*$"
)


def _siblings(text: str, end: int, consumed: list[tuple[int, int]]) -> list[tuple]:
    """Office names that continue a list after a full name, each spelling out a field
    ("Peternakan") or a known short office name ("PMD"); people and places do not."""
    gaz = get_gazetteer()
    out = []
    pos = end
    while m := _SIBLING.match(text, pos):
        words = m.group("words")
        first = words.split()[0]
        if (
            first in _HEAD_WORDS
            or first.rstrip(".") in _STOP
            or gaz.province_re.match(words)
            or not gaz.sector_re.fullmatch(words.split(" dan ")[0])
        ):
            break
        out.append((m.start("words"), m.end(), words, None, "", None))
        consumed.append((m.start("words"), m.end()))
        pos = m.end()
    return out


def find_opds(sentences: list[str]) -> list[Opd]:
    """Offices in reading order with variants merged (same acronym or same name)."""
    merged: list[Opd] = []
    speakers: list[Opd] = []
    known: set[str] = set()
    comma_names: set[str] = set()
    for text in sentences:
        if is_credit_line(text):
            continue
        consumed: list[tuple[int, int]] = []
        mentions = known_name_mentions(text, comma_names, consumed)
        mentions += _scan_full_names(text, consumed)
        comma_names.update(m[2] for m in mentions if "," in m[2])
        for found in list(mentions):
            mentions += _siblings(text, found[1], consumed)
        mentions += headless_pairs(text, mentions, consumed)
        known.update(m[3] for m in mentions if m[3])
        mentions += _scan_acronyms(text, consumed, known)
        if mentions:
            mentions += _scan_ambiguous(text, consumed)
        biro_codes = {m[5] for m in mentions if m[2].startswith("Biro")}
        mentions = [
            m
            for m in mentions
            # the look-behinds read a bounded window: they run for every mention
            if not venue_or_credit(text, m[0])
            and not housing_room_or_group(text, m[0], m[1])
            and not attended_only(text, m[1])
            and not listed_as_present(text, m[0])
            and not _BAGIAN_REGION.match(m[2])
            # "Bagian Kerja Sama Setda Kota Banjarmasin" beside a province's Biro is its own
            and not (biro_codes and m[2].startswith("Bagian") and (m[5] in biro_codes or not m[4]))
            and not _CENTRAL_AFTER.match(text, m[1])
            and not _FIELD_LIST_BEFORE.search(text[max(0, m[0] - 300) : m[0]])
        ]
        for start, end, core, acronym, qual_text, code in sorted(mentions):
            name = f"{core} {qual_text}".strip() if qual_text else core
            local = local_key(qual_text) if qual_text and not code else ""
            if not qual_text:
                code, local = acting_government(text, start)
            is_acronym_only = acronym is not None and core == acronym
            norm = _norm_core(core)
            _merge(
                speakers if speaker_only(text, start, end) else merged,
                Opd(
                    name,
                    acronym,
                    code,
                    norm if not is_acronym_only else "",
                    text,
                    0.7 if is_acronym_only else 0.85,
                    local=local,
                ),
            )
    found = {id(o) for o in merged}
    for opd in speakers:
        _merge(merged, opd)
    for opd in merged:
        opd.quoted_only = id(opd) not in found
    return merged
