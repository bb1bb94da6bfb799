"""The home page's short lists keep their rows through writes that do not touch them
(``list_ids.window_of(rows=...)``, ``selectors.agreements.first_rows``), and its counts keep
through writes that change no count (``cache`` scope "summaries", migration 0024)."""

import datetime as dt
import random

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from agreements.models import Agreement, AgreementParty, Sector
from agreements.selectors import agreements as reads
from agreements.selectors.agreements import agreement_list_queryset, first_rows
from agreements.selectors.cache import data_fingerprint
from tests.factories import AgreementFactory

transactional = pytest.mark.django_db(transaction=True)


def shown(rows):
    return [(row.pk, row.title, [p.display_name for p in row.parties.all()]) for row in rows]


def fresh(queryset, limit):
    return shown(agreement_list_queryset().order_by(*queryset.query.order_by)[:limit])


LATEST = Agreement.objects.order_by(F("signed_on").desc(nulls_last=True), "-id")
RECENT = Agreement.objects.order_by("-updated_at", "-id")


@pytest.fixture
def made(reference_data):
    start = dt.date(2023, 1, 1)
    return [
        AgreementFactory(
            title=f"Kerja sama {n}",
            signed_on=None if n % 5 == 0 else start + dt.timedelta(days=17 * n),
            provinces=["32", "15"] if n % 2 else ["15", "51"],
        )
        for n in range(15)
    ]


@transactional
def test_a_write_elsewhere_reads_no_row_again(made):
    first_rows(LATEST, 5)
    outside = min(made, key=lambda a: a.signed_on or dt.date.max)  # signed first: not shown
    Agreement.objects.filter(pk=outside.pk).update(title="Judul lain")
    with CaptureQueriesContext(connection) as queries:
        rows = first_rows(LATEST, 5)
    assert shown(rows) == fresh(LATEST, 5)
    # the log's changes and the changed row checked against the list; no row read
    assert len(queries) == 2
    assert not any('"agreements_agreementparty"' in q["sql"] for q in queries.captured_queries)


@transactional
def test_a_changed_row_is_read_again_and_a_new_one_comes_in(made):
    first_rows(LATEST, 5)
    top = first_rows(LATEST, 5)[0]
    Agreement.objects.filter(pk=top.pk).update(title="Judul baru")
    assert shown(first_rows(LATEST, 5)) == fresh(LATEST, 5)
    AgreementFactory(
        title="Paling baru", signed_on=dt.date(2030, 1, 1), expires_on=None, provinces=["32", "51"]
    )
    assert shown(first_rows(LATEST, 5))[0][1] == "Paling baru"
    AgreementParty.objects.filter(agreement=top, province_id="15").update(province_id="35")
    assert shown(first_rows(LATEST, 5)) == fresh(LATEST, 5)


@transactional
def test_orders_python_cannot_compare_stay_current_through_random_writes(made, monkeypatch):
    import agreements.selectors.list_ids as list_ids

    monkeypatch.setattr(list_ids, "MARGIN", 2)  # rows leave the window; others must come in
    chance = random.Random(20261204)
    for queryset in (LATEST, RECENT):
        assert shown(first_rows(queryset, 4)) == fresh(queryset, 4)
    for _ in range(30):
        target = chance.choice(list(Agreement.objects.values_list("pk", flat=True)))
        action = chance.randrange(4)
        if action == 0:
            day = chance.choice([None, dt.date(2020, 1, 1) + dt.timedelta(chance.randrange(3000))])
            Agreement.objects.filter(pk=target).update(signed_on=day, expires_on=None)
        elif action == 1:
            Agreement.objects.get(pk=target).save()  # moves to the top of "recently changed"
        elif action == 2:
            Agreement.objects.filter(pk=target).delete()
        else:
            AgreementFactory(signed_on=dt.date(2022, 1, 1) + dt.timedelta(chance.randrange(900)))
        for name, queryset in (("latest", LATEST), ("recent", RECENT)):
            assert shown(first_rows(queryset, 4)) == fresh(queryset, 4), (name, action)


@transactional
def test_the_home_lists_follow_a_write(client, make_user, made):
    client.force_login(make_user("Viewer"))
    client.get("/")
    changed = made[3]
    changed.title = "Sudah diubah"
    changed.save()
    context = client.get("/").context
    assert context["recently_changed"][0].title == "Sudah diubah"
    assert shown(context["latest"]) == shown(reads.latest_agreements(limit=10))


