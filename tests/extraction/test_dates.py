import datetime as dt

from agreements.extraction.dates import Published, find_dates


def first(text, published):
    return find_dates(text, Published.parse(published))[0].date


def test_day_month_takes_the_year_of_publication():
    assert first("pada Kamis kemarin (12/3) di Gedung", "2020-03") == dt.date(2020, 3, 12)


def test_two_digit_year():
    assert first("Kamis (12/3/20).", None) == dt.date(2020, 3, 12)


def test_explicit_date_needs_no_publication_date():
    assert first("pada 9 Maret 2021 di Kantor", None) == dt.date(2021, 3, 9)


def test_unresolvable_year_stays_unknown():
    assert first("Senin (9/3) di Kantor", None) is None


def test_year_only_publication_resolves_day_month():
    assert first("Senin (9/3) di Kantor", "2021") == dt.date(2021, 3, 9)


def test_december_date_in_a_january_article_is_last_year():
    assert first("Rabu (30/12) lalu", "2021-01-04") == dt.date(2020, 12, 30)


def test_yesterday_and_bare_weekday_need_a_full_publication_date():
    assert first("ditandatangani kemarin", "2022-05-24") == dt.date(2022, 5, 23)
    assert first("ditandatangani pada Senin", "2022-05-25") == dt.date(2022, 5, 23)
    assert first("ditandatangani kemarin", "2022-05") is None


def test_quote_dates_are_marked():
    mentions = find_dates('"Kami sepakat," kata Edy, Kamis (10/11/2022).', Published())
    assert mentions[0].statement


def test_partial_publication_dates_parse():
    assert Published.parse("2020-03") == Published(2020, 3, None)
    assert Published.parse("2020") == Published(2020, None, None)
    assert Published.parse("unknown") == Published()
    assert Published.parse("2020-02-31") == Published(2020, 2, None)
