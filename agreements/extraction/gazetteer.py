"""Reference data as matchers: provinces with their aliases, sector keywords, OPD acronyms.

Built once from the CSVs in ``agreements/data/`` and cached for the life of the process.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from agreements.extraction.keywords import DROP_KEYWORDS, EXTRA_KEYWORDS, THEME_KEYWORDS

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# Forms the reference aliases leave out but news uses: nicknames of provinces, old
# spellings and the governor epithets that stand for the province ("Gubri").
EXTRA_PROVINCE_ALIASES = {
    "11": ["Serambi Mekkah", "Tanah Rencong", "Pemerintah Aceh"],
    "12": ["Sumatra Utara", "Gubsu"],
    "13": ["Ranah Minang"],
    "14": ["Bumi Lancang Kuning", "Gubri"],
    "16": ["Bumi Sriwijaya", "Sumatra Selatan"],
    "18": ["Bumi Ruwa Jurai"],
    "19": ["Negeri Serumpun Sebalai", "Kep Babel", "Kep. Bangka Belitung"],
    "21": ["Kep Riau", "Kepulauan Riau"],
    "31": ["DKI"],
    "34": ["Yogjakarta", "Jogjakarta", "Daerah Istimewa Yogjakarta", "DI Yogya"],
    "51": ["Pulau Dewata"],
    "52": ["Bumi Gora"],
    "53": ["Flobamora"],
    "61": ["Bumi Khatulistiwa"],
    "62": ["Bumi Tambun Bungai"],
    "64": ["Bumi Etam"],
    "71": ["Bumi Nyiur Melambai"],
    "74": ["Bumi Anoa"],
    "75": ["Serambi Madinah"],
    "82": ["Bumi Kie Raha"],
    "91": ["Bumi Cenderawasih"],
}

# Acronyms written in capitals that must not match inside ordinary words or lower case.
_CASE_SENSITIVE = re.compile(r"^[A-Z]{2,4}$")


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    aliases: tuple[str, ...]


@dataclass
class Gazetteer:
    provinces: dict[str, Province]
    alias_to_code: dict[str, str]
    province_re: re.Pattern
    sector_keywords: dict[str, set[str]]
    sector_re: re.Pattern
    opd_acronyms: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    opd_acronym_re: re.Pattern | None = None
    # ("regency", "bandung") -> [("32.04", "32")]; several rows when provinces share a name
    regions: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    region_names: dict[str, str] = field(default_factory=dict)  # "32.73" -> "Kota Bandung"
    office_words: frozenset[str] = frozenset()  # every word of office names and sector terms

    def province_code(self, alias: str) -> str | None:
        return self.alias_to_code.get(_alias_key(alias))

    def region_code(
        self, level: str, name: str, provinces: frozenset[str] = frozenset()
    ) -> str | None:
        """Kemendagri code of a kabupaten or kota ("Kota Bandung" -> "32.73"); a name that
        several provinces share is settled only by a province the article names."""
        candidates = self.regions.get((level, _region_key(name)), [])
        if len(candidates) > 1 and provinces:
            candidates = [c for c in candidates if c[1] in provinces]
        return candidates[0][0] if len(candidates) == 1 else None

    def sectors_of(self, keyword: str) -> set[str]:
        return self.sector_keywords.get(_alias_key(keyword), set())


_REGION_KIND = re.compile(r"^(?:Kabupaten|Kab\.?|Kota|Pemkab|Pemkot|Pemko)\s+", re.I)


def _region_key(name: str) -> str:
    """ "Kabupaten Deli Serdang", "Deliserdang" and "Deli-Serdang" compare equal."""
    return re.sub(r"[\s.'-]+", "", _REGION_KIND.sub("", name.strip()).lower())


def _load_regions(
    province_keys: frozenset[str] = frozenset(),
) -> tuple[dict[tuple[str, str], list[tuple[str, str]]], dict[str, str]]:
    regions: dict[tuple[str, str], list[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    short: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for row in _read_csv("regencies.csv"):
        key = (row["kind"], _region_key(row["name"]))
        regions.setdefault(key, []).append((row["code"], row["province_code"]))
        names[row["code"]] = row["name"]
        for abbreviation in _abbreviations(row["name"]):
            short.setdefault((row["kind"], abbreviation), set()).add(
                (row["code"], row["province_code"])
            )
    # Only a short form that one region alone can have, that is no region's full name and no
    # province's name ("Bangka Tengah" would give "banten").
    for key, codes in short.items():
        if len(codes) == 1 and key not in regions and key[1] not in province_keys:
            regions[key] = sorted(codes)
    return regions, names


def _abbreviations(name: str) -> set[str]:
    """Short forms the news makes of two-word names: "Kutai Timur" -> "kutim", "Kutai
    Kartanegara" -> "kukar", "Tapanuli Selatan" -> "tapsel", "Lombok Timur" -> "lotim"; and
    of three-word names ending in a direction: "Tanjung Jabung Barat" -> "Tanjab Barat"."""
    words = _REGION_KIND.sub("", name).lower().split()
    if len(words) == 3 and words[2] in _DIRECTIONS and all(w.isalpha() for w in words):
        # "Tanjung Jabung Barat" -> "tanjab barat": the direction stays whole
        return {words[0][:3] + words[1][:3] + words[2]}
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return set()
    first, second = words
    return {first[:i] + second[:j] for i in (2, 3) for j in (2, 3)} - _COMMON_WORDS


_DIRECTIONS = {"barat", "timur", "utara", "selatan", "tengah"}


# Short forms that are everyday words too ("Sabu Raijua" would give "sara").
_COMMON_WORDS = {"sara", "tana", "bara", "mata", "raja", "sama", "baru", "bata", "kota", "dana"}


def _alias_key(text: str) -> str:
    return re.sub(r"[\s.\-]+", " ", text.lower()).strip()


def _flexible(phrase: str) -> str:
    """Regex for a phrase: any run of spaces, and optional dots after abbreviations."""
    parts = [re.escape(p) for p in re.split(r"[\s]+", phrase.strip()) if p]
    body = r"\s+".join(parts).replace(r"\.", r"\.?")
    return body.replace(r"\-", r"[\s-]?")


_ATOMS = re.compile(r"\s+|.", re.S)
_ATOM_PATTERNS = {" ": r"\s+", ".": r"\.?", "-": r"[\s-]?"}


def _phrase_trie(forms) -> str:
    """One case-insensitive regex for many phrases, factored by shared prefixes.

    Each phrase is spelt as ``_flexible`` spells it (any run of spaces, optional dots and
    hyphens). The result matches what the alternation of the phrases longest first matches
    (the gazetteer tests compare the two on every phrase): at each branch the longer
    continuation is tried first, and a phrase ending there only after them. The regex engine
    no longer tries every phrase at every word start, which makes it many times faster.
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for atom in _ATOMS.findall(form.strip().lower()):
            node = node.setdefault(" " if atom.isspace() else atom, {})
        node[""] = {}

    def emit(node: dict) -> tuple[str, int]:
        """The node's regex and the length of the longest phrase continuing from it."""
        branches = []
        for key, child in node.items():
            if key:
                regex, depth = emit(child)
                atom = _ATOM_PATTERNS.get(key) or re.escape(key)
                branches.append((depth, atom + regex))
        branches.sort(key=lambda branch: -branch[0])
        if not branches:
            return "", 0
        parts = [regex for _depth, regex in branches]
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" in node:  # a phrase ends here: try the longer ones first
            body = f"(?:{body})?" if len(parts) > 1 or len(body) > 1 else body + "?"
        return body, 1 + branches[0][0]

    return emit(trie)[0]


