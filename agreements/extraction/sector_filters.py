"""Sector words that do not state an agreement's scope: names of the events a signing is
held at, places, funding vehicles, food staples of a food-supply deal, and the codes that
only a spelled-out scope can give."""

from __future__ import annotations

import re
from functools import lru_cache

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.lexicon import SIGN_WORD

INCIDENTAL = re.compile(
    # the event a signing is held at: "saat Misi Dagang dan Investasi Jatim", "acara Forum
    # Bisnis dan Investasi", "Rapat Koordinasi Bidang Perekonomian"
    r"\b(?:Misi\s+Dagang|Forum\s+(?:Bisnis|Investasi|Ekonomi)|Temu\s+(?:Bisnis|Usaha)|"
    r"Business\s+Forum|Rapat\s+Koordinasi|Rakor)"
    r"(?:\s+(?:dan|&)?\s*[A-Z][\w-]*)*|"
    r"\b(?i:kegiatan|acara|rangkaian|agenda|rangka|saat|dalam|bagian\s+dari)\s+(?i:misi\s+dagang|forum\s+bisnis|"
    r"temu\s+bisnis)(?:\s+(?i:dan|&)\s+(?i:investasi))?\b|"
    # the quoted theme of the event: 'Misi Dagang yang bertajuk "Jejaring Konektivitas ..."'
    r"\b(?i:bertajuk|bertema(?:kan)?|mengusung\s+tema|mengangkat\s+tema|dengan\s+tema)\s+"
    r"[\"\u201c][^\"\u201d]*[\"\u201d]?|"
    # an official's field in the title: "Asisten I Pemerintah Aceh bidang pemerintahan dan
    # keistimewaan Aceh"
    r"\b(?:Asisten|Staf\s+Ahli)\b(?:\s+\S+){0,5}?\s+(?i:bidang)\s+[a-z][\w\s]*?(?=[,.;]|\s+[A-Z]|$)|"
    # "pelayanan kesehatan di wilayah perbatasan": where a service is given, not border affairs
    r"\bdi\s+(?:(?i:wilayah|daerah|kawasan)\s+)?(?i:perbatasan)\b|"
    # "kabupaten yang berada pada batas wilayah kedua provinsi": where a road runs
    r"\b(?i:berada|terletak)\s+(?i:di|pada)\s+(?i:batas\s+wilayah|perbatasan)\b|"
    # "dengan tetap mengedepankan prinsip keseimbangan lingkungan": how the work is done
    r"\b(?i:mengedepankan|memperhatikan|menjunjung(?:\s+tinggi)?|berpegang\s+pada)\s+"
    r"(?i:prinsip)\b[^.;]*|"
    # "social distancing" during a ceremony
    r"\b(?i:sosial|social|physical|fisik)\s+(?i:distancing)\b|"
    # "Bantuan Keuangan Khusus (BKK)": how a project is paid for, not public finance
    r"\b(?i:bantuan\s+keuangan)(?:\s+(?i:khusus|provinsi|daerah))?\b|"
    # national agencies among the guests: "dihadiri Kodam, Polda, Badan Pusat Statistik"
    r"\bBadan\s+Pusat\s+Statistik\b|\bBadan\s+Pertanahan\s+Nasional\b|"
    # "unsur lintas sektor": many offices, no field
    r"\b(?i:lintas\s+sektor(?:al)?)\b",
)
# Names, places, titles and figures of speech that hold sector words but name no field.
MASK = re.compile(
    r"\b(?:di|ke)\s+(?:Hotel|Gedung|Balai|Rumah|Pendopo|Kantor|Aula|Ruang|Graha|Wisma)\b[^,.;]*|"
    r"\b(?:Asisten|Staf\s+Ahli)\b[^.;]*?\b(?:Setda\w*|Sekretariat\s+Daerah)\b|"
    r"\b(?:Menteri|Kementerian|Bank|PT\.?|Universitas|Kantor|Hotel|Gedung|Lembaga)"
    r"(?:\s+(?:dan|&)?\s*[A-Z][\w-]*)+|\([^)]*\)|"
    # Street and region names hold sector words: "Jalan Sudirman", "Kabupaten Pesisir Barat".
    r"\b(?:Jalan|Jl\.?|Jln\.?|Kabupaten|Kab\.|Kota|Pemkab|Pemkot|Bupati|Wali\s?[Kk]ota)"
    r"(?:\s+[A-Z][\w'-]*)+|"
    # "warga perbatasan berobat ...": where people live, not border management.
    r"\b(?:warga|penduduk|pasien|pelajar)\s+(?:di\s+)?(?:wilayah\s+|daerah\s+)?perbatasan\b|"
    # "lahan di Kelurahan Bentiring": a place, not village affairs
    r"\b(?i:Kelurahan|Desa|Kecamatan|Kampung)\s+(?!Provinsi\b|Prov\b)[A-Z][\w'-]*|"
    # the state's auditors are a party, not public finance: "Badan Pengawasan Keuangan dan ..."
    r"\bBadan\s+(?:Pengawasan|Pemeriksa)\s+Keuangan(?:\s+dan\s+Pembangunan)?\b|"
    # Business associations are parties, not fields: "Kamar Dagang dan Industri (Kadin)".
    r"\bKamar\s+Dagang\s+dan\s+Industri\b|\b(?:Himpunan|Ikatan|Asosiasi|Gabungan)\s+"
    r"(?:[A-Z][\w-]*\s+){0,4}(?:Pengusaha|Pedagang|Industri|Eksportir)(?:\s+[A-Z][\w-]*){0,3}|"
    # "peningkatan kapasitas kelembagaan": an organisation's strength, not training
    r"\b(?i:peningkatan|penguatan)\s+(?i:kapasitas)\s+(?i:institusi|kelembagaan|lembaga)\b|"
    # "membawa energi positif": a figure of speech
    r"\benergi\s+(?:positif|negatif|baru\s+bagi|luar\s+biasa)\b|"
    # social relations and problems in general are no social-affairs scope
    r"\b(?:hubungan|persoalan|permasalahan|masalah|media|dinamika|kohesi|interaksi)\s+sosial\b|"
    r"\bsosial\s+(?:kemasyarakatan|media)\b|"
    # "menjadi jembatan kerja sama": a figure of speech, not a bridge to build
    r"\b(?i:menjadi|sebagai)\s+(?i:jembatan)\b|\b(?i:jembatan)\s+(?i:kerja\s*sama|kerjasama|"
    r"komunikasi|penghubung|persahabatan|silaturahmi)\b|"
    # "Kabag Humas dan Protokol": an official's title, not the scope
    r"\b(?:Kabag|Kabid|Karo|Kasubag|Kasubbag|Kasi|Kadis|Kaban)\s+(?:(?:dan\s+)?[A-Z][\w&]*\s*){1,4}|"
    # "tidak hadir karena alasan kesehatan": why someone was absent
    r"\b(?i:alasan|faktor|kondisi|gangguan)\s+(?i:kesehatan)\b|"
    # "pejabat di lingkungan Pemko Solok": within the administration, not the environment
    r"\b(?i:lingkungan)(?=\s+(?:Pemko|Pemkot|Pemkab|Pemprov|Pemda|Pemerintah|Setda\w*|Sekretariat|"
    r"Sekda|Balai\s?[Kk]ota|(?i:kantor|instansi|kerja|internal))\b)|"
    # "acara dirangkaikan dengan pelantikan pengurus FKUB": a side event, not the scope
    r"\bdirangkai(?:kan)?\s+(?:pula\s+)?dengan\s+(?:pelantikan|pengukuhan|peresmian|peluncuran|"
    r"upacara|apel|peringatan|pembukaan)\b[^.;]*|"
    # "bagian dari rangkaian Rapat Koordinasi ... terkait Peningkatan Kapasitas TPID": the
    # meeting the signing was held at, not its scope
    r"\b(?:bagian\s+dari\s+)?rangkaian\s+(?:kegiatan\s+|acara\s+)?(?:Rapat|Rakor\w*|Rapim|"
    r"Musrenbang|Seminar|Sidang|Konferensi|Pertemuan|Peringatan|HUT)\b[^.;]*|"
    # "hilirisasi komoditas unggulan": what is processed downstream, not traded
    r"(?<=[Hh]ilirisasi\s)(?i:komoditas|komoditi)(?:\s+(?i:unggulan|utama))?|"
    # "akan menjadi arsip tanpa makna", "dunia usaha dan dunia industri", "kerja sama lintas
    # batas": figures of speech, the business world and the reach of the cooperation
    r"\b(?i:menjadi|sekadar|hanya|sebatas)\s+(?:(?i:sebuah|tumpukan)\s+)?(?i:arsip|dokumen)\b|"
    r"\b(?i:dunia\s+usaha\s*(?:/|dan|&)\s*dunia\s+industri)\b|\bDUDI\b|"
    r"\b(?i:kerja\s*sama|kerjasama|kolaborasi|sinergi)\s+(?i:lintas\s+(?:batas|wilayah|daerah))\b",
)
# Where a sentence stops giving scope: one side's economy or potential described, a support
# already in place, and a programme's target figures.
NOT_SCOPE = re.compile(
    # "menjelaskan potensi daerahnya dalam bidang ...", "memaparkan potensi unggulan ..."
    r"\b(?:menjelaskan|memaparkan|mempromosikan|memperkenalkan|menyampaikan)\s+(?:\S+\s+){0,2}?"
    r"potensi\b|"
    # "Pertumbuhan ekonomi Maluku Utara sangat ditopang dari nikel dan perikanan"
    r"\b(?:ditopang|bertumpu\s+pada|didominasi)\b|"
    # "dengan adanya dukungan sektor pelayaran ... yang telah tersedia"
    r"\bdukungan\s+(?:dari\s+)?sektor\b|"
    # "target ... mencakup luas lahan baku sawah sebesar 970.354 hektare"
    r"\btarget\b(?=[^.]{0,120}?\d[\d.,]*\s*(?:hektare|hektar|ha|ton|persen|%))|"
    # one side's role: "terutama sebagai daerah penopang pangan dan industri nasional"
    r"\b(?:sebagai|menjadi)\s+(?:(?:daerah|provinsi|wilayah|kawasan)\s+)?(?:penopang|penyangga|"
    r"lumbung|pemasok|penghasil|sentra)\b|"
    # why a thing matters: "sangat penting artinya bagi masyarakat, dan juga menyangkut ..."
    r"\bpenting\s+artinya\b",
    re.I,
)
# "trantibum linmas wilayah perbatasan": the border region where another field applies.
_BORDER_AS_PLACE = re.compile(
    r"\b(?!(?:dan|serta|atau|bidang|sektor|urusan|pengelolaan|pembangunan|penanganan|"
    r"penataan|pengembangan|masalah|permasalahan|penegasan|tentang|terkait|yaitu|yakni|"
    r"meliputi|mencakup|kawasan|di|antara|lainnya)\b)[a-z]+\s+"
    r"(?P<place>(?:wilayah|daerah)\s+perbatasan)\b"
)


