"""The lists' cached first ids stay what reading them again gives, after every kind of write
(``agreements/selectors/list_ids.py``): only the changed agreements are checked again."""

import datetime as dt
import random
import threading

import pytest
from django.db import connection, connections, transaction
from django.test.utils import CaptureQueriesContext

from agreements.models import SEARCH_CONFIG, Agreement, AgreementOpd, AgreementParty, Opd, ScopeItem
from agreements.selectors.agreements import agreement_list_queryset
from agreements.selectors.list_ids import sort_key, window_of
from agreements.selectors.search import (
    agreement_search,
    match_ids,
    rank_expression,
    ranked_ids,
)
from agreements.services.agreements import agreement_after_write
from tests.factories import AgreementFactory, OpdFactory

transactional = pytest.mark.django_db(transaction=True)


def fresh(queryset, limit):
    return list(queryset.values_list("pk", flat=True)[: limit + 1])


def lists(limit=10_000):
    """Querysets as the pages build them: a province, a sector, a search, an expiry order."""
    rows = agreement_list_queryset()
    return {
        "province": rows.involving("32"),
        "sector": rows.in_sector("pariwisata"),
        "search": agreement_search(rows, "irigasi"),
        "by end": rows.order_by("ends_on", "id"),
        "signed since": rows.filter(signed_on__gte=dt.date(2021, 1, 1)),
    }


def assert_current(settings, limit=None):
    limit = limit or settings.LIST_COUNT_LIMIT
    for name, queryset in lists().items():
        assert match_ids(queryset) == fresh(queryset, limit), name


@pytest.fixture
def made(reference_data):
    today = dt.date(2024, 1, 1)
    agreements = [
        AgreementFactory(
            title=f"Irigasi sawah {n}" if n % 3 == 0 else f"Kerja sama {n}",
            signed_on=today - dt.timedelta(days=40 * n),
            expires_on=None if n % 4 == 0 else today + dt.timedelta(days=30 * n),
            provinces=["32", "15"] if n % 2 else ["15", "51"],
        )
        for n in range(12)
    ]
    agreement_after_write(agreement_ids=[a.pk for a in agreements])
    return agreements


@transactional
def test_each_kind_of_write_shows_on_the_next_read(made, settings):
    assert_current(settings)  # stored
    first = made[1]
    # A title: the search's matches; a signing date: the place in the list.
    Agreement.objects.filter(pk=first.pk).update(
        title="Irigasi baru", signed_on=dt.date(2024, 1, 15)
    )
    agreement_after_write(agreement_ids=[first.pk])
    assert_current(settings)
    # A party: the province's list.
    AgreementParty.objects.filter(agreement=made[2], position=0).update(province_id="32")
    assert_current(settings)
    AgreementParty.objects.filter(agreement=made[3], province_id="32").delete()
    assert_current(settings)
    # A sector linked to a scope item, then unlinked.
    item = ScopeItem.objects.create(agreement=made[4], description="Promosi wisata")
    item.sectors.add("pariwisata")
    assert_current(settings)
    item.sectors.clear()
    assert_current(settings)
    # Raw SQL, a new agreement, a deleted one.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE agreements_agreement SET expires_on = NULL WHERE id = %s", [made[5].pk]
        )
    assert_current(settings)
    AgreementFactory(title="Irigasi desa", signed_on=dt.date(2026, 1, 1), provinces=["32"])
    Agreement.objects.filter(pk=made[6].pk).delete()
    assert_current(settings)


@transactional
def test_a_renamed_opd_is_searched_again(made, settings):
    opd = OpdFactory(name="Dinas Urusan Pangan")
    AgreementOpd.objects.create(agreement=made[1], opd=opd)
    rows = agreement_list_queryset()
    before = match_ids(agreement_search(rows, "irigasi"))
    Opd.objects.filter(pk=opd.pk).update(name="Dinas Irigasi")
    queryset = agreement_search(rows, "irigasi")
    assert match_ids(queryset) == fresh(queryset, settings.LIST_COUNT_LIMIT)
    assert made[1].pk not in before and made[1].pk in match_ids(queryset)


