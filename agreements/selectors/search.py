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

import json
import re

from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q, QuerySet

from agreements.extraction.gazetteer import get_gazetteer
from agreements.models import (
    SEARCH_CONFIG,
    Agreement,
    AgreementOpd,
    AgreementParty,
    Opd,
    Province,
    Regency,
    ScopeItem,
)
from agreements.selectors.agreements import agreement_list_queryset
from agreements.selectors.list_ids import OWN_ROWS, window_of
from agreements.selectors.row_checks import EitherForm

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
# matches are ranked (best first); the other matches follow, newest first (see
# ``RankedRows``, which reads each part with its own bounded query).
RANK_CANDIDATES = 1000
# A word the planner expects in more rows than this is checked on the rows a newest-first
# page reads (the page stops after its rows); a rarer word is looked up through the
# indexes first (its few matches are then sorted).
COMMON_WORD_ROWS = 2000


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


def _text_query(word: str) -> SearchQuery:
    # websearch_to_tsquery: never a syntax error, whatever the user typed.
    return SearchQuery(word, config=SEARCH_CONFIG, search_type="websearch")


def _estimated_rows(queryset: QuerySet) -> int:
    """The planner's estimate of the rows of ``queryset`` (EXPLAIN, nothing executed)."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def _names_matching(word: str) -> tuple[QuerySet, QuerySet, QuerySet]:
    """(OPDs, provinces, kabupaten/kota) whose name is like ``word``: small reference tables."""
    opds = Opd.objects.filter(Q(name__trigram_word_similar=word) | Q(acronym__iexact=word))
    # A misspelt province name ("Jambii"), which the gazetteer did not recognise.
    provinces = Province.objects.filter(name__trigram_word_similar=word)
    # A kabupaten/kota by its bare name ("Sleman", "Bandung": both Bandungs).
    regencies = Regency.objects.filter(name__trigram_word_similar=word)
    return opds.values("pk"), provinces.values("code"), regencies.values("code")


def _by_names(word: str) -> QuerySet:
    """The agreements (ids) with an OPD, organisation, province or kabupaten/kota party
    whose name is like ``word``: each branch by its own index, one set."""
    opds, provinces, regencies = _names_matching(word)
    branches = [
        AgreementOpd.objects.filter(opd__in=opds),
        AgreementParty.objects.filter(organisation_name__trigram_word_similar=word),
        AgreementParty.objects.filter(province__in=provinces),
        AgreementParty.objects.filter(regency__in=regencies),
    ]
    first, *rest = (branch.order_by().values("agreement_id") for branch in branches)
    return first.union(*rest)


def _by_names_per_row(word: str) -> Q:
    """``_by_names`` as probes of each row's own OPDs and parties (a few rows checked)."""
    opds, provinces, regencies = _names_matching(word)
    mine = OuterRef("pk")
    parties = AgreementParty.objects.filter(
        Q(organisation_name__trigram_word_similar=word)
        | Q(province__in=provinces)
        | Q(regency__in=regencies),
        agreement=mine,
    )
    return Q(Exists(AgreementOpd.objects.filter(agreement=mine, opd__in=opds))) | Q(Exists(parties))


def _word_condition(word: str, *, common: bool) -> Q:
    text = Q(search_vector=_text_query(word))
    # The whole list's form below; a few rows checked again probe their own names.
    return Q(
        EitherForm(
            _whole_list_word_condition(word, text, common=common), text | _by_names_per_row(word)
        )
    )


def _whole_list_word_condition(word: str, text: Q, *, common: bool) -> Q:
    """A word matches the stored vector, an OPD (name or acronym), an organisation party's
    name, or a province or kabupaten/kota party by a name like it."""
    if common:
        # The vector is checked on each row a newest-first page reads (it stops after its
        # rows); collecting the 130,000 matches of a common word first took seconds. The
        # names as one hashed set: built once (about 0.25 s for "pariwisata" at a million),
        # then a probe per row. An EXISTS per row instead made a two-word search that
        # matches few rows ("pariwisata bali") probe every agreement, past 30 s.
        return text | Q(pk__in=_by_names(word))
    # A rare word: its few matches by the indexes (GIN, trigram), one set.
    by_text = Agreement.objects.filter(text).order_by().values("pk")
    return Q(pk__in=by_text.union(_by_names(word)))