@lru_cache(maxsize=1)
def _region_names_with_sector_words() -> re.Pattern | None:
    """Bare names of regencies and cities holding a sector word ("Batu Bara", "Tulang
    Bawang", "Hulu Sungai Selatan"): a region named without "Kabupaten" is still a place."""
    gaz = get_gazetteer()
    names = set()
    for name in gaz.region_names.values():
        bare = re.sub(r"^(?:Kabupaten|Kota)\s+", "", name)
        if gaz.sector_re.search(bare) or gaz.sector_re.search(bare.replace(" ", "")):
            names.add(bare)
            names.add(bare.replace(" ", ""))
            names.add(bare.replace(" ", "").capitalize())  # "Batubara"
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")\b")


def incidental_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in INCIDENTAL.finditer(text)]
    spans += [m.span("place") for m in _BORDER_AS_PLACE.finditer(text)]
    regions = _region_names_with_sector_words()
    if regions is not None:
        spans += [m.span() for m in regions.finditer(text)]
    return spans


# Food staples and the word "komoditas": in a food-supply deal they are the food supplied,
# not farming or trade besides.
_STAPLES = re.compile(
    r"^(?:komoditas|komoditi|cabai|cabe|bawang|beras|gabah|jagung|kedelai|telur|bahan\s+pokok|"
    r"sembako|sayuran|sayur-mayur|daging|gula|minyak\s+goreng)$",
    re.I,
)
STAPLE_CODES = frozenset({"pertanian", "perdagangan"})


