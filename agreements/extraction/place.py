"""Where the signing took place: the venue phrase after "di", else the dateline city."""

from __future__ import annotations

import re

from agreements.extraction.lexicon import SIGN_WORD, WEEKDAYS

_VENUE_WORD = re.compile(
    r"\b(?:Hotel|Gedung|Balai|Rumah\s+Dinas|Rumah\s+Jabatan|Rumdin|Rujab|Pendopo|Pendapa|"
    r"Kantor|Aula|Ruang|Ruangan|Graha|Wisma|Istana|Bale|Puri|Convention|Ballroom|Hall|"
    r"Auditorium|Gelanggang|Kompleks|Komplek|Sasana|Anjungan|Lapangan|Stadion|Griya|Resort|"
    r"Restoran|Villa|Kampus|Kediaman|Pavilion|Paviliun|Plaza|Center|Centre|Dome|Gedong|"
    r"Balai\s?[Kk]ota|"
    r"Mahan|Rektorat|Kompleks|Lobby|Lobi|Area|Kawasan|Halaman|Panggung|Sirkuit|Candi|Pantai|"
    r"Taman|Bandara|Pelabuhan|Masjid|Pura|Benteng|Museum|Pondok|Ponpes|Gudang|Pabrik|"
    # "di pasar-pasar": markets, no venue
    r"Pasar|Kebun|Meuligoe|Anjong|Ballrom|Titik\s+Nol|"
    # "bertepatan pada Rapat Paripurna DPRD Provinsi Jambi": the council's chamber
    r"Paripurna)\b(?!-)",
    re.I,
)
# "Bertempat di Aula X, Pemerintah Kabupaten Y melakukan ...": after the comma the subject
_SUBJECT_AFTER_COMMA = re.compile(
    r"(?:Pemerintah|Pemprov|Pemkab|Pemkot|Pemko|Pemda|Gubernur|Wagub|Bupati|Wabup|Wali|"
    r"Walikota|Sekda|Kepala|Ketua|Rektor|Wakil|Pj|Plt|Penjabat|Kedua|Para)\b"
)
# "naskah kerja sama itu diserahkan ... kepada Wagub": a hand-over, held apart from the signing
_HANDOVER = re.compile(r"\b(?:diserahkan|menyerahkan|penyerahan|diserahterimakan)\b", re.I)
# "..., Ruang Rapat Utama Bupati, Jumat": a room or hall named with no preposition
_BARE_VENUE = re.compile(
    r",\s+(?=(?:Ruang|Ruangan|Aula|Hotel|Pendopo|Pendapa|Gedung|Ballroom|Rumah\s+Dinas|"
    r"Rumah\s+Jabatan)\s+[A-Z])"
)
# Islands and the country are where everything is, not where a signing took place.
_TOO_WIDE = {
    "sumatera", "sumatra", "jawa", "kalimantan", "sulawesi", "papua", "maluku", "nusa tenggara",
    "indonesia", "nusantara", "bali nusra", "sumbagsel", "sumbagut",
}  # fmt: skip
_EVENT_INTRO = re.compile(
    r"\b(?:bertempat|berlangsung|digelar|dilaksanakan|diselenggarakan|diadakan|dipusatkan|"
    r"pelaksanaan(?:nya)?|penyelenggaraan(?:nya)?)\s+di\s+",
    re.I,
)
_INTRO = re.compile(
    r"\b(?:bertempat\s+di|berlangsung\s+di|digelar\s+di|dilaksanakan\s+di|diadakan\s+di|"
    r"dipusatkan\s+di|pelaksanaan(?:nya)?\s+di|penyelenggaraan(?:nya)?\s+di|di)\s+|"
    # "dilakukan bertepatan pada Rapat Paripurna DPRD ...": held during the council's session
    r"\b(?:bertepatan|bersamaan)\s+(?:pada|dengan)\s+(?=Rapat\s+Paripurna\b)|"
    # "digelar diruang rapat ...": the preposition written onto the venue
    r"\bdi(?=(?:ruang|gedung|aula|kantor|balai|hotel|pendopo|wisma|graha|rumah)\s)|"
    # "bertempat ruang kerja Gubernur": the preposition left out before a named room
    r"\bbertempat\s+(?=(?:ruang|gedung|aula|kantor|balai|hotel|pendopo|wisma|graha)\b)",
    re.I,
)
_TOKEN = re.compile(r"\([^)]*\)|[^\s,()]+|,")
_STOP_WORDS = {
    "pada",
    "yang",
    "untuk",
    "tentang",
    "dalam",
    "sebagai",
    "guna",
    "saat",
    "dan",
    "serta",
    "oleh",
    "bersama",
    "dengan",
    "sekitar",
    "mulai",
    "usai",
    "sejak",
}
_BAD_START = {
    "indonesia",
    "sela",
    "sela-sela",
    "tengah",
    "mana",
    "sini",
    "sana",
    "antara",
    "bidang",
    "hadapan",
    "depan",
    "bawah",
    "atas",
    "wilayah",
    "kedua",
    "tingkat",
}


