"""Parties that are not Indonesian regional governments: universities, banks, companies,
national and vertical bodies, and regions and territories abroad."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from agreements.extraction.gazetteer import get_gazetteer


@dataclass
class Party:
    name: str
    level: str
    province_code: str | None
    confidence: float
    evidence: str
    region_code: str | None = None  # "32.73" for a kabupaten/kota, the province's own code


_OTHER = re.compile(
    r"(?:\b(?:antara|dengan|dan|bersama|atau|Rektor|Direktur(?:\s+Utama)?|Dirut|Ketua|Pimpinan|"
    # "antara lain A, B, C": the items of a list, each after the one before
    r"Kepala|antara\s+lain|yakni|yaitu|meliputi)\s+|(?<=[a-z)]),\s+|^\s*|[-\u2013\u2014]\s+)"
    r"(?P<org>(?:Bank|PT|Jamkrida|Universitas|Institut|Politeknik|Perguruan\s+Tinggi|"
    r"Sekolah\s+Tinggi|Fakultas|Akademi|UIN|IAIN|Perumda|Kadin|BPJS|OJK|"
    r"Yayasan|Badan\s+Usaha|Kejaksaan\s+(?:Tinggi|Negeri)|Kejati|Kejari|Kepolisian\s+Daerah|"
    r"Polda|Kodam|Korem|Lantamal|Kanwil|Kantor\s+Wilayah|Badan\s+Pertanahan|BPN|Lembaga|LPP|"
    r"Pengadilan\s+Tinggi|Ombudsman|BPKP|Pelindo|Bulog|PLN|Pertamina|Telkom|Perusahaan|"
    # "dengan Ketua Forum Bersama (Forbes) DPR RI": a caucus of legislators signs as a body
    r"Forum\s+Bersama)\.?"
    r"(?:\s+\([A-Za-z]{2,12}\))?\s+[A-Z][\w&.'-]*(?:\s+(?!Dan\b|Dengan\b)[A-Z][\w&.'-]*){0,3})|"
    # "kerja sama dengan kejaksaan tinggi (kejati) setempat", in lower case
    r"\b(?:dengan|dan|bersama)\s+(?P<vertical>(?i:kejaksaan\s+tinggi|kepolisian\s+daerah)"
    r"(?:\s+\((?i:kejati|polda)\))?(?:\s+(?:[A-Z][\w-]*|setempat))?)|"
    # "antara Rektor UTM dengan Gubernur ...": a rector signs for the university
    r"\bRektor\s+(?P<campus>(?!(?:Prof|Dr|Drs|Ir|H)\b)[A-Z][A-Za-z]{1,9}\b"
    r"(?:\s+(?!Dan\b|Dengan\b|Prof\w*\b|Dr\b|Drs\b|Ir\b|H\b)[A-Z][\w'-]*){0,3})"
)


# "Provinsi Madang, Papua New Guinea": a region abroad signs as a party of its own.
# Words before a country that make no region of it: "dengan Pemerintah Jepang", "Duta Besar".
_NOT_A_REGION = (
    r"Pemerintah|Negara|Kedutaan|Duta|Konsulat|Konsul|Kota|Provinsi|Bank|Universitas|Investor|"
    r"Perusahaan|Pengusaha|Republik|Kerajaan|Delegasi|Wisatawan|Pihak|Mitra|Sister|Kerja|Duta"
)
# "Ehime Prefecture": a Japanese prefecture by its English name (and its usual misspelling).
# "Pemerintah Bekes County, Hungaria": a county abroad likewise.
_PREFECTURE = re.compile(r"\b(?P<pref>[A-Z][a-z]{2,})\s+(?P<kind>Prefecture|Perfecture|County)\b")
_FOREIGN_REGION = re.compile(
    r"\b(?:(?P<region>(?:Provinsi|Negara\s+Bagian|Prefektur|Propinsi|Kota)\s+[A-Z][\w'-]+"
    r"(?:\s+(?!(?:Republik|Kerajaan)\b)[A-Z][\w'-]+)?)|Gubernur\s+(?P<governed>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)|"
    # "bersama pihak Ehime Jepang", "Pemprov Sulsel-Ehime Jepang": a region abroad named by
    # its own name and its country
    r"(?:(?:pihak|dengan|bersama)\s+(?:pihak\s+)?|(?<=\w)-)(?P<named>(?!(?:"
    + _NOT_A_REGION
    + r")\b)"
    r"[A-Z][a-z]{2,}(?:\s+(?!(?:" + _NOT_A_REGION + r")\b)[A-Z][a-z]{2,})?))"
    # "Negara Bagian Khartoum Republik Sudan": the country may carry its form of state
    r",?\s+(?:\()?(?:(?:Republik|Kerajaan)\s+)?(?P<country>Papua\s+New\s+Guinea|Papua\s+Nugini|"
    r"PNG|Malaysia|Australia|Jepang|Tiongkok|China|Korea(?:\s+Selatan)?|Thailand|Vietnam|"
    r"Filipina|Timor\s+Leste|Belanda|Jerman|Amerika\s+Serikat|Taiwan|India|Rusia|Sudan|Mesir|"
    r"Turki|Uzbekistan|Kazakhstan|Singapura|Brunei(?:\s+Darussalam)?|Prancis|Perancis|Italia|"
    r"Inggris|Kanada|Selandia\s+Baru|Kamboja|Myanmar|Laos)\b"
)


# "dengan Badan Pengawasan Keuangan dan Pembangunan (BPKP)", "bersama LLDIKTI Wilayah XII":
# national bodies sign with provinces too (a regional office, "... Daerah", is no party).
_NATIONAL_BODY = re.compile(
    r"\b(?:dengan|dan|bersama|antara)\s+(?:pihak\s+)?(?P<body>(?:Badan|Kementerian|Lembaga|Komisi|"
    r"Otoritas)(?:\s+(?:dan\s+)?[A-Z][\w-]*){1,6}(?:\s+\([A-Z][A-Za-z]{1,9}\))?|"
    r"(?-i:BPKP|BPK|KPK|OJK|BPS|BMKG|BNPB|Basarnas|BRIN|Bappenas|LKPP|BPOM|LLDIKTI)"
    r"(?:\s+Wilayah\s+[IVXL\d]+)?)(?![\w-])"
)
# "Danrem 031/WB", "Komando Resor Militer (Korem) 031/WB", "Kodim 0304/Agam": a military
# command known by its number signs as a vertical body; a commander's title names his unit.
_NUMBERED_COMMAND = re.compile(
    r"\b(?:Komando\s+Resor\s+Militer\s+\(Korem\)|Korem|Danrem|"
    r"Komando\s+Distrik\s+Militer\s+\(Kodim\)|Kodim|Dandim|Lantamal|Danlantamal|"
    r"Lanud|Danlanud)\s+(?P<number>[IVXL\d]{1,4}(?:/[A-Z][\w-]*)?)(?![\w/])"
)
_COMMAND_OF = {"danrem": "Korem", "dandim": "Kodim", "danlantamal": "Lantamal", "danlanud": "Lanud"}
# "Kepala BKP Kementan", "dengan Kemenkes": a ministry by its short name, or one of its
# agencies by acronym and ministry.
_MINISTRY_SHORT = re.compile(
    r"\b(?:(?:Kepala|Menteri|Dirjen|Sekjen|Deputi|dengan|dan|bersama|antara)\s+)"
    r"(?P<body>(?:[A-Z]{2,6}\s+)?Kemen(?:terian\s+)?[a-z]{2,}(?:\s+[A-Z]{2,5}\b)?)"
)
# "Pemerintah Wilayah Australia Utara (Northern Territory)": a territory abroad.
_FOREIGN_TERRITORY = re.compile(
    r"\bPemerintah\s+(?:Wilayah|Negara\s+Bagian)\s+(?P<territory>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
)
# "dengan ARJ Holding LLC", "China Great Wall Group": companies known by their suffix, and
# "beberapa Investor Uni Emirat Arab": investors named by where they come from.
_COMPANY_BY_SUFFIX = re.compile(
    r"\b(?P<company>(?:[A-Z][\w&'-]*\s+){1,4}(?i:Holding|Group|LLC|Ltd|Inc|Corporation|Corp|"
    r"Company|GmbH|Pte)\b\.?(?:\s+(?i:LLC|Ltd|Inc|Co)\b\.?)?)|"
    r"\b(?P<investor>(?i:investor|perusahaan|pengusaha)\s+(?:asal\s+|dari\s+)?"
    r"(?:Uni\s+Emirat\s+Arab|Tiongkok|China|Jepang|Korea(?:\s+Selatan)?|Singapura|Malaysia|"
    r"Australia|Belanda|Jerman|Amerika\s+Serikat|India|Taiwan|Rusia|Turki|Arab\s+Saudi|Qatar))\b"
)


# Words that go on naming an office after its region: "Bank Sumsel Babel Cabang Jakarta".
# Company names go on with words like these: "PT Bank Sulteng Jaya".
_ORG_TAIL = re.compile(
    r"^(?:Cabang|Wilayah|Perwakilan|Syariah|Tbk|Persero|Perseroda|Unit|Jaya|Mandiri|Sejahtera|"
    r"Makmur|Abadi|Utama|Raya|Bersatu|Persada|Perkasa|Sentosa|Lestari|Indah|Prima|Nusantara|"
    r"Energi|Agro|Petro|Grha|Investama|Group|Holding)\b",
    re.I,
)


def _without_trailing_person(org: str, gaz) -> str:
    """ "Kejaksaan Tinggi Sulteng Gerry Yasid" -> "Kejaksaan Tinggi Sulteng": an office
    named by its region ends there; capitalised words after it name its head."""
    words = org.split()
    cut = None
    for i, word in enumerate(words[1:], 1):
        bare = word.strip(",.")
        if gaz.province_re.fullmatch(bare) or gaz.region_code("city", bare):
            cut = i + 1
    if cut is None or cut == len(words) or _ORG_TAIL.match(words[cut]):
        return org
    return " ".join(words[:cut])


# After "Rektor" a campus goes by its acronym ("Rektor Unja Helmi", "Rektor UPR Andrie
# Elia": the words after it name the rector), unless the acronym opens the campus's own
# name ("Rektor UIN Walisongo").
_CAMPUS_KIND = {"UIN", "IAIN", "STAIN", "STAI", "STIE", "STIKES", "STMIK", "UNU", "UM"}


def _campus_without_rector(campus: str) -> str:
    first = campus.split()[0]
    return campus if first in _CAMPUS_KIND else first


def other_parties(text: str, original: str) -> Iterator[Party]:
    """Organisations and regions abroad named in one signing sentence, in the order of the
    matchers (regions abroad first, then organisations, territories, bodies, companies)."""
    gaz = get_gazetteer()
    for m in _FOREIGN_REGION.finditer(text):
        region = m.group("region") or m.group("governed") or m.group("named")
        if gaz.province_re.search(region) or gaz.region_code("city", region.split(" ", 1)[-1]):
            continue
        yield Party(f"{region} ({m.group('country')})", "other", None, 0.6, original)
    for m in _PREFECTURE.finditer(text):
        kind = "County" if m.group("kind") == "County" else "Prefecture"
        yield Party(f"{m.group('pref')} {kind}", "other", None, 0.6, original)
    for m in _OTHER.finditer(text):
        org = m.group("org") or m.group("campus") or m.group("vertical")
        if m.group("campus"):
            org = _campus_without_rector(org)
        org = _without_trailing_person(re.sub(r"\s+", " ", org).strip(" .,"), gaz)
        yield Party(org, "other", None, 0.6, original)
    for m in _FOREIGN_TERRITORY.finditer(text):
        yield Party("Pemerintah Wilayah " + m.group("territory"), "other", None, 0.6, original)
    for m in _NATIONAL_BODY.finditer(text):
        body = re.sub(r"\s+", " ", m.group("body")).strip(" .")
        if re.search(r"\bDaerah\b", body) or gaz.province_re.search(body):
            continue
        yield Party(body, "other", None, 0.6, original)
    for m in _NUMBERED_COMMAND.finditer(text):
        head = m.group()[: m.start("number") - m.start()].split()
        unit = head[-1].strip("()") if head[0] == "Komando" else head[0]
        unit = _COMMAND_OF.get(unit.lower(), unit)
        yield Party(f"{unit} {m.group('number')}", "other", None, 0.6, original)
    for m in _MINISTRY_SHORT.finditer(text):
        yield Party(m.group("body"), "other", None, 0.6, original)
    for m in _COMPANY_BY_SUFFIX.finditer(text):
        name = re.sub(r"\s+", " ", m.group("company") or m.group("investor")).strip(" .")
        yield Party(name, "other", None, 0.6, original)


# Words that open many names ("Politeknik Negeri"): they tell no two bodies apart.
GENERIC_ORG_WORDS = {
    "pt",
    "tbk",
    "persero",
    "perseroda",
    "universitas",
    "politeknik",
    "institut",
    "negeri",
    "sekolah",
    "tinggi",
    "bank",
    "uin",
    "iain",
    "daerah",
    "dan",
}


def same_org(a: str, b: str) -> bool:
    """ "China Great Wall Group Holding" and "PT. China Great Wall Group": one company;
    "UPR" and "Universitas Palangka Raya" too. Words that open many names ("Politeknik
    Negeri") tell nothing apart."""
    for short, full in ((a, b), (b, a)):
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]\w*", full) if w[0].isupper())
        if short.isupper() and " " not in short and short == initials:
            return True
    ta, tb = (set(re.findall(r"\w+", x.lower())) - GENERIC_ORG_WORDS for x in (a, b))
    return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= 0.6
