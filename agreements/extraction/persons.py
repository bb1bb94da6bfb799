"""A person's name and title out of a phrase: "Gubernur Jawa Barat (Jabar) H. Andi Saputra,
M.Si" -> ("Andi Saputra", "Gubernur Jawa Barat (Jabar)"). Honorifics, degrees and the words
of titles and office names are told apart from the name."""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import get_gazetteer

_RUN_TOKEN = re.compile(r"\([^)]*\)|,|[^\s,()]+")
_HONORIFICS = {
    "h", "hj", "drs", "dra", "dr", "ir", "prof", "kh", "bpk", "pak", "bu", "ibu", "bapak",
    "kang", "haji", "tgh", "gkbraa", "tuan", "nyonya", "ny", "sdr", "capt",
}  # fmt: skip
_DEGREES = {
    "sh", "mm", "msi", "st", "se", "mt", "mh", "mba", "bba", "ma", "msc", "phd", "spd", "mpd",
    "ssos", "sip", "sag", "mag", "ak", "ca", "mkes", "skm", "skom", "map", "mpa", "sstp", "mec",
    "me", "cpa", "ipu", "sp", "mars", "mkm", "ssi", "skep", "sth", "mhum", "shum", "shi", "mhi",
    "lc", "mpdi", "spdi", "sthi", "mtp", "mtr", "msp", "mkn", "sked", "ked", "asean", "eng",
    "dea", "bsc", "mpp", "mp", "mph", "cht", "cgcae", "ckp", "llm", "llb", "lld", "mcl", "mma",
    "mmr", "msm", "dipl", "dba", "mkp", "meng",
}  # fmt: skip
_STRUCTURAL = {
    "gubernur", "wakil", "bupati", "walikota", "wali", "kota", "sekda", "sekdaprov",
    "sekretaris", "daerah", "asisten", "kepala", "kadis", "dinas", "badan", "biro", "bidang",
    "provinsi", "prov", "pemprov", "setda", "setdaprov", "pemkab", "pemkot", "kabupaten", "kab",
    "pemerintah", "rektor", "universitas", "direktur", "utama", "ketua", "menteri", "pj", "plt",
    "plh", "penjabat", "pemda", "gubri", "gubsu", "i", "ii", "iii", "iv", "presiden", "dekan",
    "perwakilan", "yayasan", "pengurus", "lembaga", "investor", "negara", "pihak", "mitra",
}  # fmt: skip
# "perwakilan Investor asal Tiongkok": a country says where a party comes from, not who.
_STRUCTURAL |= {
    "tiongkok",
    "china",
    "cina",
    "jepang",
    "korea",
    "selatan",
    "malaysia",
    "singapura",
    "australia",
    "belanda",
    "jerman",
    "amerika",
    "serikat",
    "inggris",
    "prancis",
    "perancis",
    "india",
    "thailand",
    "vietnam",
    "filipina",
    "timor",
    "leste",
    "arab",
    "saudi",
    "emirat",
    "qatar",
    "rusia",
    "turki",
    "maroko",
    "nugini",
    "taiwan",
    "hongkong",
    "brunei",
}
# Words of office names: "Kepala Dinas Pertanian dan Perkebunan Budi" -> the name is Budi.
_STRUCTURAL |= {
    "pertanian", "perkebunan", "peternakan", "kesehatan", "pendidikan", "kebudayaan",
    "perhubungan", "pariwisata", "perdagangan", "perindustrian", "kehutanan", "kelautan",
    "perikanan", "pangan", "ketahanan", "lingkungan", "hidup", "sosial", "koperasi", "ukm",
    "umkm", "tenaga", "kerja", "transmigrasi", "energi", "sumber", "daya", "mineral",
    "komunikasi", "informatika", "statistik", "persandian", "perencanaan", "pembangunan",
    "penelitian", "pengembangan", "pendapatan", "keuangan", "aset", "kepegawaian",
    "pemberdayaan", "masyarakat", "desa", "penanaman", "modal", "pelayanan", "terpadu",
    "satu", "pintu", "perumahan", "permukiman", "pekerjaan", "umum", "penataan", "ruang",
    "kependudukan", "pencatatan", "sipil", "perpustakaan", "kearsipan", "pemuda", "olahraga",
    "hortikultura", "tanaman", "perlindungan", "anak", "perempuan", "kerjasama",
    "pemerintahan", "otonomi", "hukum", "organisasi", "perekonomian", "administrasi",
    "kesejahteraan", "rakyat", "kesra", "ekonomi", "penghubung", "inspektorat", "inspektur",
    "dan",
}  # fmt: skip
# Prosecutors' offices: "kepala Kejari", "Kepala Kejaksaan Negeri Kota X Budi".
_STRUCTURAL |= {"kejari", "kejati", "kajari", "kajati", "kejaksaan", "negeri", "tinggi"}