def _consume(rest: str) -> str:
    tokens = list(_TOKEN.finditer(rest))
    words: list[str] = []
    seen_capital = False
    venue_start = bool(_VENUE_WORD.match(rest))
    for k, tok in enumerate(tokens[:24]):
        word = tok.group()
        low = word.lower().rstrip(".")
        if low in WEEKDAYS or re.match(r"\(?\d", word):
            break
        if word == ",":
            nxt = tokens[k + 1].group() if k + 1 < len(tokens) else ""
            if _SUBJECT_AFTER_COMMA.fullmatch(nxt.rstrip(".")):
                break
            if (nxt[:1].isupper() and nxt.lower() not in WEEKDAYS) or _VENUE_WORD.match(nxt):
                words.append(",")
                continue
            break
        # Capitalised, "Dalam" belongs to a name ("Kementerian Dalam Negeri").
        if word in _STOP_WORDS and not (
            low == "dan" and k + 1 < len(tokens) and tokens[k + 1].group()[:1].isupper()
        ):
            break
        if word.startswith("("):
            words.append(word)
            continue
        if not word[:1].isupper() and not word[:1].isdigit():
            if seen_capital or not venue_start:
                break
        else:
            seen_capital = True
        ends = word.endswith(".") and len(word) > 3
        words.append(word.rstrip(".") if ends else word)
        if ends:
            break
    phrase = " ".join(words).replace(" ,", ",").strip(" ,")
    return phrase


_LOCALITY = re.compile(r"\b(?:Desa|Kecamatan|Kelurahan|Nagari|Kampung|Dusun|Gampong)\s+[A-Z]")
_REGIONS_LOCATED = re.compile(
    r"\b(?:kota|kabupaten|daerah|provinsi|wilayah|pemda|kabupaten/kota)\s+$", re.I
)


# "masyarakat Gorontalo yang berkarier di Provinsi Sulut": where people live or work
_RESIDENTS = re.compile(
    r"\b(?:ada|tinggal|berada|bekerja|berkarier|berkarir|berdomisili|menetap|bermukim|"
    r"merantau|lahir|berasal|bertugas)(?:\s+\S+)?\s*$",
    re.I,
)


