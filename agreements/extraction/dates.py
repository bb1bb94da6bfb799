"""Dates in Indonesian news, resolved against a (possibly partial) publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from agreements.extraction.lexicon import MONTH, MONTHS, SPEECH, WEEKDAY, WEEKDAYS


@dataclass(frozen=True)
class Published:
    """A publication date known to the day, the month, the year, or not at all."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def full(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None

    @classmethod
    def parse(cls, value: str | None) -> Published:
        m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", value or "")
        if not m:
            return cls()
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            if day:
                dt.date(year, month, day)
            elif month and not 1 <= month <= 12:
                return cls(year)
        except ValueError:
            return cls(year, month if month and 1 <= month <= 12 else None)
        return cls(year, month, day)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date | None  # None when the year cannot be resolved
    explicit_year: bool
    statement: bool  # the date of a quote or press release, not of an event
    # what an unresolved "Senin (9/10)" fixes, for a year found elsewhere in the article
    weekday: str | None = None
    day_month: tuple[int, int] | None = None


_LONG = re.compile(r"\b(?P<d>\d{1,2})\s+(?P<m>" + MONTH + r")\.?(?:\s+(?P<y>\d{4}))?\b", re.I)
# "(12/3)", "(9/3/2020)", "(12/3/20)", "Senin, 9/3/2020", "(20/01/2020)"
_SLASH = re.compile(
    r"\b(?P<d>\d{1,2})[/-](?P<m>\d{1,2})(?:[/-](?P<y>\d{4}|\d{2}))?\b(?!\s*(?:%|km|ha))", re.I
)
_WEEKDAY_RE = re.compile(r"\b(?P<w>" + WEEKDAY + r")\b", re.I)
# A page's own time stamp on a line of its own: "Senin, 01 Juli 2019 - 20:40 WIB".
PAGE_STAMP = re.compile(
    r"^\s*(?:[-\u2013\u2022]\s*)?(?:"
    + WEEKDAY
    + r"\s*,?\s*)?(?P<d>\d{1,2})\s+(?P<m>"
    + MONTH
    + r")\s+(?P<y>\d{4})"
    r"(?:\s*[-|,/]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?)?\s*$",
    re.I,
)


def page_stamp_date(line: str) -> dt.date | None:
    m = PAGE_STAMP.match(line)
    if not m:
        return None
    return _make(int(m.group("y")), MONTHS[m.group("m").lower().rstrip(".")], int(m.group("d")))


_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def year_by_weekday(text: str, weekday: str, month: int, day: int) -> int | None:
    """The one year named in ``text`` in which day/month falls on ``weekday``: "Senin (9/10)"
    in an article that speaks of 2017 is 9 October 2017 when that was a Monday. A guess
    between several fitting years is no answer."""
    fitting = set()
    for y in {int(y) for y in _YEAR.findall(text)}:
        date = _make(y, month, day)
        if date and date.weekday() == WEEKDAYS[weekday.lower()]:
            fitting.add(y)
    return fitting.pop() if len(fitting) == 1 else None


_AGO = re.compile(r"\s+(?:yang\s+)?lalu\b", re.I)


def year_before_story(text: str, end: int, article: str, month: int, day: int) -> int | None:
    """ "9 Juli lalu" (ending at ``end``) in an article with no publication date that dates
    its story only by a written year ("Kamis (5/9/19)"): the story's one year, when the day
    lies before the story's latest date."""
    if not _AGO.match(text, end):
        return None
    written = [
        d.date
        for line in article.split("\n")
        for d in find_dates(line, Published())
        if d.explicit_year and d.date
    ]
    if len({d.year for d in written}) != 1:
        return None
    date = _make(written[0].year, month, day)
    return date.year if date and date < max(written) else None


def year_elsewhere(
    text: str, mention: DateMention, article: str, pub: Published
) -> tuple[dt.date | None, float]:
    """An unresolved day and month with no publication year: dated by the one year in which
    its weekday fits, else by the story's year when written "lalu" (year_before_story)."""
    if pub.year or not mention.day_month:
        return None, 0.0
    day, month = mention.day_month
    if mention.weekday:
        year = year_by_weekday(article, mention.weekday, month, day)
        if year:
            return dt.date(year, month, day), 0.75
    year = year_before_story(text, mention.end, article, month, day)
    return (dt.date(year, month, day), 0.6) if year else (None, 0.0)


# '..." kata Gubernur dalam sambutannya, Kamis (9/9/2021)': a speech given at the ceremony.
SPEECH_AT_CEREMONY = re.compile(r"\bdalam\s+(?:sambutan|pidato)(?:nya)?\b", re.I)