# Degrees written with dots, whatever the list above knows: "M.Si", "K.Si", "M.M.A.", "S.Kom".
_DOTTED_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,3}\.){1,4}[A-Za-z]{0,4}\.?,?")
# Balinese names open with a birth-order or caste word after "I"/"Ni": "I Made", "I Gusti".
_BALINESE_AFTER_I = {
    "made", "wayan", "nyoman", "ketut", "putu", "gede", "gde", "gusti", "komang", "kadek",
    "nengah", "dewa", "ngurah", "kompiang", "luh",
}  # fmt: skip


_BALINESE_INITIALS = {"aa", "ib", "ia", "ign", "iga", "igaa", "igb", "igk", "igm", "igp"}
# "Dr.Zaidirina", "Pj.Bupati", "Dr.H.Dony": an honorific or acting mark run onto what follows
_GLUED_PREFIX = re.compile(
    r"\b(Pj|Plt|Plh|Dr|Drs|Dra|Ir|H|Hj|Prof|KH|drh)\.(?=[A-Z][a-z]|(?:H|Hj|Ir|Dr|Drs)\.)"
)


# "Budi, M. Sc", "S. H., M. H.": a degree written with a space after its dot, after a comma.
_SPACED_DEGREE = re.compile(r"(?<=,)(\s*)([A-Z])\.\s+([A-Za-z]{1,4})\b(\.?)")


# "Irwan Akib M,Pd": a degree whose dot was typed as a comma.
_COMMA_DEGREE = re.compile(r"\b([A-Z]),([A-Z][a-z]{1,3})\b")


def _join_spaced_degrees(segment: str) -> str:
    def join(m: re.Match) -> str:
        if (m.group(2) + m.group(3)).lower() not in _DEGREES:
            return m.group()
        return f"{m.group(1)}{m.group(2)}.{m.group(3)}{m.group(4)}"

    def comma(m: re.Match) -> str:
        known = (m.group(1) + m.group(2)).lower() in _DEGREES
        return f"{m.group(1)}.{m.group(2)}" if known else m.group()

    return _COMMA_DEGREE.sub(comma, _SPACED_DEGREE.sub(join, segment))


# "SIP.MH", "LL.M", "S.H.": capitals joined by dots are a degree, not a name.
_CAPITAL_DEGREE = re.compile(r"(?=(?:[A-Z]\.?){2,})[A-Z]{1,4}(?:\.[A-Z]{1,4})+\.?,?")


def _is_degree(word: str) -> bool:
    dotless = word.replace(".", "").strip(",").lower()
    if dotless in _DEGREES or _CAPITAL_DEGREE.fullmatch(word):
        return True
    # "SKM.M.Kes", "M.Tr.IP": degrees run together, one of them known or three short parts
    parts = [part for part in word.strip(",").split(".") if part]
    short = len(parts) >= 2 and all(re.fullmatch(r"[A-Z][A-Za-z]{0,3}", p) for p in parts)
    if short and (len(parts) >= 3 or any(part.lower() in _DEGREES for part in parts)):
        return True
    return bool(
        _DOTTED_DEGREE.fullmatch(word)
        and (word.count(".") >= 2 or re.search(r"\.[A-Za-z]", word))
        and dotless not in _HONORIFICS
    )


def is_structural(token: str, next_token: str = "") -> bool:
    gaz = get_gazetteer()
    bare = token.strip(".,").lower()
    following = next_token.strip(".,")
    if bare == "i" and following.lower() in _BALINESE_AFTER_I:
        return False
    # "Anak Agung Gde", "AA Gde Agung", "IB Rai": Balinese titles of birth open a name
    if (bare == "anak" and following.lower() == "agung") or (
        bare in _BALINESE_INITIALS and following[:1].isupper()
    ):
        return False
    if bare in _STRUCTURAL or gaz.province_code(token):
        return True
    # Acronyms of offices, regions and universities: "UKM", "DIY", "UGM", "BPOD".
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,}", token)) and bare not in _DEGREES


