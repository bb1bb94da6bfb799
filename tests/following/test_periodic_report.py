"""The periodic report: Jambi, first semester 2020, on the demo data; asked for on its page."""

import datetime as dt
import io

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from pypdf import PdfReader

from agreements.demo.seed import SEED_TITLE, seed_agreement_create
from agreements.models import PeriodicReport, ReportState
from cooperation.celery import app as celery_app
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    seed = seed_agreement_create()
    # Ended inside the semester, and signed after it: one counted, one left out.
    AgreementFactory(
        provinces=["15", "13"],
        title="KB Jambi-Sumatera Barat",
        signed_on=dt.date(2015, 4, 1),
        expires_on=dt.date(2020, 4, 30),
    )
    AgreementFactory(provinces=["15", "51"], title="KB Jambi-Bali", signed_on=dt.date(2020, 8, 1))
    AgreementFactory(
        provinces=["31", "32"], title="KB Jakarta-Jabar", signed_on=dt.date(2020, 2, 1)
    )
    return seed


def test_the_xlsx_report_of_jambi_2020_s1_has_the_expected_rows(demo, tmp_path):
    path = tmp_path / "jambi.xlsx"
    call_command(
        "province_report",
        "--province",
        "15",
        "--period",
        "2020-S1",
        "--format",
        "xlsx",
        "--output",
        str(path),
    )
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Ringkasan", "Kesepakatan", "OPD", "Mitra", "Urusan"]
    summary = {row[0]: row[1] for row in workbook["Ringkasan"].iter_rows(values_only=True)}
    assert summary["Laporan kerja sama daerah Jambi, periode 2020-S1"] is None
    assert summary["Ditandatangani dalam periode"] == 1
    assert summary["Berlaku pada akhir periode"] == 1
    assert summary["Berakhir dalam periode"] == 1
    rows = list(workbook["Kesepakatan"].iter_rows(values_only=True))
    assert rows[0][:3] == ("ID", "Judul", "Jenis")
    by_title = {row[1]: row for row in rows[1:]}
    assert set(by_title) == {SEED_TITLE, "KB Jambi-Sumatera Barat"}
    seed = by_title[SEED_TITLE]
    assert seed[3] == "Jawa Barat" and seed[4] == dt.datetime(2020, 3, 12)
    assert seed[6] == "Berlaku" and "Dinas Kehutanan" in seed[7]
    assert by_title["KB Jambi-Sumatera Barat"][6] == "Berakhir"
    opds = [row[0] for row in workbook["OPD"].iter_rows(min_row=2, values_only=True)]
    assert "Dinas Kehutanan" in opds and len(opds) == 8
    partners = list(workbook["Mitra"].iter_rows(min_row=2, values_only=True))
    assert partners == [("Sumatera Barat", 1), ("Jawa Barat", 1)]  # most first, then by code
    sectors = dict(workbook["Urusan"].iter_rows(min_row=2, values_only=True))
    assert sectors["Kehutanan"] == 1


def test_dormancy_and_implementation_by_activity_state(demo, tmp_path):
    from agreements.choices import ActivityState
    from agreements.models import Activity, Opd

    kehutanan = Opd.objects.get(province_id="15", name="Dinas Kehutanan")
    for state in (ActivityState.DONE, ActivityState.DONE, ActivityState.STALLED):
        Activity.objects.create(
            agreement=demo,
            title=f"Kegiatan {state}",
            opd=kehutanan,
            state=state,
            planned_start=dt.date(2020, 4, 1),
        )
    path = tmp_path / "jambi.xlsx"
    call_command(
        "province_report",
        "--province",
        "15",
        "--period",
        "2021",
        "--format",
        "xlsx",
        "--output",
        str(path),
    )
    workbook = openpyxl.load_workbook(path)
    summary = dict(workbook["Ringkasan"].iter_rows(min_row=5, values_only=True))
    # By the end of 2021 the seed agreement (activities in 2020 only) and the Bali one (signed
    # in August 2020, nothing since) have shown no sign of life for 12 months.
    assert summary["Tidur (tanpa tindak lanjut) pada akhir periode"] == 2
    rows = {row[1]: row for row in workbook["Kesepakatan"].iter_rows(min_row=2, values_only=True)}
    assert rows[SEED_TITLE][8] == "Selesai 2, Tersendat 1"
    opds = {row[0]: row for row in workbook["OPD"].iter_rows(min_row=2, values_only=True)}
    assert opds["Dinas Kehutanan"][4] == "Selesai 2, Tersendat 1"


