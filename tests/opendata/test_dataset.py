"""The nightly open dataset: CSV and JSON of published agreements, a data dictionary and
a licence statement, served by the portal."""

import csv
import io
import json

import pytest

from agreements.tasks import open_dataset_write
from tests.factories import AgreementFactory
from tests.opendata.helpers import full_agreement

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_data_root(settings, tmp_path):
    settings.OPEN_DATA_ROOT = tmp_path / "opendata"
    return settings.OPEN_DATA_ROOT


def test_the_task_writes_published_agreements_with_dictionary_and_licence(client, open_data_root):
    published = full_agreement(published=True, title="=HYPERLINK(1)")
    full_agreement(published=False, title="Belum terbit")
    published.notes = "RAHASIA-NOTES-77"
    published.save()
    assert open_dataset_write.apply().get() == 1

    rows = list(
        csv.DictReader(io.StringIO(client.get("/publik/data/kerja-sama.csv").getvalue().decode()))
    )
    assert [row["id"] for row in rows] == [str(published.pk)]
    assert rows[0]["title"] == "'=HYPERLINK(1)"  # never a live formula
    assert rows[0]["party_province_codes"] == "15; 32" and rows[0]["sectors"] == "pariwisata"

    payload = json.loads(client.get("/publik/data/kerja-sama.json").getvalue())
    assert [row["id"] for row in payload["agreements"]] == [published.pk]
    assert "notes" not in payload["agreements"][0]

    dictionary = json.loads(client.get("/publik/data/kamus-data.json").getvalue())
    assert [c["name"] for c in dictionary["csv_columns"]] == list(rows[0])
    licence = client.get("/publik/data/LISENSI.txt").getvalue().decode()
    assert "CC BY 4.0" in licence
    for path in open_data_root.iterdir():
        assert "Belum terbit" not in path.read_text() and "RAHASIA-NOTES-77" not in path.read_text()


def test_before_the_first_run_a_file_is_asked_for_once_and_said_to_be_coming(
    client, open_data_root, monkeypatch
):
    asked = []
    monkeypatch.setattr(open_dataset_write, "delay", lambda: asked.append(1))
    response = client.get("/publik/data/kerja-sama.csv")
    assert response.status_code == 503 and response["Retry-After"] == "300"
    assert "sedang disiapkan" in response.content.decode()
    assert client.get("/publik/data/kamus-data.json?lang=en").status_code == 503
    assert asked == [1]  # one write asked for, however many clicks
    AgreementFactory(is_published=True)
    open_dataset_write.apply()
    assert client.get("/publik/data/kerja-sama.csv").status_code == 200


def test_other_names_are_404(client, open_data_root):
    AgreementFactory(is_published=True)
    open_dataset_write.apply()
    assert client.get("/publik/data/../settings.py").status_code == 404
    assert client.get("/publik/data/kerja-sama.csv.partial").status_code == 404


def test_the_beat_schedule_runs_it_nightly():
    from cooperation.celery import app

    entry = app.conf.beat_schedule["open-dataset"]
    assert entry["task"] == "agreements.tasks.open_dataset_write"
    assert entry["schedule"].hour == {2}