# A verb in lower case ("menyambut", "didampingi", "berharap") ends the person's phrase.
_VERB = re.compile(r"(?:me|ber|di|ter)[a-z]{4,}")
# ... and so do the words that carry the sentence on: "Gubernur X sekaligus launching ABC",
# "Bupati Y usai rapat paripurna DPRD", "Gubernur Z pada acara HUT Provinsi".
_CLAUSE_WORDS = {
    "sekaligus", "usai", "seusai", "setelah", "sebelum", "saat", "ketika", "pada", "dalam",
    "hari", "kemarin", "tentang", "terkait", "mengenai", "guna", "agar", "karena", "sehingga",
    "bahwa", "juga",
}  # fmt: skip
_COMPANY = re.compile(r"\s(?:bersama|beserta|serta|dengan|didampingi)\s")
_AND_ORGANISATION = re.compile(
    r"\s(?:dan|serta|dengan)\s+(?=(?:Yayasan|Bank|PT|Universitas|Institut|Politeknik|Koperasi|"
    r"Kadin|Perumda|Pemprov|Pemkab|Pemkot|Pemerintah|Kejaksaan|Kejati|Polda|pihak)\b)"
)
_HEADLINE_VERB = re.compile(
    r"Tanda|Tandatangani|Teken|Tandatangan\w*|Sepakati|Jalin|Gandeng|Lakukan|Perkuat|Bahas"
)
_TRAILING_HONORIFICS = re.compile(
    r"(?:[\s,]+(?:drh|" + "|".join(sorted(_HONORIFICS, key=len, reverse=True)) + r")\.?)+[\s,]*$",
    re.I,
)


def _capitalised_provinces(segment: str) -> str:
    """ "Gubernur Sulawesi tenggara": a province's name is one unit of the title, whatever
    its case, so its lower-case word is not where the name begins."""

    def capitalise(m: re.Match) -> str:
        words = m.group()
        if " " not in words or not re.search(r"\b[a-z]", words):
            return words
        return " ".join(w[:1].upper() + w[1:] for w in words.split(" "))

    return get_gazetteer().province_re.sub(capitalise, segment)


def _named_before(tokens: list[re.Match]) -> bool:
    gaz = get_gazetteer()
    return any(
        word[:1].isupper()
        and not is_structural(word)
        and not _is_degree(word)
        and word.replace(".", "").lower() not in _HONORIFICS
        and not (gaz.region_code("regency", word) or gaz.region_code("city", word))
        for word in (t.group().strip(".,") for t in tokens)
    )


_COMPANY_FORMS = {"PT", "CV", "PD", "UD", "TBK"}


