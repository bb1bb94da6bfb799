"""Writes through django-simple-history's revert form need the change permission, and a stale
save of the agreement page (fields or inlines) is refused with both versions shown."""

import pytest
from django.urls import reverse

from agreements.models import Agreement, Opd
from tests.factories import AgreementFactory, OpdFactory

pytestmark = pytest.mark.django_db


def form_data(response) -> dict:
    """The POST a browser would send for the admin form in ``response``, unchanged."""
    data = {}

    def add(form):
        for bound in form:
            value = bound.value()
            if value is None:
                continue
            if isinstance(value, list | tuple):
                data[bound.html_name] = [str(v) for v in value]
            elif isinstance(value, bool):
                if value:
                    data[bound.html_name] = "on"
            else:
                data[bound.html_name] = str(value)

    add(response.context["adminform"].form)
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    return data


@pytest.fixture
def agreement():
    return AgreementFactory(title="Judul asli", provinces=["15", "32"])


def revert_url(obj, model="agreement"):
    return reverse(
        f"admin:agreements_{model}_simple_history", args=[obj.pk, obj.history.earliest().pk]
    )


def test_a_reviewer_cannot_write_through_the_history_revert_form(client, make_user, agreement):
    client.force_login(make_user("Reviewer"))
    url = revert_url(agreement)
    response = client.post(
        url,
        {
            "agreement_type": agreement.agreement_type,
            "cooperation_class": agreement.cooperation_class,
            "title": "Diubah lewat riwayat",
            "seen_version": agreement.version,
        },
    )
    assert response.status_code == 403
    assert Agreement.objects.get(pk=agreement.pk).title == "Judul asli"
    assert client.get(url).status_code == 403


def test_a_reviewer_cannot_revert_an_opd(client, make_user):
    opd = OpdFactory(province_id="15", name="Dinas Kehutanan")
    client.force_login(make_user("Reviewer"))
    response = client.post(
        revert_url(opd, "opd"),
        {"province": "15", "kind": opd.kind, "name": "Dinas Diubah", "acronym": ""},
    )
    assert response.status_code == 403
    assert Opd.objects.get(pk=opd.pk).name == "Dinas Kehutanan"


def test_an_editor_may_still_revert(client, make_user, agreement):
    client.force_login(make_user("Editor", regions=["15"]))
    Agreement.objects.filter(pk=agreement.pk).update(title="Judul baru")
    form = client.get(revert_url(agreement))
    assert form.status_code == 200
    data = form_data(form)
    response = client.post(revert_url(agreement), data)
    assert response.status_code == 302
    assert Agreement.objects.get(pk=agreement.pk).title == "Judul asli"


@pytest.mark.django_db(transaction=True)
def test_a_revert_outside_a_test_transaction_saves_and_refreshes_the_search(
    reference_data, client, make_user
):
    """As on a real server, where no test transaction hides a missing one: the agreement
    form locks its row (select_for_update), which raised a 500 on the revert page."""
    from agreements.services.agreements import agreement_after_write

    agreement = AgreementFactory(title="Irigasi sawah", provinces=["15", "32"])
    client.force_login(make_user("Editor", regions=["15"]))
    Agreement.objects.filter(pk=agreement.pk).update(title="Judul baru")
    agreement_after_write(agreement_ids=[agreement.pk])
    assert not Agreement.objects.filter(pk=agreement.pk, search_vector="irigasi").exists()
    form = client.get(revert_url(agreement))
    response = client.post(revert_url(agreement), form_data(form))
    assert response.status_code == 302
    assert Agreement.objects.get(pk=agreement.pk).title == "Irigasi sawah"
    # The stored search vector follows the reverted title.
    assert Agreement.objects.filter(pk=agreement.pk, search_vector="irigasi").exists()


def test_a_stale_save_is_refused_with_both_versions(admin_client, agreement):
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    first, second = form_data(admin_client.get(url)), form_data(admin_client.get(url))
    first.update(title="Judul editor pertama", notes="catatan pertama")
    assert admin_client.post(url, first).status_code == 302
    second.update(title="Judul editor kedua")
    response = admin_client.post(url, second)
    assert response.status_code == 200
    page = response.content.decode()
    assert "telah diubah orang lain" in page
    assert "Judul editor pertama" in page  # the stored version, quoted in the message
    assert "Judul editor kedua" in page  # the editor's own input, still in the form
    stored = Agreement.objects.get(pk=agreement.pk)
    assert (stored.title, stored.notes, stored.version) == (
        "Judul editor pertama",
        "catatan pertama",
        agreement.version + 1,
    )


def test_a_stale_save_of_an_inline_is_refused(admin_client, agreement):
    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    first, second = form_data(admin_client.get(url)), form_data(admin_client.get(url))
    first["parties-0-signatory_name"] = "Penanda tangan pertama"
    assert admin_client.post(url, first).status_code == 302
    second["parties-0-signatory_name"] = "Penanda tangan kedua"
    response = admin_client.post(url, second)
    assert response.status_code == 200
    assert "telah diubah orang lain" in response.content.decode()
    names = list(Agreement.objects.get(pk=agreement.pk).parties.values_list("signatory_name"))
    assert ("Penanda tangan pertama",) in names and ("Penanda tangan kedua",) not in names


def test_an_import_update_makes_an_open_page_stale(admin_client, agreement):
    from agreements.admin.resources import AgreementResource

    url = reverse("admin:agreements_agreement_change", args=[agreement.pk])
    data = form_data(admin_client.get(url))
    dataset = AgreementResource().export(Agreement.objects.filter(pk=agreement.pk))
    dataset.dict = [{**dataset.dict[0], "title": "Dari impor", "parties": "15;32"}]
    result = AgreementResource().import_data(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    data["title"] = "Dari halaman lama"
    assert "telah diubah orang lain" in admin_client.post(url, data).content.decode()
    assert Agreement.objects.get(pk=agreement.pk).title == "Dari impor"


def test_the_revert_page_breadcrumbs_name_the_app_and_the_list_in_the_interface_language(
    admin_client, agreement
):
    page = admin_client.get(revert_url(agreement)).content.decode()
    crumbs = page.split('class="breadcrumbs"', 1)[1].split("</div>", 1)[0]
    assert "Kerja sama daerah" in crumbs and "Kesepakatan/perjanjian" in crumbs
    assert "Historical" not in crumbs and ">Agreements<" not in crumbs