@transactional
def test_a_full_window_read_again_when_its_tail_may_have_moved(made, settings, monkeypatch):
    import agreements.selectors.list_ids as list_ids

    settings.LIST_COUNT_LIMIT = 3
    monkeypatch.setattr(list_ids, "MARGIN", 0)
    assert_current(settings, 3)
    # Rows leave the window; those after it come in.
    for agreement in made[:3]:
        Agreement.objects.filter(pk=agreement.pk).update(signed_on=dt.date(1990, 1, 1))
        assert_current(settings, 3)
    Agreement.objects.filter(pk=made[4].pk).update(signed_on=dt.date(2030, 1, 1))
    assert_current(settings, 3)


@transactional
def test_random_writes_never_leave_a_list_stale(made, settings):
    chance = random.Random(20241203)
    settings.LIST_COUNT_LIMIT = 5
    for _ in range(25):
        target = chance.choice(list(Agreement.objects.values_list("pk", flat=True)))
        action = chance.randrange(4)
        if action == 0:
            day = dt.date(2015, 1, 1) + dt.timedelta(days=chance.randrange(4000))
            Agreement.objects.filter(pk=target).update(signed_on=day)
        elif action == 1:
            title = chance.choice(["Irigasi lahan", "Jalan desa"])
            Agreement.objects.filter(pk=target).update(title=title)
            agreement_after_write(agreement_ids=[target])
        elif action == 2:
            code = chance.choice(["32", "51", "15"])
            AgreementParty.objects.filter(agreement_id=target).delete()
            AgreementParty.objects.create(
                agreement_id=target, position=0, kind="province", province_id=code
            )
        else:
            AgreementFactory(signed_on=dt.date(2016, 1, 1) + dt.timedelta(chance.randrange(3000)))
        assert_current(settings, 5)


@transactional
def test_the_best_matches_come_first_after_a_write(made):
    rows = agreement_list_queryset()
    ranked_ids(agreement_search(rows, "irigasi"), "irigasi")  # stored
    newcomer = made[-1]
    Agreement.objects.filter(pk=newcomer.pk).update(title="Irigasi irigasi sawah")
    agreement_after_write(agreement_ids=[newcomer.pk])
    matches = agreement_search(rows, "irigasi")
    best = (
        Agreement.objects.filter(pk__in=fresh(matches, 10_000))
        .annotate(rank=rank_expression("irigasi"))
        .order_by("-rank", "-signed_on", "-id")
        .values_list("pk", flat=True)
    )
    assert ranked_ids(matches, "irigasi") == list(best)
    assert newcomer.pk in best


@transactional
@pytest.mark.parametrize("common", [True, False])
def test_changed_rows_are_checked_by_their_own_names_not_the_whole_set(
    made, settings, monkeypatch, common
):
    """A write's few agreements are checked against a word's names row by row (EXISTS), not
    by building every agreement's set of names again; the window stays what a read gives."""
    import agreements.selectors.search as search

    monkeypatch.setattr(search, "_is_common", lambda word: common)
    rows = agreement_list_queryset()
    queryset = agreement_search(rows, "irigasi")
    opd = OpdFactory(name="Dinas Irigasi Daerah")  # a new name: every list is read again
    match_ids(queryset)  # stored
    with CaptureQueriesContext(connection) as captured:
        AgreementOpd.objects.create(agreement=made[1], opd=opd)
        AgreementParty.objects.filter(agreement=made[2]).update(
            kind="organisation", province_id=None, organisation_name="Balai Irigasi"
        )
        assert match_ids(queryset) == fresh(queryset, settings.LIST_COUNT_LIMIT)
    assert {made[1].pk, made[2].pk} <= set(match_ids(queryset))
    # The changed rows' check: the list's query narrowed to them by id.
    narrowed = 'AND "agreements_agreement"."id" IN ('
    checks = [q["sql"] for q in captured.captured_queries if narrowed in q["sql"]]
    assert checks and all("UNION" not in sql and "EXISTS" in sql for sql in checks)


