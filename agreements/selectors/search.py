"""The agreement list's text search (``q``).

Every word must match, so that a second word narrows ("pariwisata bali" is tourism with Bali,
not tourism or Bali); a word matches the stored full-text vector (title, scope, venue,
signatories, notes) or a name that escapes stemming (an OPD, an organisation, a province).
Provinces are recognised first by the gazetteer, whole and under their usual aliases
("Jabar", "Kaltim", "Jawa Barat"), and then mean "involving that province"; a kabupaten or
kota written with its kind ("Kota Bandung", "Kab. Bandung", "Pemkab Bandung") means "involving
that kabupaten/kota". A bare name ("Bandung") matches every region of that name.
"""

from __future__ import annotations

import re

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When

from agreements.extraction.gazetteer import get_gazetteer
from agreements.models import (
    SEARCH_CONFIG,
    Agreement,
    AgreementOpd,
    AgreementParty,
    Province,
    Regency,
    ScopeItem,
)

# Words that say nothing about which agreement is meant (and would only narrow to nothing).
STOP_WORDS = {"dan", "dengan", "di", "ke", "provinsi", "prov", "pemprov", "antara", "the", "and"}
WORD = re.compile(r"[\w.-]+", re.U)
MAX_WORDS = 8
# "Kabupaten Deli Serdang", "Kab. Bandung", "Pemkot Bogor": a kind word and up to four words.
REGION_FORM = re.compile(
    r"(?<![\w-])(?P<kind>pemerintah\s+kabupaten|pemerintah\s+kota|kabupaten|kab\.?|pemkab|"
    r"kota\s+administrasi|kota|pemkot)\s+(?P<name>[\w'-]+(?:\s+[\w'-]+){0,3})",
    re.I | re.U,
)


def _regency_codes(text: str) -> tuple[list[str], str]:
    """(kabupaten/kota codes named with their kind word, the text without them)."""
    gazetteer = get_gazetteer()
    codes: list[str] = []

    def take(match: re.Match) -> str:
        kind = match.group("kind").lower()
        level = "city" if "kot" in kind else "regency"
        words = match.group("name").split()
        for size in range(len(words), 0, -1):
            code = gazetteer.region_code(level, " ".join(words[:size]))
            if code:
                if code not in codes:
                    codes.append(code)
                return " " + " ".join(words[size:]) + " "
        return match.group(0)

    return codes, REGION_FORM.sub(take, text)


# Ranking reads each match's vector and compares its title: over the 133,000 matches of one
# common word in a million agreements that took seconds. Only the newest RANK_CANDIDATES
# matches are ranked (best first); the other matches follow, newest first.
RANK_CANDIDATES = 1000


def search_terms(text: str) -> tuple[list[str], list[str]]:
    """(region codes named: kabupaten/kota, then provinces; remaining words) of a query."""
    gazetteer = get_gazetteer()
    codes, text = _regency_codes(text)

    def take(match: re.Match) -> str:
        code = gazetteer.province_code(match.group(0))
        if code and code not in codes:
            codes.append(code)
        return " "

    rest = gazetteer.province_re.sub(take, text)
    words = [w.strip(".-") for w in WORD.findall(rest)]
    words = [w for w in words if len(w) > 1 and w.lower() not in STOP_WORDS]
    return codes, list(dict.fromkeys(words))[:MAX_WORDS]


