"""Whether a signing sentence speaks of a signing still to come or of one long past.

"akan menandatangani", "... nanti", a date after the publication: a plan. "yang telah
ditandatangani pada 2018", "pada Juli 2022", "pada Maret lalu": a recalled signing. A
renewal signs anew even when it names the year the cooperation began.
"""

from __future__ import annotations

import datetime as dt
import re

from agreements.extraction import dates
from agreements.extraction.lexicon import MONTH, MONTHS, OLD, PAST, PLAN, PLAN_SENTENCE

# "... yang diteken pada Juli 2022": a month without a day recalls an earlier signing.
_MONTH_ONLY = re.compile(
    r"^\W*(?:\w+\s+){0,3}?pada\s+(?:bulan\s+)?(?P<m>" + MONTH + r")\s+(?P<y>(?:19|20)\d{2})\b",
    re.I,
)
# "... yang ditandatangani pada Maret lalu": a month of this year or last, already past.
_MONTH_AGO = re.compile(
    r"^\W*(?:\w+\s+){0,3}?pada\s+(?:bulan\s+)?(?P<m>" + MONTH + r")\s+(?:lalu|silam|kemarin)\b",
    re.I,
)

# "... yang (sempat) ditandatangani pada 2021": a year alone dates no specific signing; the
# cooperation is being recalled (or renewed), whatever the publication date.
_YEAR_ONLY = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:pada|tahun)\s+(?:tahun\s+)?(?:19|20)\d{2}\b(?!\s*/)", re.I
)
_RELATIVE_BEFORE = re.compile(r"\byang\s+(?:telah\s+|sudah\s+|pernah\s+)?(?:sempat\s+)?$", re.I)

# "... penandatanganan oleh kedua gubernur pada Senin (27/2) nanti": a date still to come.
_FUTURE_AFTER = re.compile(
    r"^[^.;\"]*?\b(?:nanti|mendatang|(?:pekan|minggu|bulan|tahun)\s+depan)\b", re.I
)


# "Kunjungan ini merupakan bagian dari (rangkaian) penandatanganan ...": the purpose of a
# visit, which says nothing of the signing having taken place.
_PURPOSE_OF_VISIT = re.compile(
    r"\b(?:kedatangan|kunjungan|kehadiran|penyambutan|lawatan)\b[^.]{0,120}?"
    r"\bbagian\s+dari\s+(?:rangkaian\s+)?(?:acara\s+|kegiatan\s+|agenda\s+)?$",
    re.I,
)


# "Pemprov A dan Pemprov B berencana meneken ...": intent words the plan list lacks.
_INTENT = re.compile(r"\b(?:berencana|berniat|bersiap|bersiap-siap)\b", re.I)


# "Gubernur menolak (untuk) menandatangani ...", "tetap tak mau tanda tangan", "yang ditolak
# untuk ditandatangani": a signing refused did not take place.
_REFUSED = re.compile(
    r"\b(?:menolak|ditolak|enggan|ogah|(?:tidak|tak|belum)\s+(?:mau|bersedia|berkenan))"
    r"\s+(?:untuk\s+)?(?:langsung\s+)?$",
    re.I,
)


_FUTURE_RIGHT_BEFORE = re.compile(
    r"\b(?:akan|bakal|segera)\s+(?:(?!setelah|usai|seusai|sesudah)\S+\s+)?$", re.I
)


def planned(text: str, spans: list[tuple[int, int]]) -> bool:
    if PLAN_SENTENCE.search(text):
        return True
    if any(_REFUSED.search(text[max(0, start - 40) : start]) for start, _ in spans):
        return True
    if spans and _PURPOSE_OF_VISIT.search(text[: spans[0][0]]):
        return True
    for start, end in spans:
        before = text[max(0, start - 45) : start]
        after = text[end : end + 25]
        # "... resmi dituntaskan, naskahnya akan diteken": the future right before wins
        if _FUTURE_RIGHT_BEFORE.search(before):
            return True
        if PAST.search(before) and not re.search(r"\bbelum\b", before, re.I):
            return False
        if (
            PLAN.search(before)
            or _INTENT.search(before)
            or re.match(r"\s*(?:akan|nanti|segera)\b", after, re.I)
        ):
            return True
        if _FUTURE_AFTER.search(text[end : end + 70]):
            return True
    return False


# Renewing or extending: the older year is the earlier cooperation, the signing is new.
_RENEWAL = re.compile(
    r"\b(?:memperpanjang|memperbarui|memperbaharui|melanjutkan|perpanjangan|pembaruan|"
    r"pembaharuan|memperluas)\b",
    re.I,
)


def dated_later(text: str, pub: dates.Published) -> bool:
    """A signing dated after the article was published has not happened yet ("tahap akhir
    penandatanganan PKS pada 22 Desember 2025", published in November)."""
    if not pub.year:
        return False
    if pub.full:
        last = pub.full
    elif pub.month:
        last = dt.date(pub.year + (pub.month == 12), pub.month % 12 + 1, 1) - dt.timedelta(1)
    else:
        last = dt.date(pub.year, 12, 31)
    return any(
        m.date and m.explicit_year and m.date > last and not m.statement
        for m in dates.find_dates(text, pub)
    )


def _relative_old(text: str, start: int, end: int) -> bool:
    """ "MoU yang sempat ditandatangani", "yang ditandatangani pada 2021": an earlier signing
    named in a relative clause."""
    before = text[max(0, start - 40) : start]
    if re.search(r"\byang\s+sempat\s+$", before, re.I):
        return True
    return bool(_RELATIVE_BEFORE.search(before) and _YEAR_ONLY.match(text[end : end + 40]))


# "Penandatanganan dilakukan sebelum seremoni ... dimulai": just before today's event.
_BEFORE_TODAYS_EVENT = re.compile(
    r"\bsebelum\s+(?:\w+\s+)?(?:seremoni|acara|pembukaan|rapat|sidang|kegiatan|dimulai)\b", re.I
)


def recalled(text: str, spans: list[tuple[int, int]], pub: dates.Published) -> bool:
    if spans and all(_relative_old(text, a, b) for a, b in spans):
        return True
    for start, end in spans:
        before = text[max(0, start - 40) : start]
        if re.search(r"\bsebelum\s*$", before, re.I):
            continue  # "sebelum penandatanganan": before today's signing, not an old one
        if OLD.search(_BEFORE_TODAYS_EVENT.sub(" ", before + text[start : end + 40])):
            return True
        month_only = _MONTH_ONLY.match(text[end : end + 60])
        if month_only and pub.year:
            seen = (int(month_only.group("y")), MONTHS[month_only.group("m").lower()])
            if seen < (pub.year, pub.month or 1):
                return True
        month_ago = _MONTH_AGO.match(text[end : end + 40])
        if month_ago and pub.month and MONTHS[month_ago.group("m").lower()] != pub.month:
            return True  # an earlier month (possibly of last year)
    for mention in dates.find_dates(text, pub):
        if mention.date and mention.explicit_year and dates.is_old(mention.date, pub):
            return True
        if (
            mention.date
            and not dates.plausible(mention.date, pub)
            and mention.date.year < (pub.year or 0)
        ):
            return True
    if _RENEWAL.search(text[: spans[0][0]] if spans else text):
        return False  # "memperpanjang kerja sama yang dimulai pada 2018 dengan menandatangani"
    year = re.search(r"\b(?:pada|tahun)\s+(?:tahun\s+)?((?:19|20)\d{2})\b", text, re.I)
    return bool(year and pub.year and int(year.group(1)) < pub.year)
