"""Sectors of the agreed scope, mapped to urusan / supporting-function codes.

Only the scope is read: the signing sentences, sentences that spell out the fields of the
cooperation ("di bidang ...", "meliputi ...", "sektor ..."), and the offices that signed
sector agreements (PKS). Wishes and offers are left out, and so are names (offices,
venues, companies) that merely contain a sector word.
"""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.opds import Opd, _scan_acronyms, _scan_full_names

_SCOPE = re.compile(
    r"\b(?:bidang|sektor|meliputi|ruang\s+lingkup|lingkup|yakni|yaitu|mencakup|tentang|"
    r"terkait|dalam\s+hal|antara\s+lain|fokus|misi)\b",
    re.I,
)
_COOP = re.compile(
    r"\b(?:kerja\s*sama|kerjasama|kesepakatan|MoU|PKS|perjanjian|sepakat|disepakati|"
    r"bersepakat|bekerja\s*sama|nota)\b",
    re.I,
)
_WISH = re.compile(
    r"\b(?:berharap|harapan|harapnya|diharapkan|semoga|mudah-mudahan|tawaran|menawarkan|"
    r"keinginan|ingin|usul\w*|mengajak|potensi\s+yang\s+bisa)\b",
    re.I,
)
# ", kata Kabag Humas ..." : what follows a quote is attribution, not scope.
_ATTRIBUTION = re.compile(r'[,"]\s*"?\s*(?:kata|ujar|ungkap|jelas|tutur|sebut|terang)\b', re.I)
_PKS = re.compile(r"\b(?:perjanjian\s+kerja\s*sama|PKS)\b", re.I)
_CONTINUES = re.compile(r"^(?:Selain\s+itu|Juga|Kemudian|Serta|Termasuk)\b", re.I)
_MASK = re.compile(
    r"\b(?:di|ke)\s+(?:Hotel|Gedung|Balai|Rumah|Pendopo|Kantor|Aula|Ruang|Graha|Wisma)\b[^,.;]*|"
    r"\b(?:Asisten|Staf\s+Ahli)\b[^.;]*?\b(?:Setda\w*|Sekretariat\s+Daerah)\b|"
    r"\b(?:Menteri|Kementerian|Bank|PT|Universitas|Kantor|Hotel|Gedung)"
    r"(?:\s+(?:dan|&)?\s*[A-Z][\w-]*)+|\([^)]*\)",
)


def _masked(text: str) -> str:
    spans: list[tuple[int, int]] = []
    consumed: list[tuple[int, int]] = []
    for m in _scan_full_names(text, consumed) + _scan_acronyms(text, consumed, set()):
        spans.append((m[0], m[1]))
    spans += [m.span() for m in _MASK.finditer(text)]
    chars = list(text)
    for a, b in spans:
        for i in range(a, min(b, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _codes_in(text: str) -> set[str]:
    gaz = get_gazetteer()
    codes: set[str] = set()
    for m in gaz.sector_re.finditer(text):
        codes |= gaz.sectors_of(m.group())
    return codes


def opd_codes(opd: Opd) -> set[str]:
    gaz = get_gazetteer()
    codes = set()
    if opd.acronym and opd.acronym.lower() in gaz.opd_acronyms:
        codes |= set(gaz.opd_acronyms[opd.acronym.lower()][1])
    core = opd.name.split(" Prov")[0]
    codes |= _codes_in(core)
    return codes


def find_sectors(
    sentences: list[str], scope_idx: set[int], pks_opds: list[Opd]
) -> tuple[list[str], list[str], float]:
    """Sector codes, evidence sentences and a confidence."""
    codes: dict[str, None] = {}
    evidence: list[str] = []
    chosen = set(scope_idx)
    for i, text in enumerate(sentences):
        has_scope = _SCOPE.search(text)
        # The scope often follows the sentence naming the agreement ("... kesepakatan ini.
        # Kita akan memprioritaskan infrastruktur, pendidikan ...").
        near_coop = any(_COOP.search(sentences[j]) for j in range(max(0, i - 2), i + 1))
        if has_scope and near_coop:
            chosen.add(i)
    for i in sorted(chosen):
        if i + 1 < len(sentences) and _CONTINUES.match(sentences[i + 1]):
            chosen.add(i + 1)
    for i in sorted(chosen):
        text = sentences[i]
        for cut in (_WISH.search(text), _ATTRIBUTION.search(text)):
            if cut:
                text = text[: cut.start()]
        found = _codes_in(_masked(text))
        if found:
            evidence.append(sentences[i])
            for c in sorted(found):
                codes.setdefault(c, None)
    for opd in pks_opds:
        for c in sorted(opd_codes(opd)):
            if c not in codes:
                codes[c] = None
                evidence.append(opd.evidence)
    confidence = 0.7 if codes else 0.5
    return list(codes), list(dict.fromkeys(evidence)), confidence


def pks_sentence_indexes(sentences: list[str], counted: set[int]) -> set[int]:
    """Sentences naming sector agreements between offices (PKS), with their list lines."""
    out: set[int] = set()
    for i in sorted(counted):
        if not _PKS.search(sentences[i]):
            continue
        out.add(i)
        j = i + 1
        # A list introduced by "diantaranya :" runs over the following short lines.
        if sentences[i].rstrip().endswith(":"):
            while j < len(sentences) and re.search(
                r"\b(?:Dinas|Badan|Biro|Dis[a-z]+)\b", sentences[j]
            ):
                out.add(j)
                j += 1
    return out
