from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from agreements.demo.seed import SEED_TITLE
from agreements.demo.synthetic import generate_demo_data
from agreements.models import (
    ActionKind,
    Activity,
    ActivityState,
    Agreement,
    AgreementAction,
    AgreementParty,
    AgreementType,
    MonitoringReport,
    ReminderKind,
    ReportPeriod,
    ScopeItem,
)
from agreements.selectors.deadlines import deadline_candidates, deadlines_of

pytestmark = pytest.mark.django_db


def test_seed_agreement_is_loaded_once_with_its_opds_scope_and_predecessor(superuser):
    call_command("load_demo_data", "--synthetic", "0", stdout=StringIO())
    call_command("load_demo_data", "--synthetic", "0", stdout=StringIO())
    seed = Agreement.objects.get(title=SEED_TITLE)
    assert str(seed.signed_on) == "2020-03-12"
    assert seed.place.startswith("Gedung Pakuan")
    assert sorted(seed.parties.values_list("province_id", "signatory_name")) == [
        ("15", "Fachrori Umar"),
        ("32", "Ridwan Kamil"),
    ]
    assert seed.agreement_opds.count() == 8
    assert "Badan Keuangan Daerah" in seed.agreement_opds.values_list("opd__name", flat=True)
    sectors = set(
        ScopeItem.sectors.through.objects.filter(scopeitem__agreement=seed).values_list(
            "sector_id", flat=True
        )
    )
    assert {"kehutanan", "esdm", "perdagangan", "litbang", "diklat", "keuangan"} <= sectors
    assert seed.scope_items.count() == 9
    assert seed.predecessor.signed_on.year == 2017
    assert seed.predecessor.ends_on.year == 2019
    # The history names who created it.
    assert seed.history.earliest().history_user == superuser


def test_generator_builds_a_consistent_data_set():
    created = generate_demo_data(agreements=400, seed=7, batch_size=150)
    assert created == 400
    assert Agreement.objects.count() == 400
    # Every agreement has at least two parties, and children sit inside their parent's dates.
    assert not Agreement.objects.exclude(parties__position=1).exists()
    children = Agreement.objects.filter(parent__isnull=False).select_related("parent")
    assert children.exists()
    for child in children:
        assert child.parent.agreement_type == AgreementType.KESEPAKATAN_BERSAMA
        assert child.parent.signed_on <= child.signed_on <= child.parent.ends_on
        assert child.ends_on <= child.parent.ends_on
    assert Agreement.objects.filter(predecessor__isnull=False).exists()
    assert Agreement.objects.expired().exists()
    # Signings span the sixteen years up to today, children and renewals included: none in
    # the future, whatever today is.
    today = timezone.localdate()
    assert not Agreement.objects.filter(signed_on__gt=today).exists()
    assert not Agreement.objects.filter(terminated_on__gt=today).exists()
    assert not Agreement.objects.filter(signed_on__year__lt=today.year - 16).exists()
    assert Agreement.objects.filter(signed_on__year=today.year - 1).exists()
    assert Agreement.objects.active().exists()
    # Java's provinces take part more often than the average province.
    jabar = AgreementParty.objects.filter(province_id="32").count()
    maluku_utara = AgreementParty.objects.filter(province_id="82").count()
    assert jabar > maluku_utara
    assert not Agreement.objects.filter(search_vector__isnull=True).exists()


def test_generator_is_reproducible_from_its_seed():
    generate_demo_data(agreements=50, seed=11)
    first = list(Agreement.objects.order_by("id").values_list("title", "signed_on"))
    Agreement.objects.update(parent=None, predecessor=None)
    Agreement.objects.all().delete()
    generate_demo_data(agreements=50, seed=11)
    assert list(Agreement.objects.order_by("id").values_list("title", "signed_on")) == first


def test_command_reports_progress_and_count():
    out = StringIO()
    call_command("generate_demo_data", "--agreements", "30", "--seed", "2", stdout=out, verbosity=0)
    assert "Created 30 demo agreements" in out.getvalue()