def is_staple(keyword: str) -> bool:
    return bool(_STAPLES.match(keyword.strip()))


# Supporting functions and fields the reference has codes for but that an agreement rarely
# names: read only from a scope spelled out, never from a passing word or an office's remit.
EXPLICIT_ONLY = frozenset(
    {
        "sekretariat_daerah",
        "sekretariat_dprd",
        "perencanaan",
        "statistik",
        "persandian",
        "kepegawaian",
        "kearsipan",
        "perpustakaan",
        "perkim",
        "pppa",
        "ppkb",
        "pertanahan",
        "adminduk_capil",
        "kepemudaan_olahraga",
    }
)


# A trade mission ("Misi Dagang dan Investasi") is where many signings take place; the
# agreements signed there have trade in their scope, and investment when the mission is
# named for it ("misi dagang dan investasi", "tapi juga program investasi").
_TRADE_MISSION = re.compile(r"\bmisi\s+dagang\b", re.I)
_MISSION_INVESTMENT = re.compile(
    r"\bmisi\s+dagang\s+(?:dan|&)\s+investasi\b|\bprogram\s+investasi\b", re.I
)
_SIGNED = re.compile(
    SIGN_WORD.pattern + r"|\b(?:MoU|PKS|perjanjian\s+kerja\s*sama|kesepakatan\s+bersama)\b", re.I
)