def _phrase_alternation(forms, *, exact_case=lambda form: False) -> str:
    """The regex body matching any of ``forms``, longest first.

    ``exact_case`` forms (capital acronyms that are ordinary words in lower case) come after
    the trie of the others, so a longer name sharing their letters ("DKI Jakarta" before
    "DKI") is still tried first.
    """
    forms = set(forms)
    exact = sorted((f for f in forms if exact_case(f)), key=len, reverse=True)
    parts = [_phrase_trie(sorted(forms.difference(exact)))]
    parts += [f"(?-i:{_flexible(f)})" for f in exact]
    return "|".join(part for part in parts if part)


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA_DIR / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _load_provinces() -> tuple[dict[str, Province], dict[str, str], re.Pattern]:
    provinces: dict[str, Province] = {}
    alias_to_code: dict[str, str] = {}
    for row in _read_csv("provinces.csv"):
        aliases = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
        aliases += EXTRA_PROVINCE_ALIASES.get(row["code"], [])
        names = [row["name"], *aliases]
        provinces[row["code"]] = Province(row["code"], row["name"], tuple(names))
        for alias in names:
            alias_to_code.setdefault(_alias_key(alias), row["code"])
    # Longest first so that "Kepulauan Riau" wins over "Riau", "Papua Barat Daya" over "Papua".
    body = _phrase_alternation(
        {a for p in provinces.values() for a in p.aliases}, exact_case=_CASE_SENSITIVE.match
    )
    province_re = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])", re.I)
    return provinces, alias_to_code, province_re


