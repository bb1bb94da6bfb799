"""The admin import: its own permission, no chosen ids, bounded size, messages in words;
the admin export neutralises formulas."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agreements.models import Agreement
from tests.admin.test_import_export import HEADER, import_csv
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


def test_a_reviewer_may_not_import_and_nothing_changes(client, make_user):
    agreement = AgreementFactory(title="Asli", provinces=["15", "32"])
    client.force_login(make_user("Reviewer"))
    text = "id,agreement_type,cooperation_class,title,parties\n"
    text += f"{agreement.pk},kesepakatan_bersama,ksdd,Diganti,31;36\n"
    assert import_csv(client, text).status_code == 403
    assert Agreement.objects.get().title == "Asli"
    changelist = client.get(reverse("admin:agreements_agreement_changelist")).content.decode()
    assert "/import/" not in changelist


def test_an_editor_may_import(client, make_user):
    client.force_login(make_user("Editor", regions=["15"]))
    text = HEADER + "kesepakatan_bersama,ksdd,Kerja sama A,2021-01-10,2026-01-09,15;32\n"
    response = import_csv(client, text)
    assert response.status_code == 200 and "confirm_form" in response.context


@pytest.mark.parametrize("raw_id", ["-5", "0", "999999", "abc"])
def test_an_import_cannot_choose_an_id(admin_client, raw_id):
    text = "id,agreement_type,cooperation_class,title,signed_on,parties\n"
    text += f"{raw_id},kesepakatan_bersama,ksdd,Baris jahat,2021-01-10,15;32\n"
    page = import_csv(admin_client, text).content.decode()
    assert "Kosongkan kolom id untuk kesepakatan baru" in page
    assert Agreement.objects.count() == 0


def test_the_database_refuses_ids_pages_cannot_render(db):
    from django.db import IntegrityError, transaction

    agreement = AgreementFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Agreement.objects.filter(pk=agreement.pk).update(id=-5)


def test_malformed_numbers_and_dates_get_plain_messages(admin_client):
    text = "agreement_type,cooperation_class,title,signed_on,duration_months,parties\n"
    text += "kesepakatan_bersama,ksdd,A,12 Maret,dua belas,15;32\n"
    page = import_csv(admin_client, text).content.decode()
    assert "“dua belas” bukan bilangan bulat." in page
    assert "bukan tanggal" in page
    assert "ConversionSyntax" not in page and "Traceback" not in page
    assert Agreement.objects.count() == 0


def test_an_unreadable_file_gets_a_plain_message(admin_client):
    url = reverse("admin:agreements_agreement_import")
    upload = SimpleUploadedFile("a.xlsx", b"not a workbook", content_type="application/zip")
    page = admin_client.post(
        url, {"resource": "0", "format": "1", "import_file": upload}, follow=True
    ).content.decode()
    assert "Berkas tidak dapat dibaca" in page
    assert "Error" not in page.split("Berkas tidak dapat dibaca")[0][-200:]


def test_a_file_with_too_many_rows_is_refused_up_front(admin_client, settings):
    settings.IMPORT_MAX_ROWS = 3
    row = "kesepakatan_bersama,ksdd,Kerja sama,2021-01-10,2026-01-09,15;32\n"
    page = import_csv(admin_client, HEADER + row * 4).content.decode()
    assert "paling banyak 3 baris" in page
    assert Agreement.objects.count() == 0


def test_a_file_too_large_is_refused_with_the_limit(admin_client, settings):
    settings.IMPORT_MAX_UPLOAD_MB = 1
    page = import_csv(admin_client, HEADER + "x" * (1024 * 1024 + 1)).content.decode()
    assert "batasnya 1 MB" in page


def test_the_admin_export_neutralises_formulas(admin_client):
    AgreementFactory(title='=HYPERLINK("http://evil.example","klik")', place="@SUM(A1)")
    response = admin_client.post(
        reverse("admin:agreements_agreement_export"),
        {
            "format": "0",
            "resource": "0",
            "agreementresource_title": "on",
            "agreementresource_place": "on",
        },
    )
    body = response.content.decode()
    assert "'=HYPERLINK" in body and "'@SUM(A1)" in body
    assert "\n=HYPERLINK" not in body and ",=HYPERLINK" not in body


def test_the_admin_export_is_bounded(admin_client, settings):
    settings.EXPORT_XLSX_MAX_ROWS = 2
    for _ in range(3):
        AgreementFactory()
    response = admin_client.post(
        reverse("admin:agreements_agreement_export"),
        {"format": "1", "resource": "0", "agreementresource_title": "on"},
    )
    assert response.status_code == 200
    assert "dibatasi 2 baris" in response.content.decode()
