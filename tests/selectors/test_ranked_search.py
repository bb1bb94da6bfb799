"""The list's search over many matches: every word narrows, the best of the newest matches
come first, and paging through them neither repeats nor skips a row."""

from datetime import date

import pytest
from django.urls import reverse

from agreements.selectors import search
from agreements.services.agreements import agreement_refresh_search
from tests.factories import AgreementFactory, OpdFactory, ScopeItemFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(client, make_user):
    client.force_login(make_user("Viewer"))
    return client


def rows(client, **query):
    response = client.get(reverse("agreements:list"), query)
    assert response.status_code == 200
    return [row.record.pk for row in response.context["table"].page.object_list]


@pytest.fixture
def tourism():
    """Six tourism agreements signed the same day, one of them about marine tourism."""
    made = AgreementFactory.create_batch(
        6, title="Kerja sama daerah", provinces=["15", "32"], signed_on=date(2021, 4, 1)
    )
    for agreement in made:
        ScopeItemFactory(agreement=agreement, description="Promosi pariwisata")
    ScopeItemFactory(agreement=made[2], description="Pariwisata bahari dan pantai")
    agreement_refresh_search()
    return made


@pytest.mark.parametrize("common", [0, 10**9])  # checked row by row, or by the indexes
def test_every_word_must_match_whichever_way_it_is_looked_up(viewer, tourism, settings, common):
    search.COMMON_WORD_ROWS, before = common, search.COMMON_WORD_ROWS
    try:
        assert sorted(rows(viewer, q="pariwisata")) == sorted(a.pk for a in tourism)
        assert rows(viewer, q="pariwisata bahari") == [tourism[2].pk]
        assert rows(viewer, q="pariwisata gunung") == []
    finally:
        search.COMMON_WORD_ROWS = before


def test_an_opd_name_is_a_match_as_well(viewer, tourism):
    opd = OpdFactory(name="Dinas Kelautan dan Perikanan", acronym="DKP", province_id="15")
    tourism[4].agreement_opds.create(opd=opd)
    assert rows(viewer, q="pariwisata DKP") == [tourism[4].pk]


def test_text_a_user_types_is_never_an_error(viewer, tourism):
    for text in ['"pariwisata', "pariwisata -", "pariwisata | ", "!!"]:
        assert viewer.get(reverse("agreements:list"), {"q": text}).status_code == 200


def test_the_best_match_comes_first_and_pages_keep_every_row_once(viewer, tourism):
    newest = AgreementFactory(title="Pariwisata bahari Jambi", signed_on=date(2024, 1, 1))
    older = AgreementFactory(title="Energi", signed_on=date(2024, 1, 2))
    ScopeItemFactory(agreement=older, description="pariwisata")
    agreement_refresh_search()
    first = rows(viewer, q="pariwisata bahari")
    assert first[0] == newest.pk  # in the title beats newer in the scope only
    seen = []
    for number in (1, 2, 3, 4):
        seen += rows(viewer, q="pariwisata", per_page=2, page=number)
    assert sorted(seen) == sorted([*(a.pk for a in tourism), newest.pk, older.pk])


def test_past_the_ranked_candidates_the_rest_follow_newest_first(viewer, tourism, monkeypatch):
    monkeypatch.setattr(search, "RANK_CANDIDATES", 4)
    seen = []
    for number in (1, 2, 3):
        seen.append(rows(viewer, q="pariwisata", per_page=2, page=number))
    flat = [pk for page in seen for pk in page]
    assert sorted(flat) == sorted(a.pk for a in tourism)
    # The newest four (same day: the id breaks the tie) are ranked; the two oldest follow.
    by_date = sorted((a.pk for a in tourism), reverse=True)
    assert set(flat[:4]) == set(by_date[:4])
    assert seen[2] == by_date[4:]


def test_an_explicit_sort_is_kept_with_a_search(viewer, tourism):
    ascending = rows(viewer, q="pariwisata", sort="signed_on", per_page=10)
    assert ascending == sorted(a.pk for a in tourism)