def _word_condition(word: str) -> Q:
    # Each branch is its own indexed subquery; OR-ing correlated EXISTS would scan every
    # agreement instead.
    by_text = Agreement.objects.filter(
        search_vector=SearchQuery(word, config=SEARCH_CONFIG, search_type="plain")
    ).values("pk")
    by_opd = AgreementOpd.objects.filter(
        Q(opd__name__trigram_word_similar=word) | Q(opd__acronym__iexact=word)
    ).values("agreement_id")
    by_organisation = AgreementParty.objects.filter(
        organisation_name__trigram_word_similar=word
    ).values("agreement_id")
    # A misspelt province name ("Jambii"), which the gazetteer did not recognise.
    provinces = Province.objects.filter(name__trigram_word_similar=word).values("code")
    by_province = AgreementParty.objects.filter(province__in=provinces).values("agreement_id")
    # A kabupaten/kota by its bare name ("Sleman", "Bandung": both Bandungs).
    regencies = Regency.objects.filter(name__trigram_word_similar=word).values("code")
    by_regency = AgreementParty.objects.filter(regency__in=regencies).values("agreement_id")
    return (
        Q(pk__in=by_text)
        | Q(pk__in=by_opd)
        | Q(pk__in=by_organisation)
        | Q(pk__in=by_province)
        | Q(pk__in=by_regency)
    )


def agreement_search(
    agreements: QuerySet[Agreement], text: str, *, ranked: bool
) -> QuerySet[Agreement]:
    """``agreements`` matching every term of ``text``; ``ranked``: best matches first (when
    the user asked for no other order)."""
    text = text.strip()
    codes, words = search_terms(text)
    if not codes and not words:
        return agreements
    matches = agreements
    for code in codes:
        matches = matches.involving_region(code)
    for word in words:
        matches = matches.filter(_word_condition(word))
    if not ranked:
        return matches
    if not words:
        return matches.order_by("-signed_on", "-id")
    rank_text = " ".join(words)
    query = SearchQuery(words[0], config=SEARCH_CONFIG, search_type="plain")
    for word in words[1:]:
        query |= SearchQuery(word, config=SEARCH_CONFIG, search_type="plain")
    candidates = matches.order_by("-signed_on", "-id").values("pk")[:RANK_CANDIDATES]
    return matches.annotate(
        rank=Case(
            When(
                pk__in=candidates,
                then=SearchRank(F("search_vector"), query)
                + TrigramWordSimilarity(rank_text, "title"),
            ),
            default=Value(-1.0),
            output_field=FloatField(),
        )
    ).order_by("-rank", "-signed_on", "-id")


def _public_word_condition(word: str) -> Q:
    # Never the stored vector: it carries the internal notes (and the venue and signatories
    # at the same weight), and a match on them would tell an anonymous visitor what the notes
    # say. Only the public text is searched: the title, the scope items, OPD, organisation
    # and province names. Published rows are few next to the staff list, so the title and
    # scope vectors are computed on the fly.
    title = SearchVector("title", config=SEARCH_CONFIG)
    query = SearchQuery(word, config=SEARCH_CONFIG, search_type="plain")
    by_title = (
        Agreement.objects.published().annotate(public_text=title).filter(public_text=query)
    ).values("pk")
    by_scope = (
        ScopeItem.objects.filter(agreement__is_published=True)
        .annotate(public_text=SearchVector("description", config=SEARCH_CONFIG))
        .filter(public_text=query)
        .values("agreement_id")
    )
    by_opd = AgreementOpd.objects.filter(
        Q(opd__name__trigram_word_similar=word) | Q(opd__acronym__iexact=word)
    ).values("agreement_id")
    by_organisation = AgreementParty.objects.filter(
        organisation_name__trigram_word_similar=word
    ).values("agreement_id")
    provinces = Province.objects.filter(name__trigram_word_similar=word).values("code")
    by_province = AgreementParty.objects.filter(province__in=provinces).values("agreement_id")
    return (
        Q(pk__in=by_title)
        | Q(pk__in=by_scope)
        | Q(pk__in=by_opd)
        | Q(pk__in=by_organisation)
        | Q(pk__in=by_province)
    )


def public_agreement_search(agreements: QuerySet[Agreement], text: str) -> QuerySet[Agreement]:
    """``q`` of the public portal and the anonymous API: every term must match, over the
    public fields only (see ``_public_word_condition``); newest signing first."""
    codes, words = search_terms(text.strip())
    matches = agreements
    for code in codes:
        matches = matches.involving(code)
    for word in words:
        matches = matches.filter(_public_word_condition(word))
    return matches
