"""The English catalogue translates every string the project shows, and keeps the rules."""

from pathlib import Path

from babel.messages.pofile import read_po

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "en" / "LC_MESSAGES" / "django.po"


def _english():
    with CATALOGUE.open("rb") as handle:
        return [message for message in read_po(handle) if message.id]


def _strings(message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def _msgid(message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def test_every_english_entry_is_translated_and_none_is_fuzzy():
    # The .mo is compiled with --use-fuzzy, so a fuzzy guess ("Can export agreements" for
    # the import permission) would be shown as if it were right; an empty one falls back
    # to the Indonesian msgid in the middle of an English page.
    untranslated = [_msgid(m) for m in _english() if not all(_strings(m))]
    fuzzy = [_msgid(m) for m in _english() if m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


def test_english_keeps_every_placeholder():
    broken = []
    for message in _english():
        ids = (message.id,) if isinstance(message.id, str) else message.id
        for msgid, msgstr in zip(ids * 2, _strings(message), strict=False):
            for placeholder in ("%(", "%s", "%d", "{}"):
                if msgid.count(placeholder) != msgstr.count(placeholder):
                    broken.append(msgid)
    assert broken == []


def test_sentence_headings_start_with_a_capital_in_english():
    """Headings, buttons and menu entries whose Indonesian starts with a capital do too."""
    lower = [
        (_msgid(m), _strings(m)[0])
        for m in _english()
        if _msgid(m)[:1].isupper()
        and _strings(m)[0][:1].islower()
        # A fragment that continues a sentence ("OPD terdaftar" is a row label: capitalised
        # where shown) or an English term in lower case by design.
        and _msgid(m) not in ALLOWED_LOWER
    ]
    assert lower == []


ALLOWED_LOWER = {
    "OPD terdaftar",
    "OPD pelaksana",
    "OPD penanggung jawab",
    "HTML asli (terkompresi)",
}


def test_the_indonesian_catalogue_has_no_fuzzy_guess():
    # msgmerge guesses a translation for a new entry from a similar one ("sumber berita" in
    # the plural context got "Jumlah periode"); --use-fuzzy would show the guess.
    with (CATALOGUE.parents[2] / "id" / "LC_MESSAGES" / "django.po").open("rb") as handle:
        fuzzy = [_msgid(m) for m in read_po(handle) if m.id and m.fuzzy]
    assert fuzzy == []