_FRAMES_SIGNING = re.compile(
    r"^\W*(?:Ini|Hal\s+ini|(?:Penandatanganan|Kegiatan|Acara)\s+(?:ini|tersebut|itu))\s+"
    r"(?:digelar\s+|dilaksanakan\s+|berlangsung\s+)?dalam\s+rangka\b",
    re.I,
)


def trade_mission_codes(sentences: list[str]) -> tuple[set[str], list[str]]:
    """Trade (and investment) when a signing is reported at a trade mission: in the same
    sentence, or in an article whose headline or lead is the mission."""
    if not any(SIGN_WORD.search(s) for s in sentences):
        return set(), []
    # the sentence after the signing may put it in the mission: "Ini dalam rangka ..."
    signed = {
        i
        for i, s in enumerate(sentences)
        if _SIGNED.search(s)
        or (i > 0 and _FRAMES_SIGNING.match(s) and _SIGNED.search(sentences[i - 1]))
    }
    at_mission = [
        (i, s)
        for i, s in enumerate(sentences)
        if _TRADE_MISSION.search(s) and (i < 2 or i in signed)
    ]
    if not at_mission:
        return set(), []
    codes = {"perdagangan"}
    # investment when the signing itself is named for it: "menandatangani MoU Misi Dagang
    # dan Investasi", not a headline on the mission's figures
    if any(_MISSION_INVESTMENT.search(s) for i, s in at_mission if i in signed):
        codes.add("penanaman_modal")
    return codes, [at_mission[0][1]]