def _is_common(word: str) -> bool:
    text = Agreement.objects.filter(search_vector=_text_query(word)).values("pk")
    return _estimated_rows(text) > COMMON_WORD_ROWS


def agreement_search(agreements: QuerySet[Agreement], text: str) -> QuerySet[Agreement]:
    """``agreements`` matching every term of ``text`` (AND), in their own order; the list
    shows the best of them first with ``ranked_ids``."""
    codes, words = search_terms(text.strip())
    matches = agreements
    for code in codes:
        matches = matches.involving_region(code)
    for word in words:
        matches = matches.filter(_word_condition(word, common=_is_common(word)))
    return matches


def rank_expression(rank_text: str):
    """How well a row matches the words: the vector's rank plus the title's similarity."""
    words = rank_text.split()
    query = _text_query(words[0])
    for word in words[1:]:
        query |= _text_query(word)
    return SearchRank(F("search_vector"), query) + TrigramWordSimilarity(rank_text, "title")


def rank_text(text: str) -> str:
    """The words of a query that rank its matches ("" when only regions were named)."""
    return " ".join(search_terms(text.strip())[1])


def match_ids(matches: QuerySet[Agreement]) -> list[int]:
    """The ids of the first LIST_COUNT_LIMIT + 1 rows of ``matches`` (in its order): they
    give the list's bounded count, the candidates to rank and every later page by id, so
    page 300 of a search costs what page 1 costs. Kept current across writes by checking
    only the agreements that changed (``list_ids.window_of``)."""
    limit = settings.LIST_COUNT_LIMIT
    return list(window_of(matches, limit=limit).ids[: limit + 1])


# A list's first page (the tables' default): its rows are kept with the list's window.
FIRST_PAGE_ROWS = 25


def list_window(matches: QuerySet[Agreement]):
    """The window of an unranked list (``match_ids``' ids) with the rows of its first page:
    page 1 after writes elsewhere reads no row again."""
    return window_of(
        matches, limit=settings.LIST_COUNT_LIMIT, rows=OWN_ROWS, rows_count=FIRST_PAGE_ROWS
    )


def ranked_ids(matches: QuerySet[Agreement], words: str) -> list[int]:
    """The ids of ``matches`` as the list shows them: its first RANK_CANDIDATES rows (in
    its own order) best match first, then the rest in that order, up to LIST_COUNT_LIMIT
    + 1. Only the candidates are ranked, each once (a row's rank depends on that row only).
    No ``words``: the list's own order."""
    if not words:
        return match_ids(matches)
    limit = settings.LIST_COUNT_LIMIT

    def rank(ids: list[int]) -> dict[int, float]:
        rows = Agreement.objects.filter(pk__in=ids).annotate(rank=rank_expression(words))
        return dict(rows.values_list("pk", "rank"))

    window = window_of(matches, limit=limit, ranked_by=words, rank=rank, candidates=RANK_CANDIDATES)
    ids = list(window.ids[: limit + 1])
    candidates = ids[:RANK_CANDIDATES]
    # Best first, as ``ORDER BY rank DESC`` (a NULL rank, no stored vector, first); equal
    # ranks keep the list's own order (the ids are in it).
    position = {pk: index for index, pk in enumerate(candidates)}

    def best_first(pk: int) -> tuple:
        rank = window.ranks.get(pk)
        return (0, 0.0, position[pk]) if rank is None else (1, -rank, position[pk])

    best = sorted(candidates, key=best_first)
    return best + ids[len(candidates) :]


def rows_by_id(matches: QuerySet[Agreement], words: str, wanted: list[int]) -> list:
    """The rows of ``wanted`` (ids from ``ranked_ids``), in that order: every page of a
    list, the 300th as the first, costs one lookup of its rows."""
    # A search's rows as the list shows them (its word conditions are not needed again);
    # another list's rows with what its queryset adds (the pair page: parent, predecessor).
    rows = agreement_list_queryset() if words else matches
    by_id = rows.in_bulk(wanted)
    return [by_id[pk] for pk in wanted if pk in by_id]


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
