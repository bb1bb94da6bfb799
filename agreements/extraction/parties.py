"""Parties of the agreement: provinces (with code), regencies, cities and other bodies."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.lexicon import ORG_HEAD, WEEKDAY_NAMES
from agreements.extraction.namesakes import with_region_codes
from agreements.extraction.office_regions import office_regions
from agreements.extraction.other_parties import Party, other_parties, same_org
from agreements.extraction.place import venue_phrases
from agreements.extraction.region_lists import (
    REGION_LIST_INTRO,
    known_region,
    listed_regions,
    preferred_levels,
)

_GOV_PREFIX = re.compile(
    r"(?:Pemerintah(?:\s+Daerah)?(?:\s+\(\w+\))?(?:\s+(?:Provinsi|Propinsi|Prov\.?))?|"
    r"Pemprov\.?|Pemrov|Pempro|Pemprop|Pemporv|Pemda(?:\s+(?:Provinsi|Prov\.?))?|Provinsi|"
    r"Propinsi|Prov\.?|Prop\.?|Gubernur|Wagub|Wakil\s+Gubernur|Sekda(?:prov)?|"
    r"Sekretaris\s+Daerah(?:\s+(?:Provinsi|Prov\.?))?|Setda(?:prov)?(?:\s+(?:Provinsi|Prov\.?))?|"
    r"Pj\.?\s+Gubernur|Penjabat\s+Gubernur|Plt\.?\s+Gubernur)"
    r"\s*(?:\([^)]{1,25}\)\s*)?$",
    re.I,
)
_SE = re.compile(r"\bse-?\s*(?:Provinsi\s+|Prov\.?\s+|pulau\s+)?$", re.I)
# "se-Maluku dan Maluku Utara": the list after "se-" names where, not who.
_SE_LIST = re.compile(r"\bse-[A-Z][\w]*(?:\s+[A-Z]\w*)?\s*(?:,|dan|serta|&)\s*$")
# "BANNIQ.Id.Jakarta.Pemprov Sulbar": a dateline glued to the text by full stops.
_GLUED_BEFORE = re.compile(r"\w\.$")
_GLUED_AFTER = re.compile(r"\.[A-Z]")
# "Bank Sumsel", "Kepolisian Daerah (Polda) Riau": the province names part of an organisation.
_ORG_BEFORE = re.compile(
    r"\b"
    + ORG_HEAD
    + r"\.?(?:\s+(?:\([^()]{1,20}\)|[\"“]?[A-Z0-9][\w.&'\"”-]*)){0,4}\s*(?:\([^()]{1,20}\)\s*)?"
    # "Bank SulutGo (Sulawesi Utara-Gorontalo)": the name spelled out in brackets
    r"(?:\(\s*(?:[A-Z][\w]*[\s-]+){0,2})?$"
)
_OWNER_BEFORE = re.compile(
    r"\b(?:milik|dimiliki(?:\s+oleh)?|kepunyaan)\s+(?:Pemerintah\s+)?(?:Daerah\s+)?"
    r"(?:Provinsi\s+|Propinsi\s+|Prov\.?\s+|Pemprov\s+)?$",
    re.I,
)
_LOCAL_BEFORE = re.compile(
    r"\b(?:Kabupaten|Kab\.?|Pemkab|Bupati|Wabup|Banda|Bandar|Muaro|Muara|Tanjung|Pulau|Selat|"
    r"Teluk|Laut|Sungai|Gunung|Danau|Tanah)\s*$",
    re.I,
)
_CITY_BEFORE = re.compile(r"\b(?:Kota|Pemkot|Wali\s?kota|Walkot|Wawali)\s*$", re.I)
_CITY_NAMED = {
    "jambi",
    "bengkulu",
    "gorontalo",
    "jakarta",
    "yogyakarta",
    "jogja",
    "yogya",
    "jogjakarta",
    "yogjakarta",
    "ambon",
    "padang",
}
_LOCATED = re.compile(r"\b(?:di|ke|dari|asal|menuju|wilayah|kawasan|daerah|kota)\s*$", re.I)
# "para kepala perangkat daerah dari Bali, NTB, dan NTT": the offices of those governments
_BODY_FROM = re.compile(
    r"\b(?:perangkat\s+daerah|OPD|SKPD|pemerintah\s+daerah|pemda|kepala\s+daerah|gubernur|"
    r"delegasi|perwakilan|utusan)\s+(?:masing-masing\s+)?dari\s*$",
    re.I,
)
_COMPARISON = re.compile(
    r"\b(?:dibanding(?:kan)?|daripada|ketimbang|seperti|misalnya|contohnya|termasuk|tetangga|"
    r"mengalahkan|setelah|sebelumnya)\s+(?:dengan\s+)?(?:Provinsi\s+)?$",
    re.I,
)
_DIRECTION_AFTER = re.compile(
    r"^\s+(?:Selatan|Utara|Barat|Timur|Tengah|Tenggara|Besar|Jaya|Tamiang|Singkil|Nugini|"
    r"Darat|Pusat|Raya)\b"
)
_ORG_AFTER = re.compile(
    r"^\s+(?:Expo|Petro|Today|Post|Pos|Ekspres|Express|TV|Online|News|Fair|Cup|United|FC|Mall|"
    r"Plaza|Square|Convention|Pers|Satu|Terkini|Update|Tribun|Bisnis)\b",
    re.I,
)
_WORD_TAIL = r"(?:[\w']|-(?!(?:Kota|Kab|Kabupaten)\b))*"
_LOCAL = re.compile(
    r"\b(?:Pemerintah\s+(?P<k1>Kabupaten|Kota)|(?P<k2>Pemkab|Pemkot|Pemko)\b|(?P<k3>Kabupaten|Kab\.|Kota))"
    # "Kab.Agam-Kota Bukittinggi": no space after the dot, and a pair joined by a hyphen
    r"(?:\s+|(?<=\.)(?=[A-Z]))(?:\([^)]{1,15}\)\s+)?"
    r"(?P<name>[A-Z]"
    + _WORD_TAIL
    + r"(?:\s+(?!Dan\b|Dengan\b|Bersama\b)(?:[A-Z]"
    + _WORD_TAIL
    + r"|"
    # "Kab. Tanah laut", "Kab. Bengkulu selatan": a careless lower-case second word
    r"(?:selatan|utara|barat|timur|tengah|tenggara|laut|raya|besar)\b)){0,2})"
)
_LOCAL_NOT_PARTY_BEFORE = re.compile(
    r"(?:\bBalai|\bWali|\bWakil\s+Wali|\bdi|\bse-?|\bSekda|\bSekretaris\s+Daerah|/|"
    # "berkunjung ke Kota Palembang": where the visitors went, not who signed
    r"\b(?:berkunjung|kunjungan(?:\s+kerja)?|bertandang|lawatan)\s+ke)\s*$",
    re.I,
)
_BORDER_BEFORE = re.compile(r"\b(?:kawasan|wilayah|daerah)\s+perbatasan\s+$", re.I)
_NAME_STOP = {
    *WEEKDAY_NAMES,
    "Gubernur",
    "Bupati",
    "Walikota",
    "Wali",
    "Sekda",
    "Provinsi",
    "Pemprov",
    "Kota",
    "Kabupaten",
    "Pemerintah",
    "Pemkab",
    "Pemkot",
    "Administrasi",
}
# Headlines capitalise every word: "Pemkot Magelang Teken MoU".
_NAME_STOP |= {
    "Teken",
    "Jalin",
    "Tandatangani",
    "Sepakat",
    "Sepakati",
    "MoU",
    "MOU",
    "PKS",
    "Kerja",
    "Kerjasama",
    "Kesepakatan",
    "Perjanjian",
    "Nota",
    "Resmi",
    "Gelar",
    "Tanda",
    "Bersinergi",
    "Perkuat",
}


@dataclass(frozen=True)
class ProvinceMention:
    code: str
    start: int
    end: int
    text: str
    gov: bool  # written with a government word: "Pemprov X", "Gubernur X", "Provinsi X"
    excluded: str | None  # why this mention is not a party (org name, city, location...)


# "Pemkab Banyuwangi, Jawa Timur,": the province says where the regency lies.
# "Pemkab Bantul (DIY)", "Kota Magelang, Provinsi Jawa Tengah", "Kota Tangerang Selatan
# (Tangsel), Banten" likewise.
_AFTER_LOCAL = re.compile(
    r"\b(?i:Kabupaten|Kab\.?|Kota|Pemkab|Pemkot|Bupati|Wali\s?kota)\s+"
    # "Pemerintah Kabupaten (Pemkab) Kediri, Jawa Timur": the acronym may come first
    r"(?:\([A-Za-z]{2,12}\)\s+)?[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*){0,2}(?:\s*\([A-Za-z]{2,12}\))?"
    # "Kabupaten Sarolangun Provinsi Jambi", written without a comma, locates it too
    r"(?:\s*[,(]\s*(?:(?:Provinsi|Propinsi|Prov\.?)\s+)?|\s+(?:Provinsi|Propinsi)\s+)$"
)
# "bupati Barito Selatan, Barito Utara, Murung Raya (Kalimantan Tengah)": where a list of
# regencies lies.
_AFTER_LOCAL_LIST = re.compile(
    r"\b(?:Kabupaten|Kab\.?|Kota|Pemkab|Pemkot|Bupati|Wali\s?[Kk]ota)\b"
    r"(?:[^.;()]|\([^()]{0,40}\)){0,360}\s\(\s*(?:(?:Provinsi|Propinsi|Prov\.?)\s+)?$",
    re.I,
)
_UNNAMED_PROVINCE = re.compile(
    r"\b(?:Pemerintah\s+Provinsi|Pemprov)\s+(?:bersama|dan|dengan)\s+(?:\S+\s+){0,6}?"
    r"(?:kabupaten|kota|pemda|pemerintah\s+daerah)\b",
    re.I,
)
_INVITED_BY = re.compile(r"\bdiundang\s+(?:oleh\s+)?(?:Gubernur|Pj\.?\s+Gubernur)\s*$", re.I)
_PROVINCE_WORD_BEFORE = re.compile(r"\b(?:Provinsi|Propinsi|Prov\.?)\s*$")
_DI = re.compile(r"\bdi\s", re.I)  # every venue phrase starts after "di"
# Items of one list share its role: "di Sumsel, Jateng dan Kaltim", "Bank ... Jabar dan Banten".
_THANKED = re.compile(r"\bterima\s*kasih\s+(?:kepada|pada)\b[^.;\"]{0,60}$", re.I)
_LIST_JOIN = re.compile(r"^\s*(?:,|,?\s+(?:dan|serta|atau|&))\s+$")


def province_mentions(text: str) -> list[ProvinceMention]:
    gaz = get_gazetteer()
    out: list[ProvinceMention] = []
    venues: list[tuple[int, int]] | None = None  # computed once, only when needed
    for m in gaz.province_re.finditer(text):
        code = gaz.province_code(m.group())
        if not code:
            continue
        before, after = text[: m.start()], text[m.end() :]
        alias = m.group().lower()
        gov = (
            bool(_GOV_PREFIX.search(before[-60:]))
            or alias.startswith("pemerintah")
            or alias in {"gubri", "gubsu"}
        )
        excluded = None
        if _SE.search(before[-25:]) or _SE_LIST.search(before[-40:]):
            # "Pemerintah Provinsi bersama kabupaten/kota se Provinsi Gorontalo": the province
            # left unnamed before is the one its regions belong to
            if _UNNAMED_PROVINCE.search(before):
                gov = True
            else:
                excluded = "comparison"
        elif _INVITED_BY.search(before[-40:]):
            excluded = "host"  # "diundang Gubernur Jambi untuk ...": who invites, not who signs
        elif _THANKED.search(before[-70:]):
            excluded = "host"  # "terima kasih kepada Bapak Gubernur Kalbar": who is thanked
        elif _GLUED_BEFORE.search(before[-2:]) and _GLUED_AFTER.match(after):
            excluded = "location"
        elif _OWNER_BEFORE.search(before[-45:]):
            excluded = "owner"  # "BUMD yang dimiliki oleh Pemprov Kalbar": whose, not who
        elif _ORG_BEFORE.search(before[-60:]) or _ORG_AFTER.match(after):
            excluded = "inside another name"
        elif (
            _LOCAL_BEFORE.search(before[-20:])
            or (" " not in alias and _DIRECTION_AFTER.match(after))
            or (_CITY_BEFORE.search(before[-20:]) and alias in _CITY_NAMED)
        ):
            excluded = "regency or city"
        elif not gov and _LOCATED.search(before[-15:]) and not _BODY_FROM.search(before[-60:]):
            excluded = "location"
        elif not gov and _COMPARISON.search(before[-40:]):
            excluded = "comparison"
        elif (_AFTER_LOCAL_LIST.search(before[-400:]) and re.match(r"\s*\)", after)) or (
            _AFTER_LOCAL.search(before[-60:])
            and (not gov or _PROVINCE_WORD_BEFORE.search(before[-12:]))
        ):
            excluded = "location"
        elif _DI.search(text, 0, m.start()):
            if venues is None:
                venues = [(a, b) for a, b, _p, _s in venue_phrases(text)]
            if any(a <= m.start() < b for a, b in venues):
                excluded = "venue"  # "di Hotel Sultan, Jakarta": where, not who
        prev = out[-1] if out else None
        if (
            not excluded
            and not gov
            and prev
            and prev.excluded
            and _LIST_JOIN.match(text[prev.end : m.start()])
        ):
            excluded = prev.excluded
        out.append(ProvinceMention(code, m.start(), m.end(), m.group(), gov, excluded))
    return out


def local_names(text: str) -> frozenset[str]:
    """Words that name regencies and cities anywhere in the article."""
    names = set()
    for m in _LOCAL.finditer(text):
        if _LOCAL_NOT_PARTY_BEFORE.search(text[: m.start()][-25:]):
            continue
        for w in m.group("name").split():
            if w in _NAME_STOP:
                break
            names.add(w)
    return frozenset(names)


def find_parties(sentences: list[str], originals: list[str] | None = None) -> list[Party]:
    """Parties named in the sentences that report the signing (already selected; witness
    clauses may be blanked out, then ``originals`` are the sentences for evidence)."""
    gaz = get_gazetteer()
    found: dict[str, Party] = {}
    for text, original in zip(sentences, originals or sentences, strict=True):
        mentions = province_mentions(text)
        for pm in _visited_partner(text, mentions):
            found.setdefault(
                "p" + pm.code,
                Party(gaz.provinces[pm.code].name, "province", pm.code, 0.75, original, pm.code),
            )
        for pm in mentions:
            if pm.excluded:
                continue
            key = "p" + pm.code
            conf = 0.95 if pm.gov else 0.8
            if key not in found or found[key].confidence < conf:
                found[key] = Party(
                    gaz.provinces[pm.code].name, "province", pm.code, conf, original, pm.code
                )
        venues = [(a, b) for a, b, _p, _s in venue_phrases(text)]
        for m in _LOCAL.finditer(text):
            if _LOCAL_NOT_PARTY_BEFORE.search(text[: m.start()][-25:]):
                continue
            # "kesepakatan Pembangunan di Kawasan Perbatasan Kabupaten A, B dan C": the
            # regions that share the border sign, the area is no venue
            border = _BORDER_BEFORE.search(text[: m.start()][-30:])
            if not border and any(a <= m.start() < b for a, b in venues):
                continue  # "di Gedung Pakuan, Kota Bandung": where, not who
            kind = (m.group("k1") or m.group("k2") or m.group("k3")).lower()
            level = "regency" if kind.startswith(("kab", "pemkab")) else "city"
            words = []
            for w in m.group("name").split():
                if w in _NAME_STOP:
                    break
                words.append(w)
            if not words:
                continue
            name = ("Kabupaten " if level == "regency" else "Kota ") + " ".join(words)
            known = known_region(level, " ".join(words), whole=True)
            if not known and len(words) > 1:
                # "Pemerintah Kabupaten Batanghari Lakukan Penandatanganan": a headline's
                # capitalised verbs after the region's name
                known = known_region(level, " ".join(words))
            # A bare "Kota X" that names no known region is a phrase ("Kota Sister City"),
            # while "Pemkab X" is a government whatever the spelling of X.
            if m.group("k3") and not known:
                continue
            name = known or name
            found.setdefault(name.lower(), Party(name, level, None, 0.8, original))
            for item_level, item in listed_regions(text, m.end(), level):
                found.setdefault(item.lower(), Party(item, item_level, None, 0.75, original))
        # "Kepala BPBD Banjarnegara": the kabupaten that the office belongs to
        for name, level, at in office_regions(text):
            if not any(a <= at < b for a, b in venues):
                found.setdefault(name.lower(), Party(name, level, None, 0.75, original))
        for m in REGION_LIST_INTRO.finditer(text):
            for level in preferred_levels(text, m.group("name"), ["regency", "city"]):
                region = known_region(level, m.group("name"), whole=True)
                if region:
                    found.setdefault(region.lower(), Party(region, level, None, 0.75, original))
                    for item_level, item in listed_regions(text, m.end(), level):
                        found.setdefault(
                            item.lower(), Party(item, item_level, None, 0.75, original)
                        )
                    break
        for m in _LOCAL_HEAD.finditer(text):
            if any(a <= m.start() < b for a, b in venues):
                continue
            level = "regency" if m.group("head").lower().startswith("bupati") else "city"
            region = known_region(level, m.group("name"))
            if region:
                found.setdefault(region.lower(), Party(region, level, None, 0.8, original))
                for item_level, item in listed_regions(text, m.end(), level):
                    found.setdefault(item.lower(), Party(item, item_level, None, 0.75, original))
        for party in other_parties(text, original):
            # "Universitas Jambi (Unja)" names its acronym once; "Rektor Unja" is that campus
            if not any(
                same_org(party.name, p.name) or f"{p.name} ({party.name})" in p.evidence
                for p in found.values()
                if p.level == "other"
            ):
                found.setdefault(party.name.lower(), party)
    # governments first, then the organisations they signed with, each in reading order
    parties = sorted(found.values(), key=lambda p: p.level == "other")
    return _with_region_codes(parties, "\n".join(originals or sentences))


_BOTH_PROVINCES = re.compile(
    r"\bkedua\s+(?:provinsi|pemprov|pemerintah\s+provinsi|gubernur|pemerintah\s+daerah)\b", re.I
)


def _visited_partner(text: str, mentions: list[ProvinceMention]) -> list[ProvinceMention]:
    """ "Kunjungan Gubernur Sulut ke Gorontalo ... penandatanganan kesepakatan kedua
    provinsi": the province visited is the other of "kedua provinsi"."""
    if not _BOTH_PROVINCES.search(text):
        return []
    named = {pm.code for pm in mentions if not pm.excluded}
    visited = {pm.code for pm in mentions if pm.excluded == "location"} - named
    if len(named) != 1 or len(visited) != 1:
        return []
    return [next(pm for pm in mentions if pm.code in visited)]


# "Bupati Sleman", "Wali Kota Bogor, Bima": a head of region names the region.
_LOCAL_HEAD = re.compile(
    r"\b(?:Wakil\s+|Plt\.?\s+|Pj\.?\s+)?(?P<head>Bupati|Wali\s?[Kk]ota|Walkot)\s+"
    # the name is capitalised even when the title is not: "Bupati Sleman dan Wali Kota ..."
    r"(?P<name>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2})",
    re.I,
)


def _with_region_codes(parties: list[Party], text: str) -> list[Party]:
    """Codes for kabupaten and kota, settled by the provinces the text names."""
    named = frozenset(pm.code for pm in province_mentions(text))
    return with_region_codes(parties, named)
