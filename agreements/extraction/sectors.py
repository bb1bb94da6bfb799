"""Sectors of the agreed scope, mapped to urusan / supporting-function codes.

Only the scope is read: the signing sentences, sentences that spell out the fields of the
cooperation ("di bidang ...", "meliputi ...", "sektor ..."), and the offices that signed
sector agreements (PKS). Wishes and offers are left out, and so are names (offices,
venues, companies) that merely contain a sector word.
"""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.lexicon import SIGN_WORD
from agreements.extraction.opds import Opd, _scan_acronyms, _scan_full_names, find_opds
from agreements.extraction.sector_filters import (
    EXPLICIT_ONLY,
    MASK,
    NOT_SCOPE,
    STAPLE_CODES,
    incidental_spans,
    is_staple,
    trade_mission_codes,
)

# "keahlian di bidang informasi": an expertise, not a field of the cooperation
_NOT_FIELD = r"(?<!keahlian\sdi\s)(?<!ahli\sdi\s)(?<!berpengalaman\sdi\s)"
_SCOPE = re.compile(
    r"\b(?:" + _NOT_FIELD + r"bidang|sektor|meliputi|ruang\s+lingkup|lingkup|yakni|yaitu|"
    r"mencakup|tentang|terkait|dalam\s+hal|antara\s+lain|fokus|difokuskan|berfokus|memfokuskan|fokusnya|"
    r"misi|materi|mengatur|menyangkut|berisi|isinya|memuat|diarahkan|dikerjasamakan|poin|butir|"
    r"(?:mem|di)?prioritas(?:kan)?|(?<=\S\s)(?:terutama|khususnya|utamanya)|"
    # what one side takes over from the other: "mempelajari dan mengadopsi sistem ..."
    r"mengadopsi|mereplikasi|mempelajari|"
    r"sepakat|menyepakati)\b",
    re.I,
)
# The wording of a scope spelled out, as opposed to a field merely mentioned near the signing.
_EXPLICIT_SCOPE = re.compile(
    r"\b(?:" + _NOT_FIELD + r"bidang|sektor|meliputi|ruang\s+lingkup|lingkup|mencakup|tentang|"
    r"terkait|yakni|yaitu|"
    r"antara\s+lain|difokuskan|berfokus|fokus\s+pada|menyangkut|dikerjasamakan|poin|butir|"
    # "memorandum tujuh poin yang isinya meningkatkan ruas jalan ..."
    r"(?<=yang\s)isinya)\b",
    re.I,
)
# A speaker's words about the agreement ("Menurut Anies, ... terkait beras", a quote) give
# part of the scope as that speaker sees it, not the document's list.
_REPORTED = re.compile(
    r"^\W*(?:Menurut|Kata|Ujar)\b|[\"\u201c\u201d]|[,.]\s*(?:kata|ujar|ucap|ungkap|jelas|tutur|"
    r"terang|tegas|papar|imbuh|tambah|sebut)(?:nya)?\b",
    re.I,
)
# "Dalam sambutannya, Gubernur mengatakan, ada tiga aspek ... yaitu ekonomi, SDM ...": the
# speech's own themes, unless the sentence speaks of the cooperation.
_SPEECH = re.compile(
    r"^\W*(?:Dalam|Pada|Saat|Ketika)\s+(?:memberikan\s+|menyampaikan\s+)?sambutan(?:nya)?\b", re.I
)
_STRONG_SCOPE = re.compile(r"\b(?:ruang\s+lingkup|lingkup\s+kerja\s*sama)\b", re.I)
_COOP = re.compile(
    r"\b(?:kerja\s*sama|kerjasama|kesepakatan|MoU|memorandum|PKS|perjanjian|sepakat|disepakati|"
    r"bersepakat|bekerja\s*sama|nota|kolaborasi|komitmen\s+bersama|(?-i:KB|Kesber))\b",
    re.I,
)
_WISH = re.compile(
    r"\b(?:berharap|harapan|harapnya|diharapkan|semoga|mudah-mudahan|tawaran|menawarkan|"
    r"keinginan|ingin|usul\w*|mengajak|potensi\s+yang\s+bisa|dijajaki|menjajaki|"
    # one side's challenges, what could be developed, and one side's offer of help
    r"tantangan|(?:dapat|bisa|siap)\s+(?:dikembangkan|dikolaborasikan|dikerjasamakan)|"
    # fields left for later: "tiga sektor lain berpotensi dikembangkan", "masih ada tiga
    # bidang yang bisa dikerja samakan lagi", and what it may open up: "membuka peluang ..."
    r"(?:dapat|bisa|berpotensi|berpeluang)\s+(?:untuk\s+)?(?:dikembangkan|dikerja\s+samakan)|"
    r"membuka\s+peluang|"
    r"(?:berkomitmen|siap)\s+(?:untuk\s+)?(?:membantu|mendukung)|"
    # one side ready to cooperate, unlike "Kedua pihak siap melakukan kerja sama: ..."
    r"(?<!pihak\s)(?<!daerah\s)(?<!keduanya\s)siap\s+(?:untuk\s+)?(?:melakukan|menjalin)|"
    # what a speaker stresses matters, and one side's own efforts: "menekankan pentingnya
    # kerja sama di sektor ...", "Pemkab selalu berupaya meningkatkan ..."
    r"(?:menekankan|menegaskan|menyoroti|mengingatkan)\s+(?:akan\s+)?pentingnya|"
    r"(?:selalu|terus|senantiasa)\s+(?:berupaya|berusaha)|"
    # a speaker's own plans: "menyinggung rencananya berkunjung untuk meninjau sektor ..."
    r"rencananya|(?<!keluarga\s)berencana|"
    # a request or an instruction to one side: "meminta semacam pelatihan", "menyampaikan
    # kepada Kepala BPKAD agar ..."
    # a briefing on one side's own programmes: "mendengarkan penjelasan Direktur ... terkait"
    r"(?:mendengarkan|mendengar|menyimak)\s+(?:penjelasan|paparan|pemaparan)|"
    r"meminta|mengimbau|menginstruksikan|(?:menyampaikan|berpesan)\s+kepada\s+[^.]{0,80}?agar)\b|"
    # what one side has to show ("Jambi memiliki beberapa potensi yakni karet, kopi ..."),
    # not what was agreed
    r"\b(?:memiliki|mempunyai|punya)\s+(?:\S+\s+){0,2}?(?:potensi|komoditas|komoditi|"
    r"destinasi|keunggulan)\b|\bdestinasi\s+wisata\s+(?:seperti|antara\s+lain)\b",
    re.I,
)
# ", kata Kabag Humas ..." : what follows a quote is attribution, not scope.
_ATTRIBUTION = re.compile(r'[,"]\s*"?\s*(?:kata|ujar|ungkap|jelas|tutur|sebut|terang)\b', re.I)
_PKS = re.compile(r"\b(?:perjanjian\s+kerja\s*sama|PKS)\b", re.I)
# Sentences that carry on a scope list: "Selain itu ...", "Pertama, ... Kedua, ...".
_CONTINUES = re.compile(
    # bullet-like lines of a list: "- perdagangan;", "1. pariwisata", "a) perikanan"
    r"^(?:[-\u2022*\u00b7\u2013]\s*|\d{1,2}[.)]\s+|[a-p][.)]\s+)\S|"
    # a list written as lines of "Bidang X" / "Sektor Y"
    r"^(?:Bidang|Sektor)\s+\S|"
    r"^(?:Selain\s+itu|Juga|Kemudian|Serta|Termasuk|Mulai\s+dari|Pertama|Kedua|Ketiga|Keempat|Kelima|"
    r"Keenam|Ketujuh|Kedelapan|Kesembilan|Kesepuluh|Terakhir|Selanjutnya)\b|"
    # items of a list written as sentences of their own: "Memperkuat koordinasi ...",
    # "Selain itu, memberdayakan UMKM ..."
    r"^(?:Memperkuat|Meningkatkan|Mendorong|Memberdayakan|Mengembangkan|Mengoptimalkan|"
    r"Optimalisasi|Penguatan|Peningkatan|Pengembangan|Pemberdayaan)\s",
    re.I,
)
_BULLET = re.compile(r"^[-\u2022*\u00b7\u2013]$")
# A line of a list ("- perdagangan;", "2) pariwisata", "Kedua, ..."), as opposed to a sentence
# that merely follows the scope ("Kedua gubernur juga ...").
_LIST_LINE = re.compile(
    r"^(?:[-\u2022*\u00b7\u2013]\s*|\d{1,2}[.)]\s+|[a-p][.)]\s+)\S|^(?:Bidang|Sektor)\s+\S|"
    r"^(?:Pertama|Kedua|Ketiga|Keempat|Kelima|Keenam|Ketujuh|Kedelapan|Kesembilan|Kesepuluh|"
    r"Terakhir|Selain\s+itu)\s*,|^(?:Memperkuat|Meningkatkan|Mendorong|Memberdayakan|"
    r"Mengembangkan|Mengoptimalkan|Optimalisasi|Penguatan|Peningkatan|Pengembangan|"
    r"Pemberdayaan)\s",
    re.I,
)