_YESTERDAY = re.compile(r"\bkemarin\b", re.I)
_TODAY = re.compile(r"\bhari\s+ini\b", re.I)

_DIGIT_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}  # fmt: skip
_WHOLE_WORDS = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
_NUMBER = (
    r"(?:\d{1,4}|(?:"
    + "|".join([*_DIGIT_WORDS, *_WHOLE_WORDS, "belas", "puluh", "ratus", "ribu"])
    + r")(?:\s+(?:"
    + "|".join([*_DIGIT_WORDS, *_WHOLE_WORDS, "belas", "puluh", "ratus", "ribu"])
    + r"))*)"
)
# The opening of a signed document: "Pada hari ini Selasa tanggal tujuh belas bulan Juni
# tahun dua ribu dua puluh lima": the day the document was signed, written out.
DEED_OPENING = re.compile(
    r"\bhari\s+ini,?\s+(?P<w>" + WEEKDAY + r"),?\s+tanggal\s+(?P<d>" + _NUMBER + r")\s+"
    r"(?:bulan\s+)?(?P<m>" + MONTH + r"),?\s+tahun\s+(?P<y>" + _NUMBER + r")\b",
    re.I,
)


def spelled_number(text: str) -> int:
    """ "17" or "tujuh belas" -> 17, "dua ribu dua puluh lima" -> 2025."""
    if text.isdigit():
        return int(text)
    total = current = unit = 0
    for word in text.lower().split():
        if word in _DIGIT_WORDS:
            unit = _DIGIT_WORDS[word]
        elif word in _WHOLE_WORDS:
            current += _WHOLE_WORDS[word]
        elif word == "belas":
            current, unit = current + unit + 10, 0
        elif word == "puluh":
            current, unit = current + unit * 10, 0
        elif word == "ratus":
            current, unit = current + unit * 100, 0
        elif word == "ribu":
            total, current, unit = total + (current + unit) * 1000, 0, 0
    return total + current + unit


def _deed_mentions(text: str) -> list[DateMention]:
    out = []
    for m in DEED_OPENING.finditer(text):
        day, month = spelled_number(m.group("d")), MONTHS[m.group("m").lower().rstrip(".")]
        date = _make(spelled_number(m.group("y")), month, day)
        out.append(DateMention(m.start(), m.end(), date, True, False, m.group("w"), (day, month)))
    return out


def _year_for(month: int, day: int, pub: Published) -> int | None:
    if not pub.year:
        return None
    if pub.month and month > pub.month + 1:
        # A day-month later than the publication month belongs to the previous year.
        return pub.year - 1
    return pub.year


def _two_digit(y: str) -> int:
    value = int(y)
    return value + 2000 if len(y) == 2 else value


def _make(y: int | None, m: int, d: int) -> dt.date | None:
    if y is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# "... yang telah disetujui sebelumnya pada tanggal 16 Juni": the date of an earlier step.
_EARLIER_STEP = re.compile(
    r"\bsebelumnya\s+(?:pada\s+)?(?:tanggal\s+|hari\s+)?"
    r"(?:\d{1,2}\s*(?:hingga|sampai|s\.?d\.?|-|dan)\s*)?$",
    re.I,
)


# "... tindak lanjut pertemuan kedua gubernur di Jayasabha pada 12 Juli 2025 lalu": the
# date of the meeting that led to the signing.
_EARLIER_MEETING = re.compile(
    r"\b(?:tindak\s*lanjut|menindaklanjuti|kelanjutan)\s+(?:dari\s+)?(?:hasil\s+)?"
    r"(?:pertemuan|rapat|kunjungan|audiensi|pembicaraan)\b[^.;]*$",
    re.I,
)
# "... kerja sama itu berakhir pada 26 Oktober 2021", "berlaku hingga 2026": the end of a
# term, not a signing.
_TERM_END = re.compile(
    r"\b(?:berakhir|berlaku\s+(?:hingga|sampai(?:\s+dengan)?)|habis(?:\s+masa\s+berlakunya)?|"
    r"jatuh\s+tempo|kedaluwarsa|kadaluarsa)\s+(?:pada\s+)?(?:tanggal\s+)?$",
    re.I,
)


# "Hal itu disampaikan Gubernur di Jambi, Senin (9/9)": the passive of a speech verb.
_SAID = re.compile(
    r"\b(?:disampaikan|diungkapkan|dikatakan|dijelaskan|ditegaskan|disebutkan|dituturkan|"
    r"diutarakan|dipaparkan)\b",
    re.I,
)