def test_the_pdf_report_has_the_expected_text(demo, tmp_path):
    path = tmp_path / "jambi.pdf"
    call_command(
        "province_report",
        "--province",
        "15",
        "--period",
        "2020-S1",
        "--format",
        "pdf",
        "--output",
        str(path),
    )
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    text = " ".join(text.split())
    assert "Laporan kerja sama daerah Jambi, periode 2020-S1" in text
    assert "Ditandatangani dalam periode 1" in text
    assert "Dinas Kehutanan" in text and "Jawa Barat" in text
    assert "KB Jakarta-Jabar" not in text


def test_the_report_of_all_provinces_for_a_year(demo, tmp_path):
    path = tmp_path / "semua.xlsx"
    call_command("province_report", "--period", "2020", "--format", "xlsx", "--output", str(path))
    titles = {
        row[1]
        for row in openpyxl.load_workbook(path)["Kesepakatan"].iter_rows(
            min_row=2, values_only=True
        )
    }
    assert {SEED_TITLE, "KB Jambi-Bali", "KB Jakarta-Jabar"} <= titles


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--province", "15", "--period", "2020-S3"], "YYYY-S1"),
        (["--province", "99", "--period", "2020"], "unknown province"),
    ],
)
def test_the_command_refuses_bad_input_clearly(tmp_path, args, message):
    path = tmp_path / "out.xlsx"
    with pytest.raises(CommandError, match=message):
        call_command("province_report", *args, "--format", "xlsx", "--output", str(path))
    assert not path.exists()


@pytest.fixture
def eager(monkeypatch):
    monkeypatch.setitem(celery_app.conf, "task_always_eager", True)
    monkeypatch.setitem(celery_app.conf, "task_eager_propagates", True)


def test_a_report_asked_for_on_the_page_is_generated_listed_and_downloaded(
    client, make_user, demo, eager, django_capture_on_commit_callbacks
):
    user = make_user("Viewer", username="biro")
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("agreements:reports"), {"province": "15", "period": "2020-s1", "format": "xlsx"}
        )
    assert response.status_code == 302
    report = PeriodicReport.objects.get()
    assert (report.state, report.progress, report.requested_by, report.period) == (
        ReportState.DONE,
        100,
        user,
        "2020-S1",
    )
    page = client.get(reverse("agreements:reports")).content.decode()
    assert "biro" in page and "2020-S1" in page
    download = client.get(reverse("agreements:report_download", args=[report.pk]))
    assert download.status_code == 200
    assert "laporan-15-2020-S1" in download["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    summary = dict(workbook["Ringkasan"].iter_rows(min_row=5, values_only=True))
    assert summary["Ditandatangani dalam periode"] == 1


def test_a_bad_period_is_refused_with_the_form_kept(client, make_user):
    client.force_login(make_user("Viewer"))
    response = client.post(
        reverse("agreements:reports"), {"province": "15", "period": "2020-S3", "format": "pdf"}
    )
    assert response.status_code == 400
    assert "Periode harus YYYY-S1" in response.content.decode()
    assert not PeriodicReport.objects.exists()


def test_a_report_not_done_cannot_be_downloaded(client, make_user):
    report = PeriodicReport.objects.create(period="2020", format="pdf")
    client.force_login(make_user("Viewer"))
    assert client.get(reverse("agreements:report_download", args=[report.pk])).status_code == 404
