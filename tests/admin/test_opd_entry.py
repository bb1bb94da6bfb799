"""OPD entry: every province's standard units exist, and the autocomplete finds the right one."""

import pytest
from django.core.management import call_command

from agreements.models import Opd
from agreements.reference import standard_opd_rows
from agreements.services.agreements import opd_get_or_create, opd_standard_units_ensure

pytestmark = pytest.mark.django_db

AUTOCOMPLETE = "/admin/autocomplete/"


def _search(client, term, **extra):
    params = {"term": term, "app_label": "agreements", "model_name": "agreementopd"}
    response = client.get(AUTOCOMPLETE, {**params, "field_name": "opd", **extra})
    assert response.status_code == 200
    return [row["text"] for row in response.json()["results"]]


def test_the_units_every_province_has_follow_the_nomenclature():
    names = {row["name"] for row in standard_opd_rows()}
    assert {"Dinas Ketahanan Pangan", "Dinas Pertanian", "Inspektorat Daerah"} <= names
    assert "Badan Riset dan Inovasi Daerah" in names and "Satuan Polisi Pamong Praja" in names
    assert not any("{" in name or "Provinsi" in name for name in names)


def test_standard_units_are_created_once_in_every_province():
    opd_standard_units_ensure()
    created = Opd.objects.count()
    assert Opd.objects.filter(name="Dinas Ketahanan Pangan").count() == 38
    assert opd_standard_units_ensure() == 0 and Opd.objects.count() == created
    # The news' short name finds the recorded unit instead of adding a second one.
    assert opd_get_or_create(province_code="15", name="Inspektorat").name == "Inspektorat Daerah"


def test_load_reference_data_adds_them(capsys):
    call_command("load_reference_data")
    assert "standard OPDs" in capsys.readouterr().out
    assert Opd.objects.filter(province_id="14", acronym="Distan").exists()


def test_autocomplete_shows_the_province_and_finds_acronym_and_province(admin_client):
    opd_standard_units_ensure()
    assert _search(admin_client, "Distan Riau") == ["Dinas Pertanian (Distan) (Riau)"]
    riau = _search(admin_client, "Riau")
    assert riau and all(label.endswith("(Riau)") for label in riau)
    assert "Dinas Ketahanan Pangan (Dinas Pangan) (Riau)" in _search(admin_client, "pangan")
    assert _search(admin_client, "Dishub Jabar") == ["Dinas Perhubungan (Dishub) (Jawa Barat)"]


def test_autocomplete_keeps_to_the_party_provinces(admin_client):
    opd_standard_units_ensure()
    assert len(_search(admin_client, "Dinas Pertanian")) == 20  # a first page of 38
    labels = _search(admin_client, "Dinas Pertanian", provinces="15,32")
    assert labels == [
        "Dinas Pertanian (Distan) (Jambi)",
        "Dinas Pertanian (Distan) (Jawa Barat)",
    ]
