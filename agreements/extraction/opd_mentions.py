"""Mentions of an office that are not the office taking part: the credit of a release or
photo, the venue of the signing, and the office of an official who is only quoted, attends
or accompanies. Real annotation counts offices that sign, implement or organise."""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.lexicon import SIGN_WORD, WEEKDAY_NAMES

# "(Biro Adpim Setda Sultra)", "Sumber: Diskominfo Jatim": who wrote the release, not who
# took part.
_CREDIT_LINE = re.compile(
    r"^\([^()]{2,80}\)\.?$|^(?:Sumber|Rilis|Foto|Editor|Pewarta|Penulis|Reporter|Teks|"
    r"Publikasi|Redaksi)\s*:",
    re.I,
)


# "di Kantor Badan Penghubung Provinsi Riau": where the signing took place, not who took part.
_VENUE_BEFORE = re.compile(
    r"\b(?:di|ke)\s+(?:(?:Kantor|Gedung|Aula|Ruang(?:an)?|Balai|Lantai|Wisma|Graha)"
    r"(?:\s+[\w.]+){0,3}\s+)?$",
    re.I,
)


# "di Ruang Rapat Sapta Pesona, Dinas Pariwisata Provinsi Bali, Rabu (29/8)": the room and
# the office that houses it, the office closing the clause before the day or the end.
_ROOM_COMMA_BEFORE = re.compile(
    r"\b(?:di|ke)\s+(?:Kantor|Gedung|Aula|Ruang(?:an)?|Balai|Wisma|Graha)(?:\s+[\w.]+){0,4},\s*$",
    re.I,
)
_CLAUSE_END_AFTER = re.compile(
    r"\s*(?:[.;]|$|,\s*(?:" + "|".join(WEEKDAY_NAMES) + r"|pada|tanggal|\(\d))", re.I
)
# "antar Dinas Pariwisata se-Provinsi Riau", "Bappeda se-Jawa Timur": the offices of every
# regency of a province, not one office taking part. ("Dinas Perhubungan se-Kalimantan",
# the provinces' own offices of an island, may be the parties.)
_GROUP_AFTER = re.compile(
    r"\s+se(?:-\s*|\s+)(?=(?:provinsi|prov\.|kabupaten|kab\.|kota|indonesia)\b|(?P<region>\w))",
    re.I,
)


def housing_room_or_group(text: str, start: int, end: int) -> bool:
    """The office only houses the room of the signing, or stands for all offices of a region."""
    group = _GROUP_AFTER.match(text, end)
    # (the province pattern looks behind for a hyphen: read the name on its own)
    region = group and text[group.end() : group.end() + 40]
    if group and (not group.group("region") or get_gazetteer().province_re.match(region)):
        return True
    return bool(
        _ROOM_COMMA_BEFORE.search(text[max(0, start - 80) : start])
        and _CLAUSE_END_AFTER.match(text, end)
    )


def is_credit_line(text: str) -> bool:
    return bool(_CREDIT_LINE.match(text.strip()))


def venue_or_credit(text: str, start: int) -> bool:
    """The office at ``start`` is where the signing took place, or who took the photo."""
    return bool(
        _VENUE_BEFORE.search(text[max(0, start - 60) : start])
        or _CREDIT_BEFORE.search(text[max(0, start - 20) : start])
    )


# "foto Diskominfo Jatim", "Dok. Biro Adpim": a photo credit inside a caption line.
# "Keterangan Diskominfo Dairi, ...", "melansir rilis Biro Adpim": who reported it.
_CREDIT_BEFORE = re.compile(
    # "Data Dinas Pariwisata Kalbar menunjukkan ...": the source of figures
    r"\b(?:foto|dok\.?|dokumentasi|sumber|kredit|keterangan|rilis|siaran\s+pers|data|"
    r"(?:di)?lansir(?:\s+dari)?|melansir)\s*:?\s*/?\s*$|"
    # "(rin/Diskominfo Jateng)": a writer's initials and the office that issued the release
    r"\(\s*[a-z]{1,5}\s*/\s*$",
    re.I,
)
# "kata Kasubdit Humas Badan Penghubung ...", "Kepala Biro X, Y, mengatakan": the office of
# someone quoted about the agreement; it took part only when named elsewhere. A report read
# at the ceremony ("Dalam laporannya, Kepala Biro ...") is the organiser's, and counts.
_OFFICIAL_BEFORE = re.compile(
    r"\b(?:Kepala|Kadis|Kaban|Karo|Kabag|Kabid|Kasubdit|Kasubbag|Kasubag|Kasi|Sekretaris|"
    r"Plt\.?|Pj\.?|Juru\s+Bicara|Jubir)\b(?:\s+\S+){0,5}\s+$"
)
_SAYS = (
    r"\b(?:kata|ujar|ungkap\w*|mengungkapkan|jelas(?:nya)?|menjelaskan|tutur\w*|menuturkan|"
    r"terang\w*|menerangkan|mengatakan|dikatakan|menyampaikan|disampaikan|menurut|melalui|"
    r"dihubungi|menegaskan|memaparkan|sebut(?:nya)?|menyebut(?:kan)?|menekankan|menambahkan|"
    r"menilai|mengapresiasi|berharap)\b"
)
_SAID_BY = re.compile(_SAYS + r"\s*,?\s*$", re.I)
_SAYS_AFTER = re.compile(_SAYS, re.I)
# "Gubernur menyampaikan kepada Kepala BPKAD agar ...": whom an instruction is addressed to.
_ADDRESSED = re.compile(
    r"\b(?:menyampaikan|meminta|menginstruksikan|memerintahkan|mengimbau|menugaskan)\s+"
    r"(?:kepada\s+)?$",
    re.I,
)
_REPORT_BEFORE = re.compile(r"\blaporan\w*\b", re.I)