@transactional
def test_a_transaction_sees_its_own_writes_and_its_rollback_leaves_nothing(made, settings):
    queryset = lists()["province"]
    assert_current(settings)
    leaving = match_ids(queryset)[0]
    with transaction.atomic():
        AgreementParty.objects.filter(agreement_id=leaving, province_id="32").delete()
        assert leaving not in match_ids(queryset)  # its own write
        with pytest.raises(RuntimeError), transaction.atomic():
            AgreementParty.objects.filter(agreement=made[0], position=0).update(province_id="32")
            assert made[0].pk in match_ids(queryset)
            raise RuntimeError  # the savepoint rolls back
        assert match_ids(queryset) == fresh(queryset, settings.LIST_COUNT_LIMIT)
        transaction.set_rollback(True)
    assert match_ids(queryset) == fresh(queryset, settings.LIST_COUNT_LIMIT)
    assert leaving in match_ids(queryset)


@transactional
def test_a_transaction_committing_after_a_later_one_is_not_missed(made, settings):
    """T1 writes first and commits last: a read between the commits must not make the
    list forget T1's write (the newest id of a sequence would)."""
    queryset = lists()["search"]
    assert_current(settings)
    outsider = made[1].pk  # no match for "irigasi" yet
    wrote, done = threading.Event(), threading.Event()

    def slow_writer():
        other = connections.create_connection("default")
        try:
            with other.cursor() as cursor:
                cursor.execute("BEGIN")
                cursor.execute(
                    "UPDATE agreements_agreement SET title = 'Irigasi lambat',"
                    " search_vector = to_tsvector(%s, 'Irigasi lambat') WHERE id = %s",
                    [SEARCH_CONFIG, outsider],
                )
                wrote.set()
                done.wait(10)
                cursor.execute("COMMIT")
        finally:
            other.close()

    thread = threading.Thread(target=slow_writer)
    thread.start()
    assert wrote.wait(10)
    # A later transaction, committed first (a title: no summary row to wait for).
    Agreement.objects.filter(pk=made[2].pk).update(title="Irigasi cepat")
    agreement_after_write(agreement_ids=[made[2].pk])
    assert outsider not in match_ids(queryset) and made[2].pk in match_ids(queryset)
    done.set()
    thread.join(10)
    assert outsider in match_ids(queryset)
    assert match_ids(queryset) == fresh(queryset, settings.LIST_COUNT_LIMIT)


@pytest.mark.django_db
def test_the_sort_keys_order_as_postgresql_does(reference_data):
    days = [None, dt.date(2020, 1, 1), dt.date(2021, 6, 1), None, dt.date(2020, 1, 1)]
    for day in days:
        AgreementFactory(signed_on=dt.date(2019, 1, 1), expires_on=day)
    for ordering in (("ends_on", "id"), ("-ends_on", "-id")):
        queryset = Agreement.objects.order_by(*ordering)
        fields = [(name.removeprefix("-"), name.startswith("-")) for name in ordering]
        rows = list(queryset.values_list("ends_on", "id"))
        assert sorted(rows, key=lambda row: sort_key(row, fields)) == rows


@pytest.mark.django_db
def test_an_order_python_cannot_compare_is_read_again(reference_data):
    AgreementFactory.create_batch(3)
    queryset = agreement_list_queryset().order_by("agreement_type", "-signed_on", "-id")
    window = window_of(queryset, limit=10)
    assert window.columns is None and list(window.ids) == fresh(queryset, 10)


@pytest.mark.django_db
def test_the_change_log_keeps_two_days(reference_data):
    from agreements.services.summaries import list_changes_prune

    AgreementFactory()
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO agreements_listchange (agreement_id, at) VALUES (1, now() - interval '3 days')"
        )
        cursor.execute("SELECT count(*) FROM agreements_listchange")
        before = cursor.fetchone()[0]
    assert list_changes_prune() == 1
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM agreements_listchange")
        assert cursor.fetchone()[0] == before - 1


@pytest.mark.django_db
def test_dates_numbers_and_the_generated_end_date_are_compared_here():
    from agreements.selectors.list_ids import order_fields

    rows = agreement_list_queryset()
    assert order_fields(rows) == [("signed_on", True), ("id", True)]
    assert order_fields(rows.order_by("ends_on", "id")) == [("ends_on", False), ("id", False)]
    assert order_fields(rows.order_by("title", "id")) is None
    assert order_fields(rows.order_by("-signed_on")) is None  # no id last: ties unordered
