"""The admin is the entry UI: every page opens, and the seed agreement can be typed in."""

from datetime import date

import pytest
from django.contrib import admin
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agreements.models import Agreement, AgreementType, Document, Opd
from tests.factories import AgreementFactory, OpdFactory, ScopeItemFactory, minimal_pdf

pytestmark = pytest.mark.django_db

MINIMAL_PDF = minimal_pdf()


def test_every_admin_page_opens_for_a_superuser(admin_client, superuser):
    agreement = AgreementFactory()
    ScopeItemFactory(agreement=agreement)
    OpdFactory()
    for model, model_admin in admin.site._registry.items():
        meta = model._meta
        base = f"admin:{meta.app_label}_{meta.model_name}"
        assert admin_client.get(reverse(f"{base}_changelist")).status_code == 200, meta.label
        if model_admin.has_add_permission(rf_request(superuser)):
            assert admin_client.get(reverse(f"{base}_add")).status_code == 200, meta.label
        instance = model.objects.first()
        if instance is not None:
            for view in ("change", "history"):
                response = admin_client.get(reverse(f"{base}_{view}", args=[instance.pk]))
                assert response.status_code == 200, (meta.label, view)


def rf_request(user):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = user
    return request


def management(prefix: str, rows: list[dict]) -> dict:
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"{prefix}-{index}-{key}"] = value
    return data


def agreement_post(*, parties, opds=(), scope=(), documents=(), **fields) -> dict:
    data = {
        "agreement_type": AgreementType.KESEPAKATAN_BERSAMA,
        "cooperation_class": "ksdd",
        "title": "Kesepakatan Bersama Jambi dan Jawa Barat",
        "signed_on": "2020-03-12",
        "place": "Gedung Pakuan, Bandung",
        "effective_from": "",
        "expires_on": "",
        "duration_months": "",
        "parent": "",
        "predecessor": "",
        "terminated_on": "",
        "termination_reason": "",
        "notes": "",
        **fields,
    }
    data |= management("parties", list(parties))
    data |= management("agreement_opds", [{"opd": str(opd.pk), "role": ""} for opd in opds])
    data |= management(
        "scope_items",
        [
            {"position": str(i), "description": text, "sectors": codes}
            for i, (text, codes) in enumerate(scope)
        ],
    )
    data |= management("documents", list(documents))
    for follow_up in ("actions", "activities", "monitoring_reports"):
        data |= management(follow_up, [])
    return data


def province_party(code, name="", title=""):
    return {
        "kind": "province",
        "province": code,
        "organisation_name": "",
        "signatory_name": name,
        "signatory_title": title,
        "on_behalf_of": "",
        "document_number": "",
        "position": "0",
    }


