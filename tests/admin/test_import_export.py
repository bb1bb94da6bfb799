"""CSV/XLSX import and export through the admin (django-import-export)."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agreements.models import Agreement, AgreementParty
from tests.factories import AgreementFactory, ScopeItemFactory

pytestmark = pytest.mark.django_db

HEADER = "agreement_type,cooperation_class,title,signed_on,expires_on,parties\n"


def import_csv(client, text: str):
    url = reverse("admin:agreements_agreement_import")
    upload = SimpleUploadedFile("agreements.csv", text.encode(), content_type="text/csv")
    return client.post(url, {"resource": "0", "format": "0", "import_file": upload}, follow=True)


def test_a_bad_row_is_reported_with_its_number_and_nothing_is_imported(admin_client):
    text = HEADER + (
        "kesepakatan_bersama,ksdd,Kerja sama A,2021-01-10,2026-01-09,15;32\n"
        "kesepakatan_bersama,ksdd,Kerja sama B,2021-02-10,2020-01-01,31;36\n"
        "kesepakatan_bersama,ksdd,Kerja sama C,2021-03-10,2026-03-09,99;32\n"
    )
    response = import_csv(admin_client, text)
    page = response.content.decode()
    assert "Tanggal berakhir harus sesudah tanggal penandatanganan." in page
    assert "Kode daerah tidak dikenal: 99." in page
    # Each error stands in the table row of its data row (numbered from 1 below the header).
    error_rows = re.findall(r"<tr>\s*<td>(\d+)\s*</td>\s*<td class=\"errors\">", page)
    assert error_rows == ["2", "3"]
    assert Agreement.objects.count() == 0
    assert AgreementParty.objects.count() == 0


def test_a_row_with_one_party_is_refused(admin_client):
    response = import_csv(
        admin_client, HEADER + "kesepakatan_bersama,ksdd,Sendiri,2021-01-10,,15\n"
    )
    assert "sekurang-kurangnya dua pihak" in response.content.decode()
    assert Agreement.objects.count() == 0


def test_good_rows_are_confirmed_then_imported_with_their_parties(admin_client):
    text = HEADER + "kesepakatan_bersama,ksdd,Kerja sama A,2021-01-10,2026-01-09,15;32\n"
    response = import_csv(admin_client, text)
    assert response.status_code == 200
    form = response.context["confirm_form"]
    confirm = admin_client.post(
        reverse("admin:agreements_agreement_process_import"), form.initial, follow=True
    )
    assert confirm.status_code == 200
    agreement = Agreement.objects.get()
    assert sorted(agreement.parties.values_list("province_id", flat=True)) == ["15", "32"]
    assert agreement.search_vector is not None


def test_export_lists_parties_and_sectors(admin_client):
    agreement = AgreementFactory(title="Kerja sama hutan", provinces=["15", "32"])
    ScopeItemFactory(agreement=agreement, sectors=["kehutanan", "lingkungan_hidup"])
    response = admin_client.post(
        reverse("admin:agreements_agreement_export"),
        {
            "format": "0",
            "resource": "0",
            "agreementresource_title": "on",
            "agreementresource_parties": "on",
            "agreementresource_sectors": "on",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Kerja sama hutan" in body
    assert "15;32" in body
    assert "kehutanan;lingkungan_hidup" in body


def test_the_preview_shows_the_parties_and_no_id_for_a_new_row(admin_client):
    existing = AgreementFactory(title="Kerja sama lama", provinces=["15", "17"])
    text = (
        "id,"
        + HEADER
        + (
            ",kesepakatan_bersama,ksdd,Kerja sama baru,2021-01-10,2026-01-09,15;15.71\n"
            f"{existing.pk},kesepakatan_bersama,ksdd,Kerja sama lama diubah,2021-01-10,,15;17\n"
        )
    )
    response = import_csv(admin_client, text)
    rows = [row.diff for row in response.context["result"].valid_rows()]
    new, update = rows
    # The parties column as it will be saved; the new row gets its id only when saved.
    assert any("15;15.71" in cell for cell in new)
    assert new[0] == ""
    assert any("15;17" in cell for cell in update) and str(existing.pk) in update[0]
