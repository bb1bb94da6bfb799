"""Dated actions, activities and monitoring reports: entered from the agreement page and the
admin, a termination as an action, and the agreement page's queries whatever their number."""

import datetime as dt
import importlib

import pytest
from django.apps import apps as global_apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from agreements.models import (
    ActionKind,
    Activity,
    ActivityState,
    Agreement,
    AgreementAction,
    AgreementStatus,
    MonitoringReport,
)
from agreements.services.actions import action_delete, action_record, agreement_termination_set
from tests.factories import AgreementFactory, OpdFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def agreement():
    return AgreementFactory(signed_on=dt.date(2022, 5, 10), expires_on=dt.date(2030, 5, 9))


@pytest.fixture
def editor(client, make_user):
    user = make_user("Editor", regions=["15"])  # the Jambi bureau: the agreements are Jambi's
    client.force_login(user)
    return user


def status_of(agreement) -> str:
    return Agreement.objects.with_status().get(pk=agreement.pk).status


def test_a_termination_is_an_action_and_the_status_follows_it(agreement):
    action = action_record(
        agreement=agreement,
        kind=ActionKind.TERMINATED,
        date=dt.date(2024, 1, 15),
        note="Disepakati berakhir lebih awal",
    )
    agreement.refresh_from_db()
    assert agreement.terminated_on == dt.date(2024, 1, 15)
    assert agreement.termination_reason == "Disepakati berakhir lebih awal"
    assert status_of(agreement) == AgreementStatus.TERMINATED
    assert set(Agreement.objects.terminated()) == {agreement}

    action_delete(action=action)
    agreement.refresh_from_db()
    assert agreement.terminated_on is None
    assert status_of(agreement) == AgreementStatus.ACTIVE


def test_a_party_terminating_alone_does_not_end_the_agreement(agreement):
    party = agreement.parties.first()
    action_record(
        agreement=agreement,
        kind=ActionKind.TERMINATED,
        date=dt.date(2024, 1, 15),
        party=party,
        note="Pihak ini mengundurkan diri",
    )
    agreement.refresh_from_db()
    assert agreement.terminated_on is None


def test_an_imported_termination_is_recorded_as_the_action(agreement):
    agreement_termination_set(
        agreement=agreement, terminated_on=dt.date(2023, 6, 1), reason="Impor"
    )
    agreement_termination_set(
        agreement=agreement, terminated_on=dt.date(2023, 7, 1), reason="Impor ulang"
    )
    actions = list(agreement.actions.values_list("kind", "date", "note"))
    assert actions == [(ActionKind.TERMINATED, dt.date(2023, 7, 1), "Impor ulang")]
    agreement.refresh_from_db()
    assert agreement.terminated_on == dt.date(2023, 7, 1)
    agreement_termination_set(agreement=agreement, terminated_on=None)
    assert not agreement.actions.exists()


def test_the_data_migration_turns_existing_terminations_into_actions(agreement):
    Agreement.objects.filter(pk=agreement.pk).update(
        terminated_on=dt.date(2023, 2, 1), termination_reason="Lama"
    )
    migration = importlib.import_module(
        "agreements.migrations.0010_followup_terminations_as_actions"
    )
    migration.terminations_to_actions(global_apps, None)
    migration.terminations_to_actions(global_apps, None)  # run twice: still one action
    assert list(agreement.actions.values_list("kind", "date", "note")) == [
        (ActionKind.TERMINATED, dt.date(2023, 2, 1), "Lama")
    ]


def test_editor_records_an_action_from_the_agreement_page(client, editor, agreement):
    url = reverse("agreements:action_add", args=[agreement.pk])
    assert client.get(url).status_code == 200
    party = agreement.parties.first()
    response = client.post(
        url, {"kind": ActionKind.DPRD_APPROVED, "date": "2022-07-01", "party": party.pk}
    )
    assert response.status_code == 302
    assert response["Location"].startswith(agreement.get_absolute_url())
    action = agreement.actions.get()
    assert (action.kind, action.party, action.recorded_by) == (
        ActionKind.DPRD_APPROVED,
        party,
        editor,
    )
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Disetujui DPRD" in page