@pytest.mark.django_db
def test_rows_need_a_named_function():
    from agreements.selectors.list_ids import window_of

    with pytest.raises(ValueError):
        window_of(LATEST, limit=3, rows=lambda: agreement_list_queryset())


@transactional
def test_the_summary_version_moves_only_with_the_counts_and_names(made):
    before = data_fingerprint("summaries")
    Agreement.objects.filter(pk=made[1].pk).update(title="Judul saja")
    made[2].save()  # a save that changes nothing counted
    assert data_fingerprint("summaries") == before
    Agreement.objects.filter(pk=made[1].pk).update(signed_on=dt.date(2019, 5, 5))
    after_date = data_fingerprint("summaries")
    assert after_date != before
    Sector.objects.filter(code="pariwisata").update(name_id="Kepariwisataan")
    assert data_fingerprint("summaries") != after_date


@transactional
def test_a_rolled_back_write_never_gives_its_version_to_another(made):
    seen = data_fingerprint("summaries")
    with pytest.raises(IntegrityError), transaction.atomic():
        Agreement.objects.filter(pk=made[1].pk).update(signed_on=dt.date(2018, 1, 1))
        inside = data_fingerprint("summaries")
        raise IntegrityError("rolled back")
    assert data_fingerprint("summaries") == seen
    Agreement.objects.filter(pk=made[2].pk).update(signed_on=dt.date(2018, 2, 2))
    assert data_fingerprint("summaries") not in (seen, inside)


@transactional
def test_home_counts_follow_a_counted_write_and_skip_a_title(client, make_user, made):
    client.force_login(make_user("Viewer"))
    assert client.get("/").context["figures"].agreements == 15
    Agreement.objects.filter(pk=made[1].pk).update(title="Judul saja")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/").context["figures"].agreements == 15
    assert not any("agreements_summarycount" in q["sql"] for q in queries.captured_queries)
    AgreementFactory(provinces=["32", "51"])
    assert client.get("/").context["figures"].agreements == 16


@transactional
def test_a_list_page_one_keeps_its_rows_through_a_write_elsewhere(client, make_user, made):
    # more than a page: the oldest signings are beyond the first 25 rows
    for n in range(12):
        AgreementFactory(signed_on=dt.date(2001, 1, 1) + dt.timedelta(days=n))
    client.force_login(make_user("Viewer"))
    client.get("/agreements/")
    last = Agreement.objects.order_by("signed_on").first()
    Agreement.objects.filter(pk=last.pk).update(title="Di halaman terakhir")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/agreements/?per_page=10")
        response = client.get("/agreements/")
    assert not any('"agreements_agreementparty"' in q["sql"] for q in queries.captured_queries)
    shown_rows = [row.record for row in response.context["table"].page.object_list]
    assert shown(shown_rows) == fresh(agreement_list_queryset(), 25)
    top = shown_rows[0]
    Agreement.objects.filter(pk=top.pk).update(title="Judul halaman satu")
    response = client.get("/agreements/")
    assert response.context["table"].page.object_list[0].record.title == "Judul halaman satu"


@transactional
def test_a_province_ranks_its_kabupaten_kota_after_every_party_change(reference_data):
    from agreements.selectors.regions import regencies_with_counts

    AgreementFactory(provinces=["15.71", "15.05"])
    assert [(r.code, r.agreement_count) for r in regencies_with_counts("15")] == [
        ("15.05", 1),
        ("15.71", 1),
    ]
    second = AgreementFactory(provinces=["15.71", "51"])
    assert regencies_with_counts("15")[0].code == "15.71"
    assert regencies_with_counts("15")[0].agreement_count == 2
    Agreement.objects.filter(pk=second.pk).update(title="Judul saja")
    with CaptureQueriesContext(connection) as queries:
        regencies_with_counts("15")
    assert len(queries) == 1  # the summary version only
    AgreementParty.objects.filter(agreement=second, regency_id="15.71").delete()
    assert [(r.code, r.agreement_count) for r in regencies_with_counts("15")] == [
        ("15.05", 1),
        ("15.71", 1),
    ]
