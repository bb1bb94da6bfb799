"""Who signed: officials in the subject or agent position of a signing, not witnesses.

"Gubernur X dan Gubernur Y menandatangani ..." (subject), "ditandatangani oleh Gubernur X"
(agent), "penandatanganan ... antara Kepala Dinas X, A, dengan Kepala Dinas Y, B" (object);
"Sekda X yang diwakili Asisten Y" -> Y signs; "Mewakili Gubernur X, Kepala Dinas Y ..." -> Y.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.lexicon import ACTIVE_SIGN, PASSIVE_AGENT, SIGN_WORD, TITLE, WEEKDAY

_CUT = re.compile(
    r'"|;|\s(?:yang|untuk|tentang|terkait|di|dari|pada|dalam|bertempat|pukul|disaksikan|menyaksikan|'
    r"dihadiri|didampingi|hadir|turut|selaku|sebagai|saat|usai|setelah|guna|agar|mengatakan|"
    r"menyampaikan|kata|ujar|menandatangani|meneken|melakukan|telah|sudah|resmi|secara|"
    r"langsung|bersama-sama|masing-masing|tentang|atas|menjalin|sepakat|menyepakati|"
    r"mengadakan|adakan|melangsungkan)\b|,\s*" + WEEKDAY + r"\b|\s" + WEEKDAY + r"\b|\(\d|"
    r"\s[-\u2013\u2014]\s",
    re.I,
)
# Cuts at a place or time ("... dari ruang kerjanya di Ambon, dan Gubernur Y dari ...")
# may be followed by the next signatory; cuts at witnesses or speech may not.
_LOCATIVE_CUT = re.compile(r"^\s*(?:di|dari|pada|bertempat|pukul|\(\d|,?\s*" + WEEKDAY + r")", re.I)
_NEXT_SIGNER = re.compile(r"(?:,\s*|\s)(?:dan|serta)\s+(?=" + TITLE.pattern[2:] + r")", re.I)
_NOT_SIGNER = re.compile(
    r"\b(?:disaksikan|menyaksikan|dihadiri|didampingi|hadir|turut|kata|ujar|mengatakan)\b", re.I
)
# "ditandatangani Rizal dan Gubernur Y": a signatory already introduced, by name only.
_BARE_NAME_FIRST = re.compile(
    r"(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})(?:,\s*|\s+)(?:dan|serta|bersama|dengan)"
    r"\s+(?=" + TITLE.pattern[2:] + r")"
)
# "Penandatanganan berlangsung di X, oleh Sekda Y": the agent after any event wording,
# unless a passive verb other than signing ("dibuka oleh", "disaksikan oleh") governs it.
_OLEH = re.compile(r"\boleh\s+(?=" + TITLE.pattern[2:] + r")", re.I)
_OTHER_PASSIVE = re.compile(r"\bdi(?!tandatangan|teken|lakukan|laksanakan|gelar)[a-z]{3,}\b")
_REPRESENTED = re.compile(r"\byang\s+diwakili(?:\s+oleh)?\b|\bdiwakili(?:\s+oleh)?\b", re.I)
_REP_MARK = " \u27c2 "
_ON_BEHALF = re.compile(r"\b(?:mewakili|atas\s+nama|a\.\s?n\.?)\s*$", re.I)
_OBJECT = re.compile(r"\b(?:antara|dengan|bersama)\s+(?=" + TITLE.pattern[2:] + r")", re.I)
_RUN_TOKEN = re.compile(r"\([^)]*\)|,|[^\s,()]+")
_HONORIFICS = {
    "h",
    "hj",
    "drs",
    "dra",
    "dr",
    "ir",
    "prof",
    "kh",
    "bpk",
    "pak",
    "bu",
    "ibu",
    "bapak",
    "kang",
    "haji",
    "tgh",
    "gkbraa",
    "tuan",
    "nyonya",
    "ny",
    "sdr",
}
_DEGREES = {
    "sh",
    "mm",
    "msi",
    "st",
    "se",
    "mt",
    "mh",
    "mba",
    "bba",
    "ma",
    "msc",
    "phd",
    "spd",
    "mpd",
    "ssos",
    "sip",
    "sag",
    "mag",
    "ak",
    "ca",
    "mkes",
    "skm",
    "skom",
    "map",
    "mpa",
    "sstp",
    "mec",
    "me",
    "cpa",
    "ipu",
    "sp",
    "mars",
    "mkm",
    "ssi",
    "skep",
    "sth",
    "mhum",
    "shum",
    "shi",
    "mhi",
    "lc",
    "mpdi",
    "spdi",
    "sthi",
    "mtp",
    "mtr",
    "msp",
    "mkn",
    "sked",
    "ked",
    "asean",
    "eng",
    "dea",
    "bsc",
    "mpp",
    "mp",
    "mph",
    "cht",
    "cgcae",
    "ckp",
}
_STRUCTURAL = {
    "gubernur",
    "wakil",
    "bupati",
    "walikota",
    "wali",
    "kota",
    "sekda",
    "sekdaprov",
    "sekretaris",
    "daerah",
    "asisten",
    "kepala",
    "kadis",
    "dinas",
    "badan",
    "biro",
    "bidang",
    "provinsi",
    "prov",
    "pemprov",
    "setda",
    "setdaprov",
    "pemkab",
    "pemkot",
    "kabupaten",
    "kab",
    "pemerintah",
    "rektor",
    "universitas",
    "direktur",
    "utama",
    "ketua",
    "menteri",
    "pj",
    "plt",
    "plh",
    "penjabat",
    "pemda",
    "gubri",
    "gubsu",
    "i",
    "ii",
    "iii",
    "iv",
    "presiden",
    "dekan",
}


@dataclass
class Signatory:
    name: str | None
    title: str
    evidence: str
    confidence: float


def _is_structural(token: str) -> bool:
    gaz = get_gazetteer()
    bare = token.strip(".,").lower()
    if bare in _STRUCTURAL or gaz.province_code(token):
        return True
    # Acronyms of offices, regions and universities: "UKM", "DIY", "UGM", "BPOD".
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,}", token)) and bare not in _DEGREES


def parse_person(
    segment: str, local_names: frozenset[str] = frozenset()
) -> tuple[str | None, str] | None:
    """Split "Gubernur Jawa Barat (Jabar) Andi Saputra" into (name, title)."""
    segment = re.sub(r"[\s,]+(?:dan|dengan|serta|bersama)?\s*$", "", segment.strip())
    tokens = list(_RUN_TOKEN.finditer(segment))
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    for tok in tokens:
        word = tok.group()
        dotless = word.replace(".", "").lower()
        namelike = (
            word[:1].isupper() or dotless in _HONORIFICS or dotless in _DEGREES
        ) and not word.startswith("(")
        if namelike and word != ",":
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)

    def only_degrees(run: list[re.Match]) -> bool:
        return all(t.group().replace(".", "").lower() in _DEGREES | _HONORIFICS for t in run)

    # "Budi Santoso, M.Si" : degrees after a comma are not a run of their own.
    while runs and only_degrees(runs[-1]):
        runs.pop()
    if not runs:
        return None
    run = runs[-1]
    # Joined province names ("Jawa Barat", "Kepulauan Babel") are structural too.
    gaz = get_gazetteer()
    cut = -1
    i = 0
    while i < len(run):
        joined = " ".join(t.group() for t in run[i : i + 3])
        m = gaz.province_re.match(joined)
        if m and m.start() == 0:
            n = len(m.group().split())
            cut = i + n - 1
            i += n
            continue
        if _is_structural(run[i].group()) or run[i].group().strip(".,") in local_names:
            cut = i
        i += 1
    name_tokens = run[cut + 1 :]
    for k, tok in enumerate(name_tokens):
        if k > 0 and tok.group().replace(".", "").lower() in _HONORIFICS:
            name_tokens = name_tokens[k:]
            break
    while name_tokens and name_tokens[0].group().replace(".", "").lower() in _HONORIFICS:
        name_tokens = name_tokens[1:]
    while name_tokens and name_tokens[-1].group().replace(".", "").lower() in _DEGREES:
        name_tokens = name_tokens[:-1]
    if not name_tokens:
        title = segment.strip(" ,")
        return None, title
    name = " ".join(t.group().strip(".,") for t in name_tokens)
    start = run[cut + 1].start() if cut + 1 < len(run) else name_tokens[0].start()
    title = segment[:start].strip(" ,")
    return name, title


def _parse_phrase(
    phrase: str, base: str = "", local_names: frozenset[str] = frozenset()
) -> list[tuple[str | None, str]]:
    phrase = _REPRESENTED.sub(_REP_MARK, phrase)
    cut = _CUT.search(phrase)
    tail = ""
    if cut:
        nxt = _NEXT_SIGNER.search(phrase, cut.end())
        if (
            _LOCATIVE_CUT.match(cut.group())
            and nxt
            and not _NOT_SIGNER.search(phrase, cut.end(), nxt.start())
        ):
            tail = phrase[nxt.end() :]
        phrase = phrase[: cut.start()]
    starts = [
        m.start()
        for m in TITLE.finditer(phrase)
        if phrase[: m.start()].count("(") <= phrase[: m.start()].count(")")
    ]
    people = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(phrase)
        segment = phrase[start:end]
        if _REP_MARK.strip() in segment:
            continue  # this official was represented by the next one
        if _ON_BEHALF.search((base + phrase[:start])[-30:]):
            continue  # "mewakili Gubernur X": X did not sign himself
        parsed = parse_person(segment, local_names)
        if parsed:
            people.append(parsed)
    if tail:
        people += _parse_phrase(tail, "", local_names)
    return people


def find_signatories(
    sentences: list[tuple[str, bool]], local_names: frozenset[str] = frozenset()
) -> list[Signatory]:
    """``sentences``: (text, witnessed) for the counted signing sentences; ``local_names``:
    words naming regencies and cities in the article ("Sleman" in "Bupati Sleman X")."""
    out: list[Signatory] = []
    for text, witnessed in sentences:
        found: list[tuple[str | None, str]] = []
        if not witnessed:
            for m in ACTIVE_SIGN.finditer(text):
                region = text[: m.start()]
                boundary = max(
                    region.rfind('"'),
                    region.rfind(";"),
                    region.rfind(" \u2013 "),
                    region.rfind(" - "),
                    region.rfind(": "),
                )
                region = region[boundary + 1 :]
                first = next((t for t in TITLE.finditer(region)), None)
                if first:
                    found += _parse_phrase(region[first.start() :] + " ", region[: first.start()])
                break
        for m in PASSIVE_AGENT.finditer(text):
            rest = text[m.end() :]
            bare = _BARE_NAME_FIRST.match(rest)
            if bare and not TITLE.match(rest):
                found.append((bare.group("name"), ""))
                rest = rest[bare.end() :]
            if TITLE.match(rest):
                found += _parse_phrase(rest, "", local_names)
        first_sign = SIGN_WORD.search(text)
        for m in _OLEH.finditer(text):
            before = text[first_sign.end() if first_sign else 0 : m.start()]
            if first_sign and first_sign.end() <= m.start() and not _OTHER_PASSIVE.search(before):
                found += _parse_phrase(text[m.end() :], "", local_names)
        for m in list(SIGN_WORD.finditer(text)) + list(ACTIVE_SIGN.finditer(text)):
            obj = _OBJECT.search(text, m.end(), m.end() + 150)
            if obj:
                found += _parse_phrase(text[obj.end() :], text[: obj.end()], local_names)
                break
        for name, title in found:
            _add(out, Signatory(name, title, text, 0.85 if name else 0.5))
    return out


def _tokens(name: str) -> set[str]:
    return {t for t in re.findall(r"[a-z]+", name.lower()) if len(t) > 1}


def _add(out: list[Signatory], new: Signatory) -> None:
    for old in out:
        if new.name and old.name:
            a, b = _tokens(new.name), _tokens(old.name)
            if a and b and len(a & b) / min(len(a), len(b)) >= 0.5:
                return
        elif (not new.name and not old.name and new.title == old.title) or (
            not new.name and old.name and new.title.lower() in old.title.lower()
        ):
            return
    out.append(new)