def _load_sectors() -> tuple[dict[str, set[str]], re.Pattern]:
    keywords: dict[str, set[str]] = {}
    for fname in ("urusan_pemerintahan.csv", "fungsi_penunjang.csv"):
        for row in _read_csv(fname):
            terms = [t for t in (row.get("keywords_id") or "").split(";") if t.strip()]
            terms.append(row["name_id"])
            for term in terms:
                key = _alias_key(term)
                if key and key not in DROP_KEYWORDS and len(key) > 2:
                    keywords.setdefault(key, set()).add(row["code"])
    for code, terms in [*EXTRA_KEYWORDS.items(), *THEME_KEYWORDS.items()]:
        for term in terms:
            keywords.setdefault(_alias_key(term), set()).add(code)
    sector_re = re.compile(r"(?<![\w-])(?:" + _phrase_alternation(keywords) + r")(?![\w])", re.I)
    return keywords, sector_re


# Acronyms from opd_types.csv that are ordinary words or name a position, not an office.
_SKIP_ACRONYMS = {
    "dinas",
    "kominfo",
    "balai",
    "upt",
    "uptd",
    "kph",
    "cabdin",
    "rsud",
    "rs khusus",
    "asda",
    "apip",
    "sekda",
    "setda",
    "setdaprov",
    "badan penghubung",
    "kantor penghubung",
    "sekretariat dewan",
    "inspektorat",
    "rsj",
    "rsia",
    "rskd",
    "skpa",
    "dpra",
    "dprp",
    "dprpb",
    "mrp",
    "bari",
    "dkp",
    "dpk",
    "itda",
    "kota administrasi",
}


def _load_opd_acronyms() -> dict[str, tuple[str, tuple[str, ...]]]:
    """acronym (lower case) -> (full name, urusan codes) from opd_types.csv."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in _read_csv("opd_types.csv"):
        if row["kind"] in {"sekretariat_daerah", "asisten_setda", "uptd", "cabang_dinas"}:
            continue
        full = re.sub(r"\s*(?:Provinsi\s*)?\{[^}]*\}.*$", "", row["name_pattern"]).strip()
        codes = tuple(c for c in (row.get("urusan_codes") or "").split(";") if c)
        for item in (row.get("common_acronyms") or "").split(";"):
            item = item.strip()
            m = re.match(r"^(.*?)\s*\((.*)\)$", item)
            pairs: list[tuple[str, str]] = []
            if m:
                head, inner = m.group(1).strip(), m.group(2).strip()
                if len(head.split()) <= 2 and len(inner.split()) >= 2 and ":" not in inner:
                    pairs.append((head, inner))
                else:
                    pairs.append((head, full))
            else:
                pairs.append((item, full))
            for acro, name in pairs:
                for a in re.split(r"/", acro):
                    a = a.strip()
                    if not a or "+" in a or a[-1:] == "-" or len(a.split()) > 2:
                        continue
                    if a.lower() in _SKIP_ACRONYMS or len(a) < 3:
                        continue
                    out.setdefault(a.lower(), (name, codes))
    return out


def _office_words(keywords: dict[str, set[str]]) -> frozenset[str]:
    words: set[str] = set()
    texts = [row["name_pattern"] for row in _read_csv("opd_types.csv")]
    for fname in ("urusan_pemerintahan.csv", "fungsi_penunjang.csv"):
        texts += [row["name_id"] for row in _read_csv(fname)]
    texts += list(keywords)
    for text in texts:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    # spellings and words of office names the lists above do not carry
    words.update({"holtikultura", "kerjasama", "pera", "pengabdian", "masyarakat", "wilayah"})
    return frozenset(words)


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    provinces, alias_to_code, province_re = _load_provinces()
    keywords, sector_re = _load_sectors()
    acronyms = _load_opd_acronyms()
    acronym_re = re.compile(r"(?<![\w-])(?:" + _phrase_alternation(acronyms) + r")(?![\w])", re.I)
    return Gazetteer(
        provinces,
        alias_to_code,
        province_re,
        keywords,
        sector_re,
        acronyms,
        acronym_re,
        *_load_regions(frozenset(_region_key(alias) for alias in alias_to_code)),
        _office_words(keywords),
    )