def test_the_small_demo_shows_every_kind_of_agreement():
    # What `make run` loads (load_demo_data: 300 agreements, seed 1, the default batch size).
    generate_demo_data(agreements=300, seed=1)
    kinds = set(Agreement.objects.values_list("agreement_type", flat=True))
    assert kinds >= {
        AgreementType.KESEPAKATAN_BERSAMA,
        AgreementType.NOTA_KESEPAKATAN,
        AgreementType.PERJANJIAN_KERJA_SAMA,
        AgreementType.ADENDUM,
    }
    assert Agreement.objects.filter(parent__isnull=False).count() >= 50
    renewals = Agreement.objects.filter(
        predecessor__isnull=False, agreement_type=AgreementType.KESEPAKATAN_BERSAMA
    )
    assert renewals.exists()
    assert Agreement.objects.terminated().exists()
    for adendum in Agreement.objects.filter(agreement_type=AgreementType.ADENDUM):
        adendum.full_clean()


def test_the_small_demo_shows_every_follow_up_feature(superuser):
    # What `make run` loads: the seed with its own follow-up, and 300 synthetic agreements.
    call_command("load_demo_data", stdout=StringIO())
    call_command("load_demo_data", stdout=StringIO())  # again: nothing doubles
    seed = Agreement.objects.get(title=SEED_TITLE)
    assert seed.actions.filter(kind=ActionKind.SIGNED).count() == 2
    assert seed.activities.count() == 2
    assert seed.monitoring_reports.get().period == ReportPeriod.FIRST_SEMESTER
    assert AgreementAction.objects.filter(kind=ActionKind.DPRD_APPROVED).exists()
    assert set(Activity.objects.values_list("state", flat=True)) == set(ActivityState.values)
    assert MonitoringReport.objects.count() > 50
    assert Agreement.objects.dormant().count() >= 10
    assert Agreement.objects.complete().exists() and Agreement.objects.incomplete().exists()
    # Open deadlines within the next months, so the agreement pages show them.
    today = timezone.localdate()
    open_kinds = {
        deadline.kind
        for agreement in deadline_candidates(
            Agreement.objects.all(), due_from=today, due_to=today + timedelta(days=200)
        )
        for deadline in deadlines_of(agreement, today)
    }
    assert open_kinds == {ReminderKind.DPRD_APPROVAL, ReminderKind.PKS_FOLLOW_UP}
    # A DPRD approval follows its submission.
    for action in AgreementAction.objects.filter(kind=ActionKind.DPRD_APPROVED):
        assert action.agreement.actions.filter(
            kind=ActionKind.DPRD_SUBMITTED, date__lte=action.date
        ).exists()
    # Every termination is an action with the agreement's date and reason.
    for agreement in Agreement.objects.terminated():
        action = agreement.actions.get(kind=ActionKind.TERMINATED)
        assert (action.date, action.note) == (
            agreement.terminated_on,
            agreement.termination_reason,
        )


def test_the_demo_has_kabupaten_kota_agreements_in_believable_proportions():
    from agreements.models import AgreementCategory

    generate_demo_data(agreements=600, seed=11, batch_size=200)
    total = Agreement.objects.count()
    share = {
        category: Agreement.objects.in_category(category).count() / total
        for category in AgreementCategory.values
    }
    # Chains (PKS, adendum, renewals) are between provinces, so those still lead.
    assert share[AgreementCategory.INTERPROVINCIAL] > 0.5
    assert 0.04 < share[AgreementCategory.PROVINCE_REGENCY] < 0.2
    assert 0.03 < share[AgreementCategory.REGENCY_REGENCY] < 0.15
    assert 0.01 < share[AgreementCategory.THIRD_PARTY] < 0.1
    # Each kabupaten/kota party is a region of the list, in its province's agreements.
    regency_parties = AgreementParty.objects.filter(regency__isnull=False)
    assert regency_parties.exists()
    assert not regency_parties.filter(organisation_name__gt="").exists()


def test_generated_search_vectors_are_what_the_after_write_hook_computes():
    from django.db import connection

    from agreements.services.agreements import agreement_refresh_search

    generate_demo_data(agreements=80, seed=3)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, search_vector::text FROM agreements_agreement ORDER BY id")
        written = cursor.fetchall()
        agreement_refresh_search()
        cursor.execute("SELECT id, search_vector::text FROM agreements_agreement ORDER BY id")
        assert cursor.fetchall() == written
    assert all(vector for _id, vector in written)


def test_the_generator_keeps_no_query_log(settings):
    from django.db import connection

    settings.DEBUG = True
    connection.queries_log.clear()
    generate_demo_data(agreements=120, seed=5)
    # Only the statements after the last batch (the closing ANALYZE) remain.
    assert len(connection.queries) < 10