_OFFICES_AS_SCOPE = re.compile(
    r"\b(?:fokus|difokuskan|berfokus|melibatkan|meliputi|mencakup)\s+(?:pada\s+)?(?:\S+\s+){0,2}?"
    r"(?:organisasi\s+perangkat\s+daerah|perangkat\s+daerah|OPD|SKPD)\b",
    re.I,
)


def _masked(text: str) -> str:
    spans: list[tuple[int, int]] = []
    consumed: list[tuple[int, int]] = []
    for m in _scan_full_names(text, consumed) + _scan_acronyms(text, consumed, set()):
        spans.append((m[0], m[1]))
    spans += [m.span() for m in MASK.finditer(text)]
    spans += incidental_spans(text)
    chars = list(text)
    for a, b in spans:
        for i in range(a, min(b, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _codes_in(text: str, food_deal: bool = False) -> set[str]:
    gaz = get_gazetteer()
    codes: set[str] = set()
    from_staples: set[str] = set()
    # Keywords are kept with spaces; "batas-batas daerah" is written with a hyphen.
    for m in gaz.sector_re.finditer(_HYPHEN.sub(" ", text)):
        found = gaz.sectors_of(m.group())
        (from_staples if is_staple(m.group()) else codes).update(found)
    if food_deal or "pangan" in codes | from_staples:
        # "komoditas beras, cabai ..." supplied in a food deal: food, not farming or trade
        from_staples -= STAPLE_CODES
    return codes | from_staples


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


_HEADLINE_PARTS = re.compile(r"\s*(?:[,:;|]|\s[-\u2013\u2014]\s)\s*")


def _headline_scope(text: str) -> str:
    """A headline joins clauses of different stories ("X dan Y Teken MoU, Gubernur Pamer
    Sekolah Gratis"): only the clauses about the agreement give its scope."""
    parts = _HEADLINE_PARTS.split(text)
    # "... MoU : Prioritas Tol, Pelabuhan dan Pertanian": a part that names the scope stays
    kept = [p for p in parts if _COOP.search(p) or SIGN_WORD.search(p) or _SCOPE.search(p)]
    return ", ".join(kept) if kept and len(kept) < len(parts) else text


# "kerja sama perdagangan dan investasi", "misi dagang", "MoU bidang pariwisata": the field
# named right after the cooperation word, wherever in the article it stands.
_COOP_TOPIC = re.compile(
    r"\b(?:kerja\s*sama|kerjasama|MoU|kesepakatan|perjanjian|kemitraan|bekerja\s*sama\s+dalam)"
    r"(?:\s+(?:di\s+)?(?:bidang|sektor))?\s+"
    # "kerja sama dengan DKI akan memperkuat promosi ...", "kerja sama ini akan membangun
    # konektivitas": what follows is a partner or a sentence, not the field
    r"(?!(?:dengan|ini|itu|tersebut|akan|juga|telah|sudah|dapat|bisa|harus|tidak|merupakan|"
    r"adalah|menjadi|diharapkan|yang)\b)(?P<topic>[^,.;:\"()]{3,70}?)"
    r"(?=\s+(?:dengan|antara|antar|yang|untuk|bagi|oleh|di|pada|ini|itu|tersebut|sebagai|"
    r"guna|agar|melalui|kedua|bersama)\b|[,.;:\"()]|$)",
    re.I,
)


# '"Kabupaten/kota itu sudah menjalin kerja sama, termasuk dalam hal budaya," katanya': a
# speaker on cooperation that already runs, not on the agreement just signed.
_QUOTED_EARLIER = re.compile(
    r'^\W*["\u201c][^"\u201d]*?\b(?:sudah|telah)\s+(?:lama\s+)?(?:menjalin|membangun|'
    r"menjalankan|bekerja\s*sama)\b",
    re.I,
)


def _scope_text(text: str) -> str:
    """The scope part of a sentence: what comes before a wish, and before the attribution of
    a quote unless the scope goes on after it ("Objeknya, kata Babar, meliputi industri")."""
    if _QUOTED_EARLIER.search(text):
        return ""
    cuts = [m.start() for m in (_WISH.search(text), NOT_SCOPE.search(text)) if m]
    if cuts:
        text = text[: min(cuts)]
    attribution = _ATTRIBUTION.search(text)
    if attribution and not _SCOPE.search(text, attribution.end()):
        text = text[: attribution.start()]
    return text


def _topic_codes(text: str) -> set[str]:
    codes: set[str] = set()
    text = _scope_text(text)
    masked = _masked(text)
    topics = [m.group("topic") for m in _COOP_TOPIC.finditer(masked)]
    # "kerja sama ... distribusi bahan pokok untuk pengendalian inflasi": staples of a food deal
    food_deal = bool(topics) and "pangan" in _codes_in(masked)
    for topic in topics:
        codes |= _codes_in(topic, food_deal)
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
        if _STRONG_SCOPE.search(text):
            chosen.add(i)  # "Ruang lingkup KB meliputi ...": scope by itself
        # The scope often follows the sentence naming the agreement ("... kesepakatan ini.
        # Kita akan memprioritaskan infrastruktur, pendidikan ...").
        near_coop = any(_COOP.search(sentences[j]) for j in range(max(0, i - 2), i + 1))
        # "Sulsel siap membantu provinsi baru ini. Termasuk di bidang digitalisasi ...": the
        # offer goes on
        offer_goes_on = i > 0 and _CONTINUES.match(text) and _WISH.search(sentences[i - 1])
        speech_aside = _SPEECH.match(text) and not _COOP.search(text)
        if has_scope and near_coop and not offer_goes_on and not speech_aside:
            chosen.add(i)
    continued: set[int] = set()
    for i in sorted(chosen):
        j = i + 1
        # "meliputi:" / "-" / "Investasi" / "-" / ...: a bullet on a line of its own
        while j < len(sentences) and (
            _CONTINUES.match(sentences[j])
            or _BULLET.match(sentences[j])
            or _BULLET.match(sentences[j - 1])
        ):
            continued.add(j)
            j += 1
    chosen |= continued
    # Codes read from a sentence that spells the scope out ("di bidang ...", "meliputi ...")
    # are strong evidence; those from a cooperation word's topic, an office's remit or a
    # headline are weak, and so is everything when the article names no scope at all.
    strong: set[str] = set()
    for i in sorted(chosen):
        text = sentences[i]
        headline = i == 0 and not re.search(r"[.!?\"']$", text)
        if headline:
            text = _headline_scope(text)
        text = _scope_text(text)
        masked = _masked(text)
        explicit = not headline and bool(
            _EXPLICIT_SCOPE.search(masked) or (i in continued and _LIST_LINE.match(text))
        )
        found = _codes_in(masked)
        if not explicit:
            # "kerja sama perencanaan pembangunan" names it; a passing "PNS" does not
            found -= EXPLICIT_ONLY - _topic_codes(text)
        if not found and _OFFICES_AS_SCOPE.search(text):
            # "difokuskan pada perangkat daerah seperti Dinas Kominfotik, DPMPTSP ...": the
            # offices' fields are the scope, but not the support work of a Bappeda or a BKD
            found = set().union(*(opd_codes(o) for o in find_opds([text]))) - EXPLICIT_ONLY
            explicit = False  # an office's remit is a guess at the scope, not its wording
        if found:
            evidence.append(sentences[i])
            if explicit and not _REPORTED.search(sentences[i]):
                strong |= found
            for c in sorted(found):
                codes.setdefault(c, None)
    for i, text in enumerate(sentences):
        if i in chosen:
            continue
        found = _topic_codes(text)
        if found:
            evidence.append(text)
            for c in sorted(found):
                codes.setdefault(c, None)
    if not codes:
        _add_office_codes(codes, evidence, pks_opds)
    # a scope spelled out ("PKS terkait pelatihan teknis bidang kominfo") or named in the
    # signing ("kerja sama perikanan itu ditandatangani saat Misi Dagang") is the agreement's
    # own; the trade mission it was signed at adds its field only to a scope left unwritten
    named = strong or any(_topic_codes(sentences[i]) for i in scope_idx)
    mission, mission_evidence = trade_mission_codes(sentences) if not named else (set(), [])
    if mission - codes.keys():
        codes.update(dict.fromkeys(sorted(mission - codes.keys())))
        evidence += mission_evidence
    return list(codes), list(dict.fromkeys(evidence)), _confidence(list(codes), strong)


def _add_office_codes(codes: dict[str, None], evidence: list[str], pks_opds: list[Opd]) -> None:
    """The fields of the offices that signed sector agreements (PKS), when the text names no
    scope at all: a "Dinas Pertanian dan Ketahanan Pangan" or a "Dinas Perdagangan" signing
    a food-supply deal does not add farming or trade to it."""
    # support work counts only for a PKS between two offices of that kind ("Badan
    # Kepegawaian" with "Badan Kepegawaian Daerah"), not for a Biro or Bappeda taking part
    support_count: dict[str, int] = {}
    for opd in pks_opds:
        for c in opd_codes(opd) & EXPLICIT_ONLY:
            support_count[c] = support_count.get(c, 0) + 1
    for opd in pks_opds:
        own = opd_codes(opd)
        if own & codes.keys():
            # Another office named this field: of its other urusan keep only those its name
            # spells out ("Perindustrian dan Perdagangan"), not the whole remit of its type
            # (a Diskominfo is not signing on cryptography).
            own = _codes_in(opd.name.split(" Prov")[0])
        own = {c for c in own if c not in EXPLICIT_ONLY or support_count.get(c, 0) >= 2}
        for c in sorted(own - codes.keys()):
            codes[c] = None
            evidence.append(opd.evidence)


def _confidence(codes: list[str], strong: set[str]) -> float:
    """Highest when every code comes from a sentence that spells the scope out and the
    scope is short: a long list is seldom read without a slip or a gap, and a field found
    only near the signing may be a passing mention. Never the review queue's 0.8: on real
    articles read apart from the rules, even the surest lists were exactly right in only
    about 60 % of cases, so a sector list is always left for the reviewer to confirm."""
    if not codes:
        return 0.5
    if len(codes) <= 2:
        return 0.75 if strong.issuperset(codes) else 0.7
    return 0.6


# "PKS itu melibatkan Dinas A, Dinas B ...", "Ketiga PKS itu masing-masing antara Dinas A ...":
# the offices of the PKS just reported, named in a sentence of their own.
_PKS_OFFICES = re.compile(
    r"\b(?:PKS|perjanjian|kerja\s*sama)\s+(?:\w+\s+){0,2}?(?:itu|tersebut|ini)\b"
    r"[^.]*?\b(?:melibatkan|masing-masing|antara|yakni|yaitu|meliputi|oleh)\b[^.]*?"
    r"\b(?:Dinas|Badan|Biro|Dis[a-z]{3,})\b",
    re.I,
)


def pks_sentence_indexes(sentences: list[str], counted: set[int]) -> set[int]:
    """Sentences naming sector agreements between offices (PKS), with their list lines."""
    out: set[int] = set()
    for i in sorted(counted):
        if not _PKS.search(sentences[i]):
            continue
        out.add(i)
        out.update(
            j
            for j in range(i + 1, min(i + 3, len(sentences)))
            if _PKS_OFFICES.search(sentences[j]) and not _WISH.search(sentences[j])
        )
        j = i + 1
        # A list introduced by "diantaranya :" runs over the following short lines.
        if sentences[i].rstrip().endswith(":"):
            while j < len(sentences) and re.search(
                r"\b(?:Dinas|Badan|Biro|Dis[a-z]+)\b", sentences[j]
            ):
                out.add(j)
                j += 1
    return out