def _is_statement(text: str, start: int, anchor: int) -> bool:
    """A date preceded (after the event words) by "kata X", "ujarnya" is a quote date; one
    after "sebelumnya pada" dates an earlier step, one after "berakhir pada" the end of a
    term. None is the signing's."""
    window = text[max(anchor, start - 90) : start]
    return (
        bool(SPEECH.search(window) or _SAID.search(window))
        or window.rstrip().endswith('"')
        or bool(_EARLIER_STEP.search(window))
        or bool(_TERM_END.search(window))
        or bool(_EARLIER_MEETING.search(window))
    )


def find_dates(text: str, pub: Published, anchor: int = 0) -> list[DateMention]:
    """All dates in a sentence; ``anchor`` is where the event words end (for quote dates)."""
    found: list[DateMention] = _deed_mentions(text)
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in found]
    for m in _LONG.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue  # part of a document's written-out date
        month = MONTHS[m.group("m").lower().rstrip(".")]
        day = int(m.group("d"))
        if m.group("y"):
            date, explicit = _make(int(m.group("y")), month, day), True
        else:
            date, explicit = _make(_year_for(month, day, pub), month, day), False
        if not 1 <= day <= 31:
            continue
        weekday = _WEEKDAY_RE.search(text[max(0, m.start() - 12) : m.start()])
        found.append(
            DateMention(
                m.start(),
                m.end(),
                date,
                explicit,
                _is_statement(text, m.start(), anchor),
                weekday.group("w") if weekday else None,
                (day, month),
            )
        )
        taken.append((m.start(), m.end()))
    for m in _SLASH.finditer(text):
        if any(a <= m.start("d") < b for a, b in taken):
            continue
        prefix = text[max(0, m.start() - 12) : m.start("d")]
        # A bare "3/4" is a fraction or a number; require a bracket or a weekday before it.
        if "(" not in prefix and not _WEEKDAY_RE.search(prefix):
            continue
        day, month = int(m.group("d")), int(m.group("m"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if m.group("y"):
            date, explicit = _make(_two_digit(m.group("y")), month, day), True
        else:
            date, explicit = _make(_year_for(month, day, pub), month, day), False
        weekday = _WEEKDAY_RE.search(prefix)
        found.append(
            DateMention(
                m.start(),
                m.end(),
                date,
                explicit,
                _is_statement(text, m.start(), anchor),
                weekday.group("w") if weekday else None,
                (day, month),
            )
        )
        taken.append((m.start(), m.end()))
    full = pub.full
    for m in _WEEKDAY_RE.finditer(text):
        # A weekday alone ("pada Kamis", "Senin lalu") needs a full publication date.
        after = text[m.end() : m.end() + 40]
        if re.match(r"\s*(?:\w+\s+)?,?\s*\(?\s*\d", after) or any(
            a - 25 <= m.start() <= b for a, b in taken
        ):
            continue
        date = None
        if full:
            back = (full.weekday() - WEEKDAYS[m.group("w").lower()]) % 7
            date = full - dt.timedelta(days=back)
        found.append(
            DateMention(m.start(), m.end(), date, False, _is_statement(text, m.start(), anchor))
        )
    for m in _YESTERDAY.finditer(text):
        if any(abs(m.start() - a) < 30 for a, _ in taken) or _WEEKDAY_RE.search(
            text[max(0, m.start() - 12) : m.start()]
        ):
            continue
        date = full - dt.timedelta(days=1) if full else None
        found.append(DateMention(m.start(), m.end(), date, False, False))
    for m in _TODAY.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        found.append(
            DateMention(m.start(), m.end(), full, False, _is_statement(text, m.start(), anchor))
        )
    found.sort(key=lambda d: d.start)
    return found


def plausible(date: dt.date, pub: Published) -> bool:
    """A signing date cannot lie after publication, nor years before it."""
    if pub.full:
        return pub.full - dt.timedelta(days=400) <= date <= pub.full + dt.timedelta(days=1)
    if pub.year:
        if pub.month:
            last = dt.date(pub.year, pub.month, 28) + dt.timedelta(days=4)
            return date <= last and date.year >= pub.year - 1
        return pub.year - 1 <= date.year <= pub.year
    return True


def is_old(date: dt.date, pub: Published) -> bool:
    """Older than half a year before publication: a past agreement being recalled."""
    if pub.full:
        return date < pub.full - dt.timedelta(days=180)
    if pub.year:
        return date.year < pub.year - 1 or (
            pub.month is not None and date < dt.date(pub.year, pub.month, 1) - dt.timedelta(180)
        )
    return False