def test_copy_rows_round_trips_every_awkward_value():
    from django.db import connection

    from agreements.demo.bulk import copy_rows

    awkward = ["tab\there", "line\nbreak", "back\\slash \\N", "", "plain"]
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMP TABLE copy_probe (n integer, t text, d date)")
        rows = [(i, text, None if i % 2 else "2020-01-02") for i, text in enumerate(awkward)]
        copy_rows(cursor, "copy_probe", ("n", "t", "d"), [*rows, (9, None, None)])
        cursor.execute("SELECT n, t, d IS NULL FROM copy_probe ORDER BY n")
        assert cursor.fetchall() == [
            *[(i, text, bool(i % 2)) for i, text in enumerate(awkward)],
            (9, None, True),
        ]


def _schema(cursor):
    cursor.execute(
        "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index"
        " WHERE indrelid::regclass::text LIKE 'agreements_%' ORDER BY 1"
    )
    indexes = cursor.fetchall()
    cursor.execute(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
        " WHERE conrelid::regclass::text LIKE 'agreements_%' ORDER BY 1, 2"
    )
    return indexes, cursor.fetchall()


def test_a_large_load_rebuilds_the_indexes_and_foreign_keys_it_dropped(monkeypatch):
    from django.db import connection

    from agreements.demo import synthetic

    with connection.cursor() as cursor:
        before = _schema(cursor)
    monkeypatch.setattr(synthetic, "LARGE_LOAD", 100)
    assert generate_demo_data(agreements=300, seed=7, batch_size=120) == 300
    with connection.cursor() as cursor:
        assert _schema(cursor) == before
    # The same kind of data as a small load: every part is there and consistent.
    assert not Agreement.objects.exclude(parties__position=1).exists()
    assert AgreementAction.objects.filter(kind=ActionKind.SIGNED).count() == 300
    assert MonitoringReport.objects.exists() and Activity.objects.exists()
    assert not Agreement.objects.filter(search_vector__isnull=True).exists()
    # The summary triggers waited during the load; the rebuild at its end counted everything.
    from tests.selectors.test_summaries import assert_summaries_match

    assert_summaries_match()
    filled = AgreementParty.objects.exclude(signatory_name="")
    assert 0.4 < filled.values("agreement").distinct().count() / 300 < 0.8
    assert not filled.filter(document_number="").exists()
    # Ids were reserved in ranges: the sequences still hand out fresh ones.
    from agreements.demo.bulk import next_ids

    with connection.cursor() as cursor:
        for model in (Agreement, ScopeItem):
            newest = model.objects.order_by("-pk").values_list("pk", flat=True).first()
            assert next_ids(cursor, model._meta.db_table, 2)[0] > newest


def test_a_large_load_that_fails_leaves_the_database_as_it_was(monkeypatch):
    from django.db import connection

    from agreements.demo import batch, synthetic

    with connection.cursor() as cursor:
        before = _schema(cursor)
    monkeypatch.setattr(synthetic, "LARGE_LOAD", 100)
    calls = []
    write = batch.BatchWriter.write

    def failing(self, *args):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("interrupted")
        return write(self, *args)

    monkeypatch.setattr(batch.BatchWriter, "write", failing)
    with pytest.raises(RuntimeError):
        generate_demo_data(agreements=300, seed=7, batch_size=120)
    assert not Agreement.objects.exists()
    with connection.cursor() as cursor:
        assert _schema(cursor) == before


def test_follow_up_is_added_to_a_demo_loaded_without_it():
    from agreements.demo.follow_up import DEMO_SIGNATORY, demo_follow_up_ensure
    from agreements.demo.synthetic import DEMO_NOTE
    from agreements.models import Document

    generate_demo_data(agreements=60, seed=4)
    AgreementAction.objects.all().delete()
    Activity.objects.all().delete()
    MonitoringReport.objects.all().delete()
    Document.objects.all().delete()
    AgreementParty.objects.update(signatory_name="", signatory_title="", document_number="")
    demo = Agreement.objects.filter(notes=DEMO_NOTE)
    assert demo_follow_up_ensure(demo) == 60
    assert AgreementAction.objects.filter(kind=ActionKind.SIGNED).count() == 60
    signed = AgreementParty.objects.filter(signatory_name=DEMO_SIGNATORY)
    assert signed.exists() and Document.objects.exists()
    party = signed.filter(province__isnull=False).select_related("province").first()
    assert party.signatory_title == f"Gubernur {party.province.name}"
    assert party.document_number == f"{party.agreement_id}/KSD/{party.position + 1}"
    assert demo_follow_up_ensure(demo) == 0
