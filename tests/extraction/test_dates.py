import datetime as dt

from agreements.extraction import dates, extract
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


def test_the_page_time_stamp_is_no_signing_date_but_dates_the_article():
    from agreements.extraction import extract

    r = extract(
        "Selasa, 11 Juni 2024 - 20:40 WIB\n"
        "JAMBI - Pemprov Jambi dan Pemprov Bengkulu menandatangani kesepakatan bersama di "
        "Rumah Dinas Gubernur Jambi, Senin (10/6).\n",
        published=None,
    )
    assert r.signed_on.isoformat() == "2024-06-10"
    assert r.place == "Rumah Dinas Gubernur Jambi"


def test_a_weekday_fitting_the_one_year_the_article_names():
    from agreements.extraction import extract

    # 9 October 2017 was a Monday; the article speaks of 2017 and has no publication date.
    r = extract(
        "Rapat Koordinasi Gubernur se-Sumatera tahun 2017 digelar di Jambi.\n"
        "Pemprov Sumbar dan Pemprov Jambi menandatangani nota kesepahaman bersama, Senin "
        "(9/10).\n",
        published=None,
    )
    assert r.signed_on.isoformat() == "2017-10-09"


def test_a_weekday_that_fits_no_named_year_stays_unresolved():
    from agreements.extraction import extract

    r = extract(
        "Rapat Koordinasi Gubernur se-Sumatera tahun 2018 digelar di Jambi.\n"
        "Pemprov Sumbar dan Pemprov Jambi menandatangani nota kesepahaman bersama, Senin "
        "(9/10).\n",
        published=None,
    )
    assert r.signed_on is None


def test_a_weekday_alone_without_a_publication_date_stays_unresolved():
    from agreements.extraction import extract

    r = extract(
        "Pemprov Jambi dan Pemprov Bengkulu menandatangani kesepakatan bersama pada Kamis "
        "kemarin di Jambi.\n",
        published="2024",
    )
    assert r.signed_on is None


def test_a_signing_dated_after_publication_has_not_happened():
    from agreements.extraction import extract

    r = extract(
        "Tahap akhir, penandatanganan perjanjian kerja sama Pemprov NTB dan Pemprov NTT pada "
        "22 Desember 2025 di Kupang.\n",
        published="2025-11-26",
    )
    assert not r.is_agreement


def test_the_next_signing_somewhere_else_is_not_the_place_of_this_one():
    from agreements.extraction import extract

    r = extract(
        "Penandatanganan kesepakatan bersama Pemprov NTB, Pemprov NTT dan Pemprov Bali "
        "berlangsung di Sirkuit Mandalika, Lombok Tengah, Selasa (25/11/2025).\n"
        '"Pertemuan berikutnya 22 Desember 2025 di NTT, agendanya tanda tangan PKS," kata '
        "Gubernur NTB.\n",
        published="2025-11-26",
    )
    assert r.place == "Sirkuit Mandalika, Lombok Tengah"
    assert r.signed_on.isoformat() == "2025-11-25"


def test_the_date_of_an_earlier_step_is_not_the_signing_day():
    from agreements.extraction import extract

    text = (
        "Dalam forum itu dilakukan penandatanganan kesepakatan bersama antara Gubernur NTT dan "
        "Gubernur NTB yang telah disetujui sebelumnya pada tanggal 16 hingga 17 Juni 2025 lalu."
    )
    assert extract(text).signed_on is None


def test_passive_speech_verb_dates_the_statement_not_the_signing():
    from agreements.extraction import extract

    text = (
        "Gubernur Bengkulu dan Gubernur Lampung menandatangani kesepakatan bersama di "
        "Bandar Lampung pekan lalu.\n"
        "Hal itu disampaikan Gubernur Bengkulu di Bengkulu, Senin (9/9/2024)."
    )
    result = extract(text, published="2024-09-10")
    assert result.is_agreement
    assert result.signed_on is None


def test_date_left_alone_after_the_signing_sentence_dates_it():
    from agreements.extraction import extract

    text = (
        "Pemkot Palu menjalin kerja sama dengan Kabupaten Sigi dan Kabupaten Donggala.\n"
        "Hal itu ditandai dengan penandatanganan nota kesepahaman oleh Wali Kota Palu dan "
        "Wakil Bupati Sigi. Selasa (9/5/2023).\n"
        "Wali Kota mengatakan kerja sama itu penting."
    )
    result = extract(text, published="2023-05-10")
    assert result.is_agreement
    assert str(result.signed_on) == "2023-05-09"


def test_an_earlier_signing_by_its_year_is_the_prior_cooperation():
    from agreements.extraction import extract

    signing = (
        "Gubernur Aceh dan Gubernur Sumut menandatangani kesepakatan bersama di Medan, "
        "Kamis (5/9/2024).\n"
    )
    renewed = extract(signing + "MoU yang ditandatangani pada 2016 itu kini diperpanjang.")
    earlier = extract(signing + "Sebelumnya, kedua provinsi telah meneken MoU pada 2013.")
    plain = extract(signing + "Gubernur Aceh menjabat sejak 2022.")
    assert renewed.prior_cooperation_since == 2016
    assert earlier.prior_cooperation_since == 2013
    assert plain.prior_cooperation_since is None


def test_written_out_numbers():
    assert dates.spelled_number("dua ribu dua puluh tiga") == 2023
    assert dates.spelled_number("dua ribu sembilan belas") == 2019
    assert dates.spelled_number("sebelas") == 11
    assert dates.spelled_number("14") == 14


def test_a_document_opening_dates_itself_in_words():
    text = (
        "Pada hari ini Rabu tanggal sepuluh bulan Mei tahun dua ribu dua puluh tiga, "
        "bertempat di Kantor Gubernur, kami yang bertanda tangan di bawah ini menyatakan:"
    )
    (mention,) = dates.find_dates(text, dates.Published.parse(None))
    assert mention.date == dt.date(2023, 5, 10)
    assert mention.explicit_year and not mention.statement


def test_a_reprinted_agreement_gives_the_signing_date():
    text = (
        "Pemprov Jambi dan Pemprov Sumatera Barat telah mencapai kesepakatan soal batas wilayah.\n"
        "Surat kesepakatan tersebut ditandatangani kedua belah pihak.\n"
        "Berikut isi lengkap surat kesepakatan bersama itu.\n"
        "Kesepakatan Bersama Pemerintah Provinsi Jambi dan Pemerintah Provinsi Sumatera Barat.\n"
        "Pada hari ini Rabu tanggal 10 bulan Mei tahun dua ribu dua puluh tiga, bertempat di "
        "Jakarta, kedua gubernur sepakat menyelesaikan batas wilayah."
    )
    assert str(extract(text).signed_on) == "2023-05-10"
