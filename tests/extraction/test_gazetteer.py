from agreements.extraction.gazetteer import DATA_DIR, get_gazetteer


def test_reference_data_is_read_from_the_project():
    assert DATA_DIR.name == "data" and DATA_DIR.parent.name == "agreements"


def test_every_abbreviation_resolves_to_its_province():
    gaz = get_gazetteer()
    expected = {
        "Jabar": "32",
        "Jatim": "35",
        "Jateng": "33",
        "Sumut": "12",
        "Sumsel": "16",
        "Sumbar": "13",
        "Kaltim": "64",
        "Kaltara": "65",
        "Sulsel": "73",
        "Sultra": "74",
        "Malut": "82",
        "Kepri": "21",
        "Babel": "19",
        "DKI": "31",
        "DIY": "34",
        "NTB": "52",
        "NTT": "53",
        "PBD": "96",
        "West Java": "32",
        "Sumatra Barat": "13",
    }
    for alias, code in expected.items():
        assert gaz.province_code(alias) == code, alias


def test_longest_name_wins():
    gaz = get_gazetteer()
    found = [m.group() for m in gaz.province_re.finditer("Kepulauan Riau dan Papua Barat Daya")]
    assert found == ["Kepulauan Riau", "Papua Barat Daya"]


def test_short_capital_acronyms_are_case_sensitive():
    gaz = get_gazetteer()
    assert not list(gaz.province_re.finditer("video diy untuk anak"))


def test_sector_keywords_match_whole_words_only():
    gaz = get_gazetteer()
    words = [m.group().lower() for m in gaz.sector_re.finditer("peningkatan pendidikan")]
    assert "ikan" not in words and "pendidikan" in words


def _flat_alternation(forms, exact_case=lambda form: False):
    """What the patterns used to be: every phrase, longest first."""
    import re

    from agreements.extraction.gazetteer import _flexible

    ordered = sorted(forms, key=len, reverse=True)
    body = "|".join(
        f"(?-i:{_flexible(form)})" if exact_case(form) else _flexible(form) for form in ordered
    )
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])", re.I)


def _variants(forms):
    """Texts that put every phrase, and near misses of it, in many spellings and contexts."""
    return [
        " ".join(forms),
        "  ".join(form.upper() for form in forms),
        ", ".join(form.title() for form in forms),
        "\n".join(form.replace(" ", "\n   ") + "nya" for form in forms),
        " ".join(f"{form} {form[:-1]}, {form}-an" for form in forms),
        " ".join(form.replace(".", "").replace("-", " ") for form in forms),
        " ".join(form.replace(" ", "-") + " " + form.replace(" ", "") for form in forms),
        " dan ".join(f"Pemerintah {form} Barat" for form in forms),
        "Kerja sama meliputi bidang pariwisata, pertanian tanaman pangan dan kesehatan.",
        "Pemprov DKI Jakarta, DKI, Kep. Riau, Kepri, D.I. Yogyakarta, DIY, NTB dan ntb. "
        "Diskominfo-SP, Diskominfosantik, DPM-PTSP, DPMPTSP, Dinas PUPR, Bappeda Litbang.",
    ]


def test_prefix_tries_match_exactly_what_the_flat_alternations_matched():
    from agreements.extraction.gazetteer import _CASE_SENSITIVE

    gaz = get_gazetteer()
    provinces = {alias for province in gaz.provinces.values() for alias in province.aliases}
    cases = [
        (gaz.sector_re, _flat_alternation(gaz.sector_keywords), gaz.sector_keywords),
        (gaz.opd_acronym_re, _flat_alternation(gaz.opd_acronyms), gaz.opd_acronyms),
        (
            gaz.province_re,
            _flat_alternation(provinces, exact_case=_CASE_SENSITIVE.match),
            provinces,
        ),
    ]
    for pattern, flat, forms in cases:
        for text in _variants(sorted(forms)):
            expected = [(m.span(), m.group()) for m in flat.finditer(text)]
            assert [(m.span(), m.group()) for m in pattern.finditer(text)] == expected
        assert flat.search(" ".join(forms))  # the texts do exercise the patterns


def test_phrase_trie_prefers_the_longest_phrase_at_a_position():
    import re

    from agreements.extraction.gazetteer import _phrase_trie

    pattern = re.compile(_phrase_trie(["air", "air bersih", "air baku"]), re.I)
    assert [m.group() for m in pattern.finditer("air bersih, air  baku dan air")] == [
        "air bersih",
        "air  baku",
        "air",
    ]