# "di lapangan" (in practice), "di kawasan timur Indonesia": a region, not a venue
_REGION_NOT_VENUE = re.compile(
    r"^(?:kawasan|wilayah|area|daerah|bagian)\s+(?:timur|barat|utara|selatan|tengah)\b", re.I
)
_NO_NAME = re.compile(r"^[^A-Z]*$")
# "kesepakatan pembangunan di Kawasan Perbatasan X": the area the agreement is about
_SCOPE_BEFORE = re.compile(
    r"\b(?:pembangunan|pengembangan|penataan|pengelolaan|kepariwisataan|pariwisata|vokasi|"
    r"pemberdayaan|pelestarian)\s+$",
    re.I,
)
# "kendaraan dari Kaur akan dilakukan pengujian di Balai Uji X": where work will be done
_FUTURE_BEFORE = re.compile(r"\bakan\s+(?:[a-z]\S*\s+){0,3}$")
# "tindak lanjut pertemuan kedua gubernur di X pada Juli": an earlier meeting's venue
_EARLIER_MEETING = re.compile(r"\btindak\s+lanjut\b[^.;]{0,120}$", re.I)


_SPEECH_VERB = (
    r"(?:kata|ujar|ucap|tutur|ungkap|jelas|mengatakan|menuturkan|menyampaikan|menjelaskan|"
    r"mengungkapkan|menegaskan|keterangan|pernyataan|sambutan)\w*"
)
# the words between a speech verb and "di <city>" when the city is where someone spoke, not
# where an event named in between ("usai gelaran misi dagang di Mataram") was held
_SPEAKER_GAP = r"(?:(?!(?:usai|saat|ketika|pada|dalam|acara|gelaran|kegiatan)\b)\S+\s+){0,6}?"
# '"...," kata Gubernur Rusdy Mastura, di Palu, Kamis': where a statement was made
_SPOKEN_AT = re.compile(rf"\b{_SPEECH_VERB}\s+{_SPEAKER_GAP}$", re.I)


# ", Rabu (28/1/2026)": the day and date that close a signing's place
_DAY_AND_DATE = re.compile(rf",\s+(?:{'|'.join(WEEKDAYS)})\s*\(\d{{1,2}}/\d{{1,2}}", re.I)


# "urusan pemerintah daerah di Sekar Kedhathon Yogyakarta (06/10/2022)": a date closes it
_DATE_AFTER = re.compile(r"\s*\(\d{1,2}/\d{1,2}")


def _short_place_name(phrase: str, longest: int = 2) -> bool:
    """ "Palu", "Labuan Bajo", "Golo Mori, Labuan Bajo": a place and the town it lies in."""
    parts = phrase.split(", ")
    if len(parts) == 1:
        return len(phrase.split()) <= max(3, longest)
    return len(parts) == 2 and all(len(p.split()) <= longest and p[:1].isupper() for p in parts)