def test_bad_action_input_gets_a_clear_error_and_saves_nothing(client, editor, agreement):
    other = AgreementFactory()
    url = reverse("agreements:action_add", args=[agreement.pk])
    response = client.post(
        url,
        {"kind": ActionKind.TERMINATED, "date": "2020-01-01", "party": other.parties.first().pk},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "party" in errors  # not a party of this agreement: not among the choices
    response = client.post(url, {"kind": ActionKind.TERMINATED, "date": "2020-01-01"})
    errors = response.context["form"].errors
    assert "date" in errors and "note" in errors
    assert not AgreementAction.objects.exists()
    agreement.refresh_from_db()
    assert agreement.terminated_on is None


def test_editor_adds_and_updates_an_activity(client, editor, agreement):
    opd = OpdFactory(province_id="15")
    url = reverse("agreements:activity_add", args=[agreement.pk])
    data = {
        "title": "Pameran produk unggulan",
        "opd": opd.pk,
        "state": ActivityState.IN_PROGRESS,
        "progress": "40",
        "planned_start": "2023-03-01",
        "planned_end": "2023-03-05",
        "budget": "150000000",
    }
    assert client.post(url, data).status_code == 302
    activity = Activity.objects.get()
    assert (activity.opd, activity.progress) == (opd, 40)
    edit = reverse("agreements:activity_edit", args=[agreement.pk, activity.pk])
    assert (
        client.post(edit, data | {"state": ActivityState.DONE, "progress": "100"}).status_code
        == 302
    )
    activity.refresh_from_db()
    assert (activity.state, activity.progress) == (ActivityState.DONE, 100)
    # Another agreement's address for it is not found.
    other = AgreementFactory()
    assert (
        client.get(reverse("agreements:activity_edit", args=[other.pk, activity.pk])).status_code
        == 404
    )


def test_bad_activity_input_is_refused_with_its_reasons(client, editor, agreement):
    stranger = OpdFactory(province_id="11")
    url = reverse("agreements:activity_add", args=[agreement.pk])
    response = client.post(
        url,
        {
            "title": "Kegiatan",
            "opd": stranger.pk,
            "state": ActivityState.PLANNED,
            "progress": "150",
            "planned_start": "2023-03-05",
            "planned_end": "2023-03-01",
            "budget": "-5",
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert {"opd", "progress", "budget"} <= set(errors)
    assert "sebelum tanggal mulai" in str(response.context["form"].errors)
    assert not Activity.objects.exists()


def test_editor_files_a_report_once_per_period(client, editor, agreement):
    url = reverse("agreements:report_add", args=[agreement.pk])
    data = {
        "year": "2023",
        "period": "s1",
        "filed_on": "2023-07-15",
        "summary": "Kegiatan berjalan",
        "problems": "Anggaran terbatas",
        "follow_up": "Diusulkan di APBD-P",
    }
    assert client.post(url, data).status_code == 302
    report = MonitoringReport.objects.get()
    assert report.filed_by == editor
    # Filing puts a "monev report filed" action on the timeline.
    assert agreement.actions.get().kind == ActionKind.MONEV_FILED
    again = client.post(url, data)
    assert again.status_code == 200
    assert again.context["form"].errors
    assert MonitoringReport.objects.count() == 1


def test_viewer_sees_the_follow_up_but_no_entry_links(client, make_user, agreement):
    Activity.objects.create(agreement=agreement, title="Rapat koordinasi")
    client.force_login(make_user("Viewer"))
    page = client.get(agreement.get_absolute_url()).content.decode()
    assert "Rapat koordinasi" in page
    assert reverse("agreements:activity_add", args=[agreement.pk]) not in page
    assert reverse("agreements:action_add", args=[agreement.pk]) not in page


def _page_queries(client, agreement) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(agreement.get_absolute_url()).status_code == 200
    return len(queries)


def _add_follow_up(agreement, count: int) -> None:
    party = agreement.parties.first()
    opd = OpdFactory(province_id="15")
    for index in range(count):
        AgreementAction.objects.create(
            agreement=agreement,
            kind=ActionKind.AMENDED,
            date=dt.date(2023, 1, 1) + dt.timedelta(days=index),
            party=party,
        )
        Activity.objects.create(
            agreement=agreement,
            title=f"Kegiatan {index}",
            opd=opd,
            planned_start=dt.date(2023, 2, 1),
        )
        MonitoringReport.objects.create(agreement=agreement, year=2000 + index, summary="Ringkasan")


def test_agreement_page_queries_do_not_grow_with_its_follow_up(client, make_user):
    client.force_login(make_user("Viewer"))
    one, fifty = AgreementFactory(), AgreementFactory()
    _add_follow_up(one, 1)
    _add_follow_up(fifty, 50)
    _page_queries(client, one)  # warm the session and caches alike
    assert _page_queries(client, one) == _page_queries(client, fifty)
    page = client.get(fifty.get_absolute_url()).content.decode()
    assert page.count("Diubah (adendum)") == 50