def test_seed_agreement_entered_through_the_add_form(admin_client, superuser):
    names = [
        "Inspektorat",
        "Badan Penelitian dan Pengembangan Daerah",
        "Badan Keuangan Daerah",
        "Dinas Perindustrian dan Perdagangan",
        "Dinas Energi dan Sumber Daya Mineral",
        "Badan Pengembangan Sumber Daya Manusia",
        "Dinas Kehutanan",
        "Biro Pembangunan dan Kerjasama",
    ]
    opds = [OpdFactory(province_id="15", name=name) for name in names]
    data = agreement_post(
        parties=[
            province_party("15", "Fachrori Umar", "Gubernur Jambi"),
            province_party("32", "Ridwan Kamil", "Gubernur Jawa Barat"),
        ],
        opds=opds,
        scope=[("Pembangunan kehutanan", ["kehutanan"]), ("Pengembangan sektor energi", ["esdm"])],
        documents=[
            {
                "title": "Naskah KB",
                "kind": "naskah",
                "file": SimpleUploadedFile("naskah kb.pdf", MINIMAL_PDF, "application/pdf"),
            }
        ],
    )
    response = admin_client.post(reverse("admin:agreements_agreement_add"), data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    agreement = Agreement.objects.get()
    assert agreement.signed_on == date(2020, 3, 12)
    assert [p.signatory_name for p in agreement.parties.all()] == ["Fachrori Umar", "Ridwan Kamil"]
    assert agreement.agreement_opds.count() == 8
    assert agreement.scope_items.count() == 2
    document = agreement.documents.get()
    assert document.content_type == "application/pdf"
    assert document.file.name.rsplit("/", 1)[1] == "naskah-kb.pdf"
    assert agreement.history.earliest().history_user == superuser
    assert agreement.search_vector is not None


def test_add_form_shows_clear_errors_and_saves_nothing(admin_client):
    strangers_opd = OpdFactory(province_id="35", name="Dinas Perhubungan")
    data = agreement_post(
        parties=[province_party("15")],
        opds=[strangers_opd],
        expires_on="2019-01-01",
    )
    response = admin_client.post(reverse("admin:agreements_agreement_add"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Tanggal berakhir harus sesudah tanggal penandatanganan." in page
    assert Agreement.objects.count() == 0

    data = agreement_post(
        parties=[province_party("15"), province_party("32")], opds=[strangers_opd]
    )
    response = admin_client.post(reverse("admin:agreements_agreement_add"), data)
    assert "bukan milik provinsi yang menjadi pihak" in response.content.decode()
    assert Agreement.objects.count() == 0
    assert Opd.objects.count() == 1


def test_a_renamed_executable_is_refused_as_a_document(admin_client):
    data = agreement_post(
        parties=[province_party("15"), province_party("32")],
        documents=[
            {
                "title": "Naskah",
                "kind": "naskah",
                "file": SimpleUploadedFile(
                    "naskah.pdf", b"MZ\x90\x00" + b"\x00" * 200, "application/pdf"
                ),
            }
        ],
    )
    response = admin_client.post(reverse("admin:agreements_agreement_add"), data)
    assert "Jenis berkas tidak diterima" in response.content.decode()
    assert Agreement.objects.count() == 0
    assert Document.objects.count() == 0


def test_changelist_filters(admin_client):
    kehutanan = AgreementFactory(title="Hutan", provinces=["15", "32"], signed_on=date(2020, 3, 12))
    ScopeItemFactory(agreement=kehutanan, sectors=["kehutanan"])
    other = AgreementFactory(
        title="Laut",
        provinces=["31", "36"],
        signed_on=date(2015, 1, 1),
        expires_on=date(2016, 1, 1),
    )
    url = reverse("admin:agreements_agreement_changelist")

    def titles(**params):
        response = admin_client.get(url, params)
        assert response.status_code == 200
        return {a.title for a in response.context["cl"].result_list}

    assert titles(province="15") == {"Hutan"}
    assert titles(sector="kehutanan") == {"Hutan"}
    assert titles(status="expired") == {"Laut"}
    assert titles(year="2015") == {"Laut"}
    assert titles(q="hutan") == {"Hutan"}
    assert titles(agreement_type__exact="kesepakatan_bersama") == {"Hutan", "Laut"}
    assert other.pk


def test_changelist_query_count_does_not_grow_with_rows(
    admin_client, django_assert_max_num_queries
):
    for _ in range(3):
        AgreementFactory()
    url = reverse("admin:agreements_agreement_changelist")
    admin_client.get(url)
    with django_assert_max_num_queries(15) as few:
        admin_client.get(url)
    limit = len(few.captured_queries)
    for _ in range(30):
        AgreementFactory()
    admin_client.get(url)  # the count is cached per change of the data: warm it again
    with django_assert_max_num_queries(limit):
        admin_client.get(url)


def test_an_accepted_upload_survives_an_error_elsewhere_on_the_form(admin_client):
    import re

    document = {
        "title": "Naskah KB",
        "kind": "naskah",
        "file": SimpleUploadedFile("naskah kb.pdf", MINIMAL_PDF, "application/pdf"),
    }
    parties = [province_party("15"), province_party("32")]
    data = agreement_post(parties=parties, documents=[document], signed_on="2052-01-01")
    response = admin_client.post(reverse("admin:agreements_agreement_add"), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "masa depan" in page
    assert "naskah-kb.pdf sudah diunggah dan disimpan" in page
    token = re.search(r'name="documents-0-held_upload" value="([^"]+)"', page).group(1)

    # The user corrects the date and submits again without choosing the file again.
    resubmit = {"title": "Naskah KB", "kind": "naskah", "held_upload": token}
    data = agreement_post(parties=parties, documents=[resubmit], signed_on="2020-03-12")
    response = admin_client.post(reverse("admin:agreements_agreement_add"), data)
    assert response.status_code == 302
    saved = Agreement.objects.get().documents.get()
    assert saved.file.name.rsplit("/", 1)[1] == "naskah-kb.pdf"
    assert saved.file.read() == MINIMAL_PDF

    # A forged reference is no file.
    forged = {"title": "X", "kind": "naskah", "held_upload": "held/../../settings.py"}
    data = agreement_post(parties=parties, documents=[forged], title="Lain")
    response = admin_client.post(reverse("admin:agreements_agreement_add"), data)
    assert response.status_code == 200
    assert Agreement.objects.count() == 1


def test_a_termination_entered_as_an_action_in_the_admin_ends_the_agreement(admin_client):
    from agreements.models import ActionKind, AgreementStatus

    agreement = AgreementFactory(signed_on=date(2022, 5, 10), expires_on=date(2027, 5, 9))
    response = admin_client.post(
        reverse("admin:agreements_agreementaction_add"),
        {
            "agreement": agreement.pk,
            "date": "2024-02-01",
            "kind": ActionKind.TERMINATED,
            "party": "",
            "note": "Disepakati berakhir lebih awal",
            "document": "",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    agreement.refresh_from_db()
    assert agreement.terminated_on == date(2024, 2, 1)
    assert Agreement.objects.with_status().get(pk=agreement.pk).status == AgreementStatus.TERMINATED
    action = agreement.actions.get()
    admin_client.post(
        reverse("admin:agreements_agreementaction_delete", args=[action.pk]), {"post": "yes"}
    )
    agreement.refresh_from_db()
    assert agreement.terminated_on is None


def test_follow_up_admin_offers_only_the_agreements_own_parties(admin_client):
    from agreements.models import ActionKind, AgreementAction

    mine = AgreementFactory(provinces=["15", "32"])
    other = AgreementFactory(provinces=["11", "12"])
    action = AgreementAction.objects.create(
        agreement=mine, kind=ActionKind.SIGNED, date=date(2022, 5, 10)
    )
    page = admin_client.get(reverse("admin:agreements_agreementaction_change", args=[action.pk]))
    choices = {str(p.pk) for p in page.context["adminform"].form.fields["party"].queryset}
    assert choices == {str(p.pk) for p in mine.parties.all()}
    inline_page = admin_client.get(reverse("admin:agreements_agreement_change", args=[other.pk]))
    formset = next(
        f for f in inline_page.context["inline_admin_formsets"] if f.formset.prefix == "actions"
    )
    parties = formset.formset.empty_form.fields["party"].queryset
    assert set(parties) == set(other.parties.all())