def venue_phrases(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, phrase, score): score 2 for a named venue, 1 for a bare place name."""
    out = []
    for m in _INTRO.finditer(text):
        located = _REGIONS_LOCATED.search(text, max(0, m.start() - 30), m.start())
        located = located or _RESIDENTS.search(text, max(0, m.start() - 30), m.start())
        rest = text[m.end() :]
        first = rest.split(" ", 1)[0].lower().strip(",.")
        if first in _BAD_START or not first:
            continue
        # "di Kota Batam, Provinsi Kepulauan Riau": the province only says where the city is
        phrase = re.sub(r",\s+(?:Provinsi|Prov\.?)\s.*$", "", _consume(rest))
        if not phrase or phrase.lower() in _TOO_WIDE:
            continue
        if _REGION_NOT_VENUE.match(phrase) or _NO_NAME.match(phrase):
            continue
        if _EARLIER_MEETING.search(text, max(0, m.start() - 120), m.start()):
            continue
        if _FUTURE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue
        if first in ("kawasan", "wilayah") and _SCOPE_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue
        if _VENUE_WORD.search(phrase) or (
            _EVENT_INTRO.match(text, m.start()) and _LOCALITY.search(phrase)
        ):
            score = 2  # "dilaksanakan di Sungai Rampah Kecamatan X": a village is a venue too
        elif located and not _DATE_AFTER.match(text, m.end() + len(phrase)):
            continue  # "kedua kota di Banten": where the regions lie, not the venue
        elif _SPOKEN_AT.search(text, max(0, m.start() - 80), m.start()):
            continue
        elif phrase[:1].isupper() and _short_place_name(
            phrase, 4 if _DAY_AND_DATE.match(text, m.end() + len(phrase)) else 2
        ):
            score = 1
        else:
            continue
        out.append((m.start(), m.end() + len(phrase), phrase, score))
    return out


# "kata Gubernur dalam sambutannya di Balai Raya Semarak": a speech at the ceremony says
# where it was held.
# '..., kata Gubri, di ruang melati Kantor Gubernur Riau, Jumat': a quote at a named venue
QUOTE_AT_VENUE = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|jelas|tutur)\w*\s+(?:\S+\s+){0,6}?di\s+(?:\w+\s+){0,2}?(?="
    + _VENUE_WORD.pattern
    + r")",
    re.I,
)
CEREMONY_SPEECH = re.compile(
    r"\bdalam\s+(?:sambutan|pidato|arahan|laporan)(?:nya)?\s+(?:\S+\s+){0,3}?di\s+[A-Z]|"
    # '..." ujar Gubernur di Sirkuit Mandalika, Selasa': a quote given at a named venue
    r"\b(?:kata|ujar|ucap|ungkap|jelas|tutur)\w*\s+(?:\S+\s+){0,4}?di\s+(?="
    + _VENUE_WORD.pattern
    + r")",
    re.I,
)


# "... yang telah ditandatangani ... pada 25 November 2025 di Mataram": the signing verb
# itself says where; that beats a room of another meeting named in the lead.
_SIGNED_AT = re.compile(r"\b(?:ditandatangani|diteken|ditandatangi)\b[^.;:]{0,80}$", re.I)


def _signed_at_place(texts: list[str]) -> str | None:
    for text in texts:
        for start, _e, phrase, score in venue_phrases(text):
            if score == 1 and _SIGNED_AT.search(text, max(0, start - 90), start):
                return phrase
    return None


def _spoke_in(city: str) -> re.Pattern:
    """ "dalam keterangannya di Bandarlampung", "X, di Semarang, Minggu (15/6), menuturkan":
    the dateline city named as where someone spoke, not as where the signing was."""
    where = r"di\s+" + re.escape(city) + r"\b"
    return re.compile(
        rf"\b{_SPEECH_VERB}\s+{_SPEAKER_GAP}{where}|"
        rf"{where},?\s+(?:{'|'.join(WEEKDAYS)})\b[^.,]{{0,25}},\s+{_SPEECH_VERB}",
        re.I,
    )


def _visited(city: str) -> re.Pattern:
    """ "Menurut Anwar, kedatangannya di Ngawi menjadi babak baru": a party travelled to the
    city, so a statement made there was made at the event."""
    return re.compile(
        r"\b(?:kedatangan|kunjungan|berkunjung|datang|tiba)\w*\s+(?:\S+\s+){0,3}?(?:di|ke)\s+"
        + re.escape(city)
        + r"\b",
        re.I,
    )


_SPOKE_AT_CITY = re.compile(
    rf"\b{_SPEECH_VERB}\s+{_SPEAKER_GAP}di\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+"
    rf"(?:{'|'.join(WEEKDAYS)})\b",
    re.I,
)


def _spoke_elsewhere(city: str, text: str) -> bool:
    """ "Pontianak - ... ," kata Sekda Kalbar, Harisson di Jakarta, Minggu': the statement
    was made in another city, so the dateline is not where anything was held."""
    return any(
        m.group(1).lower() != city.lower() and m.group(1)[:1].isupper()
        for m in _SPOKE_AT_CITY.finditer(text)
    )


# "Misi dagang ... berlangsung di Kota Ternate", "Gelaran kali ini dihadiri ..., di Hotel X":
# a sentence about the event the signing was part of, wherever in the article it stands
_EVENT_SUBJECT = re.compile(
    r"^\W*(?:Gelaran|Kegiatan|Acara|Agenda|Pertemuan|Misi\s+[Dd]agang|Rangkaian)\b", re.I
)


def event_sentences(sentences: list[str]) -> list[str]:
    return [t for t in sentences if _EVENT_SUBJECT.match(t) and " di" in t]


_COOPERATION = re.compile(r"\b(?:menjalin|menjalankan|menyepakati|meneken)\b", re.I)


def find_place(
    tiers: list[list[str]], dateline_city: str | None, sentences: list[str] | None = None
) -> tuple[str | None, list[str], float]:
    """Best venue: a named venue in the earliest tier that has one, then a bare place name,
    then the dateline city unless a sentence of the article says it is where someone spoke."""
    handover_elsewhere = False
    signed_at = _signed_at_place(tiers[0] if tiers else [])
    for k, tier in enumerate(tiers):
        if k and signed_at:
            return signed_at, [next(t for t in tiers[0] if signed_at in t)], 0.6
        for text in tier:
            if k and _HANDOVER.search(text) and not SIGN_WORD.search(text):
                handover_elsewhere = handover_elsewhere or bool(venue_phrases(text))
                continue
            for _s, _e, phrase, score in venue_phrases(text):
                if score == 2:
                    return phrase, [text], 0.85
    for text in tiers[0] if tiers else []:
        for m in _BARE_VENUE.finditer(text):
            phrase = _consume(text[m.end() :])
            if len(phrase.split()) >= 2:
                return phrase, [text], 0.6
    for text in tiers[0] if tiers else []:
        for _s, _e, phrase, score in venue_phrases(text):
            if score == 1:
                return phrase, [text], 0.6
    # "X hadir pada acara Y di Jakarta. Dalam acara itu dilakukan penandatanganan ..."
    for text in tiers[2] if len(tiers) > 2 else []:
        for _s, _e, phrase, score in venue_phrases(text):
            if score == 1:
                return phrase, [text], 0.55
    # "X dan Y menjalin kerjasama saat Misi Dagang di Manado, Kamis (25/8/2022)": the lead
    # names the event with its day and place
    for text in tiers[3] if len(tiers) > 3 else []:
        for _s, end, phrase, score in venue_phrases(text):
            if score == 1 and _DAY_AND_DATE.match(text, end) and _COOPERATION.search(text):
                return phrase, [text], 0.55
    # "Misi dagang ... berlangsung di Kota Ternate": an event sentence that says where
    for text in (tiers[1] if len(tiers) > 1 else []) + (tiers[5] if len(tiers) > 5 else []):
        for start, _e, phrase, score in venue_phrases(text):
            if score == 1 and _EVENT_INTRO.match(text, start):
                return phrase, [text], 0.55
    # "Penandatanganan MoU dilakukan di sela-sela kegiatan X di Semarang": a sentence about
    # the signing itself, though not the one the signing was read from, beats the dateline
    for text in (t for tier in tiers[1:] for t in tier):
        if SIGN_WORD.search(text) and not _HANDOVER.search(text):
            for _s, _e, phrase, score in venue_phrases(text):
                if score == 1:
                    return phrase, [text], 0.55
    # the dateline is where the hand-over was reported from, not where the signing was
    texts = [t for tier in tiers for t in tier] + list(sentences or [])
    if dateline_city and any(_visited(dateline_city).search(t) for t in texts):
        return dateline_city, [], 0.4  # a party came to the city: it spoke there as a guest
    if dateline_city and any(_spoke_in(dateline_city).search(t) for t in texts):
        return None, [], 0.5  # the dateline is where a statement was made
    if dateline_city and any(_spoke_elsewhere(dateline_city, t) for t in texts):
        return None, [], 0.5  # the signer spoke in another city: the dateline says nothing
    if dateline_city and not handover_elsewhere:
        return dateline_city, [], 0.4
    return None, [], 0.5