# "Gubernur didampingi ..., Kepala Bappeda, Suandi, Kepala Biro X Arfan": an entourage.
_ACCOMPANIED = re.compile(r"\b(?:didampingi|mendampingi|turut\s+hadir|hadir\s+pula)\b", re.I)


# "Pertemuan yang dihadiri para kepala dinas, inspektorat dan ketua Bappeda ...": a list of
# those present, with no signing in the sentence.
# "Hadir pada kesempatan itu, Sekda ..., Kepala Biro X, ...": likewise.
_ATTENDED_BY = re.compile(
    r"\b(?:dihadiri|menghadiri)\b(?:\s+oleh)?|"
    r"(?:^|\b(?:turut|tampak)\s+)hadir\b(?:\s+(?:pada|dalam)\s+(?:kesempatan|acara|kegiatan)\b)?|"
    # "Sementara dari jajaran Pemkot terlihat Kadis Pariwisata, ...": those seen there
    r"\bterlihat\b",
    re.I,
)
# "Dr.", "H.", "M.Si": the dots of titles and degrees do not end the list
_ABBREVIATION = re.compile(r"\b[A-Za-z]{1,4}\.")


def listed_as_present(text: str, start: int) -> bool:
    """The office's head stands in a list of those present: "dihadiri Kepala Dinas X, ...".
    Being there is not implementing, whatever the office's field; an office itself named
    among the guests ("dihadiri Dinas Pendidikan yang akan melaksanakan ...") may be."""
    if not _OFFICIAL_BEFORE.search(text[max(0, start - 60) : start]):
        return False
    # "Acara penandatanganan itu dihadiri Kepala Dinas X": the signing named before the list
    # is the event attended; one named after it may be what the office did
    if _attending(text, start, signed_after=True):
        return True
    # "Gubernur hadir didampingi Kepala Dinas Pariwisata ...": an entourage
    accompanied = _ACCOMPANIED.search(text, max(0, start - 300), start)
    return bool(accompanied and not SIGN_WORD.search(text, accompanied.end()))


def _attending(text: str, start: int, signed_after: bool = False) -> bool:
    attended = _ATTENDED_BY.search(text, max(0, start - 300), start)
    if not attended:
        return False
    listed = _ABBREVIATION.sub("", text[attended.end() : start])
    signed = SIGN_WORD.search(text, attended.end() if signed_after else 0)
    return not signed and "." not in listed


def speaker_only(text: str, start: int, end: int) -> bool:
    if _attending(text, start):
        return True
    title = _OFFICIAL_BEFORE.search(text[max(0, start - 60) : start])
    if not title:
        return False
    if _ACCOMPANIED.search(text, 0, start) and not SIGN_WORD.search(text):
        return True
    title_at = max(0, start - 60) + title.start()
    before = text[max(0, title_at - 40) : title_at]
    if _REPORT_BEFORE.search(before):
        return False
    if _SAID_BY.search(before) or _ADDRESSED.search(before):
        return True
    after = text[end : end + 100]
    says = _SAYS_AFTER.search(after)
    return bool(says and not SIGN_WORD.search(after, 0, says.start()))


# "Kepala Dinas X, Y, yang turut hadir dalam acara penandatanganan mengatakan ...": present,
# not taking part; even when its field is the scope, attending is not implementing.
_PRESENT_AFTER = re.compile(
    r"[^.;]{0,60}?\byang\s+(?:turut\s+|ikut\s+)?(?:hadir|menghadiri|menyaksikan)\b", re.I
)


def attended_only(text: str, end: int) -> bool:
    return bool(_PRESENT_AFTER.match(text, end))
