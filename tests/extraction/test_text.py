from agreements.extraction.text import normalise, split_dateline, split_sentences


def test_normalise_drops_scraper_header_and_unifies_quotes():
    raw = "https://example.org/berita\n2020-03-12\n\n\u201cKerja sama ini penting,\u201d kata dia. [\u2026]"
    assert normalise(raw) == '"Kerja sama ini penting," kata dia.'


def test_sentences_do_not_break_after_abbreviations_or_initials():
    text = "Sekda Prov. Aceh M. Jafar hadir. Gubernur H. Budi tiba di Jl. Merdeka. Acara usai."
    assert split_sentences(text) == [
        "Sekda Prov. Aceh M. Jafar hadir.",
        "Gubernur H. Budi tiba di Jl. Merdeka.",
        "Acara usai.",
    ]


def test_every_line_is_its_own_sentence():
    assert split_sentences("Judul Berita\nIsi berita pertama") == [
        "Judul Berita",
        "Isi berita pertama",
    ]


def test_dateline_city_and_outlet_are_told_apart():
    assert split_dateline("BANDUNG -- Gubernur hadir")[0] == "Bandung"
    assert split_dateline("Jakarta, Kabarkita.com - Gubernur hadir")[0] == "Jakarta"
    assert split_dateline("Kabarkita.com, Surabaya - Gubernur hadir")[0] == "Surabaya"
    assert split_dateline("MEDAN (ANTARA) - Gubernur hadir")[0] == "Medan"


def test_headline_with_hyphen_is_not_a_dateline():
    assert split_dateline("Jabar-Jambi Jalin Kerja Sama")[2] is False


def test_an_item_of_a_dashed_list_is_no_dateline():
    city, _rest, found = split_dateline(
        "- CV. Laut Biru - Gresik dengan CV. Ikan Segar - Palu, komoditas : - Tuna 10 ton."
    )
    assert (city, found) == (None, False)


def test_a_city_the_site_is_named_after_stays_the_dateline_city():
    city, _rest, _found = split_dateline(
        "Garut, GNO - Pemkab Garut menandatangani kesepakatan.", "https://www.garutnews.online/a/1"
    )
    assert city == "Garut"
    # the whole site name is the outlet, not a city
    city, _rest, _found = split_dateline(
        "Garut - Pemkab Garut menandatangani kesepakatan.", "https://garut.example/a/1"
    )
    assert city is None
