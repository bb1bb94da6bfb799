"""A signing "14 Agustus lalu" in an article with no publication date, whose story is dated
by a written year: the story's year; no year without one (all invented)."""

import datetime as dt

from agreements.extraction import extract

_TEXT = (
    "Gubernur Jawa Tengah Bambang Susilo bertemu Gubernur Bali Made Wirawan di Denpasar, "
    "Senin (2/10/23).\n"
    "Sebelumnya, Pemprov Jateng dan Bali telah menyepakati kerja sama dalam 12 bidang. Hal "
    "ini tertuang dalam nota kesepahaman yang ditandatangani Bambang Susilo dan Made Wirawan "
    "di Gedung Gradhika Semarang, {day} lalu."
)


def test_a_day_before_the_dated_story_takes_its_year():
    assert extract(_TEXT.format(day="14 Agustus")).signed_on == dt.date(2023, 8, 14)


def test_a_day_after_the_dated_story_is_not_guessed():
    assert extract(_TEXT.format(day="14 Desember")).signed_on is None


def test_without_a_dated_story_no_year():
    text = _TEXT.replace(", Senin (2/10/23)", "").format(day="14 Agustus")
    assert extract(text).signed_on is None


def test_without_lalu_no_year():
    text = _TEXT.replace(" lalu.", ".").format(day="14 Agustus")
    assert extract(text).signed_on is None
