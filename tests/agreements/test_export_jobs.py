"""Exports too large for one request are written by a task: the same rows as the direct
export, seen and downloaded only by the user who asked, pruned after their retention."""

import csv
import datetime as dt
import io

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from agreements.demo.synthetic import generate_demo_data
from agreements.models import ExportJob, ReportState
from agreements.services import export_jobs
from cooperation.celery import app as celery_app
from tests.agreements.test_views import export_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def eager(monkeypatch):
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", True)


@pytest.fixture
def viewer(client, make_user):
    user = make_user("Viewer", username="biro-jambi")
    client.force_login(user)
    return user


def downloaded(client, job, export_format):
    response = client.get(reverse("agreements:export_download", args=[job.pk]))
    assert response.status_code == 200
    assert (
        # The day in the bureau's time zone, as the file is named (not the UTC timestamp's).
        f'kerja-sama-{timezone.localtime(job.created_at):%Y-%m-%d}.{export_format}"'
        in (response["Content-Disposition"])
    )
    body = b"".join(response.streaming_content)
    if export_format == "csv":
        return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    return [[cell.value for cell in row] for row in load_workbook(io.BytesIO(body)).active.rows]


def prepare(client, params, capture):
    offer = client.get(reverse("agreements:export"), params)
    assert offer.status_code == 302 and offer["Location"].startswith("/exports/new/?")
    page = client.get(offer["Location"])
    assert page.status_code == 200
    with capture(execute=True):
        response = client.post(
            reverse("agreements:export_prepare"),
            {"query": page.context["query"], "format": params["format"]},
        )
    assert response.status_code == 302 and response["Location"] == "/exports/"
    return ExportJob.objects.get()


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_a_refused_export_is_written_in_the_background_with_the_same_rows(
    client, viewer, settings, eager, django_capture_on_commit_callbacks, export_format
):
    generate_demo_data(agreements=60, seed=5)
    params = {"format": export_format, "year_from": "2015"}
    direct = export_rows(client, export_format, **params)
    assert len(direct) > 3
    settings.EXPORT_CSV_MAX_ROWS = settings.EXPORT_XLSX_MAX_ROWS = 2
    job = prepare(client, params, django_capture_on_commit_callbacks)
    assert (job.state, job.progress, job.row_count, job.requested_by) == (
        ReportState.DONE,
        100,
        len(direct) - 1,
        viewer,
    )
    assert downloaded(client, job, export_format) == direct
    page = client.get(reverse("agreements:exports")).content.decode()
    assert "Unduh" in page and f"{len(direct) - 1}" in page


def test_the_job_keeps_the_filters_not_the_page_or_sort(client, viewer):
    prepare_page = client.get(
        reverse("agreements:export_prepare"),
        {"format": "csv", "province": "15", "page": "3", "sort": "-ends_on"},
    )
    assert prepare_page.context["query"] == "province=15"
    assert "/agreements/?province=15" in prepare_page.content.decode()


def test_another_users_export_is_neither_listed_nor_downloadable(client, make_user, viewer):
    owner = make_user("Viewer", username="pemilik")
    job = ExportJob.objects.create(requested_by=owner, format="csv", state=ReportState.DONE)
    job.file.save("x.csv", io.BytesIO(b"a,b\n"))
    assert client.get(reverse("agreements:export_download", args=[job.pk])).status_code == 404
    assert "x.csv" not in client.get(reverse("agreements:exports")).content.decode()
    client.force_login(owner)
    assert client.get(reverse("agreements:export_download", args=[job.pk])).status_code == 200


def test_an_unfinished_export_cannot_be_downloaded(client, viewer):
    job = ExportJob.objects.create(requested_by=viewer, format="csv", state=ReportState.RUNNING)
    assert client.get(reverse("agreements:export_download", args=[job.pk])).status_code == 404
    assert "muat ulang halaman" in client.get(reverse("agreements:exports")).content.decode()


def test_invalid_filters_are_refused_and_nothing_is_queued(client, viewer):
    response = client.post(
        reverse("agreements:export_prepare"), {"query": "year_from=abc", "format": "csv"}
    )
    assert response.status_code == 302 and response["Location"] == "/agreements/"
    assert not ExportJob.objects.exists()
    bad_format = client.post(reverse("agreements:export_prepare"), {"format": "pdf"})
    assert bad_format.status_code == 400


def test_a_failed_export_says_why_on_the_list(client, viewer, monkeypatch):
    job = ExportJob.objects.create(requested_by=viewer, format="xlsx")
    monkeypatch.setattr(export_jobs, "XLSX_SHEET_ROWS", -1)
    assert export_jobs.export_job_generate(job_id=job.pk) == "failed"
    job.refresh_from_db()
    assert job.state == ReportState.FAILED and "pilih CSV" in job.error
    assert "pilih CSV" in client.get(reverse("agreements:exports")).content.decode()


def test_a_redelivered_task_leaves_a_finished_export_alone(viewer):
    job = ExportJob.objects.create(requested_by=viewer, format="csv")
    assert export_jobs.export_job_generate(job_id=job.pk) == "done"
    name = ExportJob.objects.get().file.name
    assert export_jobs.export_job_generate(job_id=job.pk) == "skipped"
    assert ExportJob.objects.get().file.name == name


def test_exports_older_than_the_retention_are_pruned_with_their_files(viewer, settings):
    settings.EXPORT_JOB_RETENTION_DAYS = 7
    with time_machine.travel(dt.datetime(2026, 1, 1, 8, tzinfo=dt.UTC)):
        old = ExportJob.objects.create(requested_by=viewer, format="csv")
        export_jobs.export_job_generate(job_id=old.pk)
    fresh = ExportJob.objects.create(requested_by=viewer, format="csv")
    old.refresh_from_db()
    storage, old_name = old.file.storage, old.file.name
    assert storage.exists(old_name)
    with time_machine.travel(dt.datetime(2026, 1, 9, 8, tzinfo=dt.UTC)):
        assert export_jobs.export_jobs_prune() == 1
    assert list(ExportJob.objects.all()) == [fresh]
    assert not storage.exists(old_name)