def parse_person(
    segment: str, local_names: frozenset[str] = frozenset()
) -> tuple[str | None, str] | None:
    """Split "Gubernur Jawa Barat (Jabar) Andi Saputra" into (name, title)."""
    # "wali kota se-Sumatra Barat": the region after "se-" is where, not who
    segment = _capitalised_provinces(re.sub(r"\bse-\s*", "se ", segment))
    segment = _GLUED_PREFIX.sub(r"\1. ", segment)
    segment = _join_spaced_degrees(segment)
    # "Gubernur X bersama OPD Kalbar": who accompanies him is not part of his name.
    segment = _COMPANY.split(segment, maxsplit=1)[0]
    # "Gubernur Malut Abdul Gani dan Yayasan Penabulu": the other party is no part of him
    segment = _AND_ORGANISATION.split(segment, maxsplit=1)[0]
    segment = re.sub(r"[\s,]+(?:dan|dengan|serta|bersama)?\s*$", "", segment.strip())
    tokens = list(_RUN_TOKEN.finditer(segment))
    # The name stands before the clause goes on: "Gubernur Kalbar H. Sutarmidji, SH. M.Hum
    # menyambut ... para Pimpinan UTM" ends at "menyambut".
    for k, tok in enumerate(tokens):
        word = tok.group()
        ends_clause = _VERB.fullmatch(word) or word in _CLAUSE_WORDS
        if k and ends_clause and word.lower() not in _STRUCTURAL:
            tokens = tokens[:k]
            break
        # a headline's verb in capitals: "Gubernur Sumbar Tanda Tangani Kesepakatan"
        if k and _HEADLINE_VERB.fullmatch(word):
            tokens = tokens[:k]
            break
        # "..., S.T.,MM. Kerja sama itu ...": a degree's full stop that also ends the sentence,
        # once a name has been read ("Sekda Riau, S.F. Hariyanto": initials open the name)
        nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        ends = word.endswith(".") and nxt[:1].isupper() and _is_degree(word)
        ends = ends and not _is_degree(nxt) and nxt.replace(".", "").lower() not in _HONORIFICS
        if ends and _named_before(tokens[:k]):
            tokens = tokens[: k + 1]
            break
    if tokens:
        segment = segment[: tokens[-1].end()]
    runs: list[list[re.Match]] = []
    current: list[re.Match] = []
    for tok in tokens:
        word = tok.group()
        dotless = word.replace(".", "").lower()
        namelike = (
            word[:1].isupper() or dotless in _HONORIFICS or _is_degree(word)
        ) and not word.startswith("(")
        if word.startswith("(") and current:
            continue  # "Hamengku Buwono (HB) X", "Gubernur Jawa Barat (Jabar) Andi"
        if namelike and word != ",":
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)

    def only_degrees(run: list[re.Match]) -> bool:
        return all(
            _is_degree(t.group()) or t.group().replace(".", "").lower() in _HONORIFICS for t in run
        )

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
    # "Kepala Kejari Kota Sukabumi Taufan Zakaria": once a known region closes the title, the
    # article's loosely read local names ("Taufan" after "Kota Sukabumi") no longer extend it
    region_closed = False
    while i < len(run):
        joined = " ".join(t.group() for t in run[i : i + 3])
        m = gaz.province_re.match(joined)
        if m and m.start() == 0:
            n = len(m.group().split())
            cut = i + n - 1
            i += n
            continue
        following = run[i + 1].group() if i + 1 < len(run) else ""
        word = run[i].group().strip(".,")
        if word.lower() == "utama" and (
            i == 0 or run[i - 1].group().lower() not in {"direktur", "komisaris"}
        ):
            i += 1
            continue  # "Hari Utama" is a name; "Direktur Utama" a title
        # "Walikota Padang Panjang Ali": a two-word region's name after its head's title
        pair = f"{word} {following.strip('.,')}"
        third = run[i + 2].group().strip(".,") if i + 2 < len(run) else ""
        if cut == i - 1 and third and gaz.region_code("regency", f"{pair} {third}"):
            cut, region_closed = i + 2, True  # "Bupati Tulang Bawang Barat Umar"
            i += 3
            continue
        if (
            cut == i - 1
            and following
            and (gaz.region_code("city", pair) or gaz.region_code("regency", pair))
        ):
            cut, region_closed = i + 1, True
            i += 2
            continue
        # "Bupati Donggala Moh Rifai": a region's name right after its head's title
        region = cut == i - 1 and (
            gaz.region_code("regency", word) or gaz.region_code("city", word)
        )
        local = word in local_names and not region_closed
        # "Wakil Wali Kota Surabaya Bambang DH": capitals closing a name are its initials
        initials = (
            i == len(run) - 1
            and i - 1 > cut
            and re.fullmatch(r"(?![IVX]+$)[A-Z]{2,3}", run[i].group())
            and re.fullmatch(r"[A-Z][a-z]{2,}", run[i - 1].group())
            and not is_structural(run[i - 1].group())
        )
        if (is_structural(run[i].group(), following) and not initials) or local or region:
            cut = i
            region_closed = region_closed or bool(region)
        i += 1
    name_tokens = run[cut + 1 :]
    # "Direktur PT Semen Tonasa": the words after "PT" name the company, not its director
    if cut >= 0 and name_tokens and run[cut].group().strip(".,").upper() in _COMPANY_FORMS:
        return None, segment.strip(" ,.")
    # "Rektor Unud Prof. Dr. I Ketut": words before the honorific still belong to the title
    title_end = name_tokens[0].start() if name_tokens else None
    for k, tok in enumerate(name_tokens):
        if k > 0 and tok.group().replace(".", "").lower() in _HONORIFICS:
            name_tokens = name_tokens[k:]
            title_end = tok.start()
            break
    while name_tokens and name_tokens[0].group().replace(".", "").lower() in _HONORIFICS:
        name_tokens = name_tokens[1:]
    while name_tokens and _is_degree(name_tokens[-1].group()):
        name_tokens = name_tokens[:-1]
    if not name_tokens:
        title = segment.strip(" ,.")
        return None, title
    name = " ".join(t.group().strip(".,;") for t in name_tokens)
    if len(re.sub(r"\W", "", name)) < 3:
        return None, segment.strip(" ,.")  # "Wa" of a cut-off text is no one's name
    start = title_end if title_end is not None else name_tokens[0].start()
    title = _TRAILING_HONORIFICS.sub("", segment[:start]).strip(" ,")
    return name, title


# 'Kepala Dinas X "Budi Santoso, SE" menandatangani': a name set in quotes, no speech
_QUOTED_NAME = re.compile(r'(?<=[A-Za-z)] )"(?P<inner>[A-Z][^"]{2,60})"')


def unquote_names(text: str) -> str:
    def unquote(m: re.Match) -> str:
        words = m.group("inner").split()
        return m.group("inner") if all(not w[:1].islower() for w in words) else m.group()

    return _QUOTED_NAME.sub(unquote, text)
