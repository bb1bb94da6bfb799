"""Each bureau edits its own regions' agreements (agreements.scoping), end to end.

A Jambi editor changes a Jambi-Jawa Barat agreement and gets "no row" or 403 on a
Riau-Sumatera Barat one: in the admin list, the change page, a direct POST, the delete, the
history, the import and the review accept and merge. Viewers read everything.
"""

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agreements.models import Agreement, Article, Candidate, CandidateStatus
from agreements.scoping import editable_agreements
from tests.admin.accept_post import rendered_post
from tests.admin.test_agreement_admin import agreement_post, province_party
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db

CHANGE = "/admin/agreements/agreement/{}/change/"
JAMBI_JABAR, RIAU_SUMBAR = "Jambi dan Jawa Barat", "Riau dan Sumatera Barat"


@pytest.fixture
def ours():
    return AgreementFactory(title=JAMBI_JABAR, provinces=["15", "32"])


@pytest.fixture
def theirs():
    return AgreementFactory(title=RIAU_SUMBAR, provinces=["14", "13"])


@pytest.fixture
def jambi_editor(client, make_user):
    user = make_user("Editor", "Reviewer", username="biro-jambi", regions=["15"])
    client.force_login(user)
    return user


def test_the_admin_list_shows_only_the_bureaus_agreements(client, jambi_editor, ours, theirs):
    response = client.get("/admin/agreements/agreement/")
    page = response.content.decode()
    assert JAMBI_JABAR in page and RIAU_SUMBAR not in page


def test_change_page_and_direct_post_of_another_regions_agreement(
    client, jambi_editor, ours, theirs
):
    assert client.get(CHANGE.format(ours.pk)).status_code == 200
    response = client.get(CHANGE.format(theirs.pk))
    # The admin answers "no such row" with a redirect to its index, never the form.
    assert response.status_code == 302 and RIAU_SUMBAR not in response.content.decode()
    post = agreement_post(
        parties=[province_party("14"), province_party("13")], title="Diubah oleh Jambi"
    )
    client.post(CHANGE.format(theirs.pk), post)
    client.post(f"/admin/agreements/agreement/{theirs.pk}/delete/", {"post": "yes"})
    theirs.refresh_from_db()
    assert theirs.title == RIAU_SUMBAR
    history = client.get(f"/admin/agreements/agreement/{theirs.pk}/history/")
    assert history.status_code in (302, 403)
    assert "di luar daerah biro Anda" in history.content.decode()


def _change_post(agreement, *, title, keep: bool, new=()):
    """The change form as posted: the agreement's party rows kept or deleted, ``new`` added."""
    existing = list(agreement.parties.order_by("position"))
    data = agreement_post(parties=[], title=title)
    rows = [
        {**province_party(p.province_id), "id": str(p.pk), "agreement": str(agreement.pk)}
        | ({} if keep else {"DELETE": "on"})
        for p in existing
    ] + [province_party(code) for code in new]
    for index, row in enumerate(rows):
        for key, value in row.items():
            data[f"parties-{index}-{key}"] = value
    data["parties-TOTAL_FORMS"], data["parties-INITIAL_FORMS"] = str(len(rows)), str(len(existing))
    data["seen_version"] = str(agreement.version)
    return data


def test_the_bureaus_own_agreement_changes_but_cannot_be_handed_to_others(
    client, jambi_editor, ours
):
    response = client.post(
        CHANGE.format(ours.pk), _change_post(ours, title="Jambi dan Jabar, diubah", keep=True)
    )
    assert response.status_code == 302
    ours.refresh_from_db()
    assert ours.title == "Jambi dan Jabar, diubah"
    away = _change_post(ours, title="Diserahkan ke Riau", keep=False, new=["14", "13"])
    response = client.post(CHANGE.format(ours.pk), away)
    assert response.status_code == 200
    assert "daerah biro Anda" in response.content.decode()
    ours.refresh_from_db()
    assert ours.title == "Jambi dan Jabar, diubah"
    assert sorted(ours.parties.values_list("province_id", flat=True)) == ["15", "32"]


def test_adding_needs_one_of_the_bureaus_regions_as_a_party(client, jambi_editor):
    response = client.post(
        "/admin/agreements/agreement/add/",
        agreement_post(parties=[province_party("14"), province_party("13")], title="Riau saja"),
    )
    assert response.status_code == 200 and "daerah biro Anda" in response.content.decode()
    client.post(
        "/admin/agreements/agreement/add/",
        agreement_post(parties=[province_party("15"), province_party("13")], title="Jambi"),
    )
    assert list(Agreement.objects.values_list("title", flat=True)) == ["Jambi"]


def _import(client, text: str):
    url = reverse("admin:agreements_agreement_import")
    upload = SimpleUploadedFile("a.csv", text.encode(), content_type="text/csv")
    return client.post(url, {"resource": "0", "format": "0", "import_file": upload}, follow=True)


def test_the_import_refuses_rows_of_other_regions(client, jambi_editor, ours, theirs):
    header = "id,agreement_type,cooperation_class,title,signed_on,expires_on,parties\n"
    update = f"{theirs.pk},kesepakatan_bersama,ksdd,Diubah,2021-01-10,,14;13\n"
    page = _import(client, header + update).content.decode()
    assert "bukan milik daerah biro Anda" in page
    new = ",kesepakatan_bersama,ksdd,Baru Riau,2021-01-10,,14;13\n"
    page = _import(client, header + new).content.decode()
    assert "daerah biro Anda" in page
    assert not Agreement.objects.filter(title__in=["Diubah", "Baru Riau"]).exists()
    ok = _import(client, header + ",kesepakatan_bersama,ksdd,Baru Jambi,2021-01-10,,15;14\n")
    assert ok.context["confirm_form"] is not None


FACTS = {
    "is_agreement": True,
    "agreement_type": "kesepakatan_bersama",
    "parties": [
        {"name": "Riau", "level": "province", "province_code": "14"},
        {"name": "Sumatera Barat", "level": "province", "province_code": "13"},
    ],
    "signed_on": "2020-03-12",
    "confidence": {"parties": 0.95, "signed_on": 0.9, "agreement_type": 0.9},
}


@pytest.fixture
def riau_candidate():
    article = Article.objects.create(
        title="Riau dan Sumbar",
        url="https://berita.example.id/r",
        canonical_url="https://berita.example.id/r",
        text="Pemerintah Provinsi Riau dan Pemerintah Provinsi Sumatera Barat bersepakat.",
        content_hash="r",
        extraction=FACTS,
        is_relevant=True,
    )
    return Candidate.objects.create(article=article, facts=FACTS, confidence=0.9)


def test_the_review_accept_and_merge_keep_to_the_bureau(
    client, jambi_editor, riau_candidate, ours, theirs
):
    url = reverse("admin:agreements_candidate_accept", args=[riau_candidate.pk])
    page = client.get(url)
    response = client.post(url, rendered_post(page.context, signed_on="12/03/2020"))
    assert response.status_code == 403
    # The form comes back with the reason, the reviewer's input kept.
    assert "daerah biro Anda" in response.content.decode()
    assert response.context["form"].data["title"] == page.context["form"].initial["title"]
    assert Agreement.objects.count() == 2
    merge = reverse("admin:agreements_candidate_merge", args=[riau_candidate.pk])
    assert client.post(merge, {"agreement": theirs.pk}).status_code == 403
    assert Candidate.objects.get().status == CandidateStatus.PENDING
    # Accepted as Jambi's (the reviewer changes a party), it is the bureau's to record.
    data = rendered_post(page.context, signed_on="12/03/2020", **{"parties-0-province": "15"})
    assert client.post(url, data).status_code == 302
    assert Candidate.objects.get().status == CandidateStatus.ACCEPTED


def test_scopes_of_provinces_their_kabupaten_kota_and_the_national_role(make_user):
    jabar = AgreementFactory(title="Jabar dan Jambi", provinces=["32", "15"])
    bandungs = AgreementFactory(title="Dua Bandung", provinces=["32.04", "32.73"])
    riau = AgreementFactory(title="Riau dan Sumbar", provinces=["14", "13"])
    everything = Agreement.objects.all()

    def titles(user):
        return set(editable_agreements(user, everything).values_list("title", flat=True))

    assert titles(make_user("Editor", username="jabar", regions=["32"])) == {jabar.title}
    # A province bureau may cover its kabupaten/kota too.
    wide = make_user("Editor", username="jabar-luas", regions=["32+"])
    assert titles(wide) == {jabar.title, bandungs.title}
    assert titles(make_user("Editor", username="kota", regions=["32.73"])) == {bandungs.title}
    assert titles(make_user("Editor", username="none")) == set()
    assert titles(make_user("Editor", "National", username="pusat")) == {
        jabar.title,
        bandungs.title,
        riau.title,
    }
    assert titles(make_user("Administrator", username="admin")) == {
        jabar.title,
        bandungs.title,
        riau.title,
    }


def test_viewers_read_every_regions_agreements(client, make_user, ours, theirs):
    client.force_login(make_user("Viewer", regions=["15"]))
    assert client.get(f"/agreements/{theirs.pk}/").status_code == 200
    assert RIAU_SUMBAR in client.get("/agreements/").content.decode()


def test_a_viewer_refused_a_form_is_not_told_to_get_a_role(client, make_user, ours):
    client.force_login(make_user("Viewer", regions=["15"]))
    response = client.get(f"/agreements/{ours.pk}/actions/add/")
    assert response.status_code == 403
    page = response.content.decode()
    assert "Peran akun Anda tidak membuka halaman ini" in page
    assert "belum memiliki peran" not in page


def test_the_detail_page_offers_editing_only_of_the_bureaus_agreements(
    client, jambi_editor, ours, theirs
):
    edit = 'href="/admin/agreements/agreement/{}/change/"'
    assert edit.format(ours.pk) in client.get(f"/agreements/{ours.pk}/").content.decode()
    assert edit.format(theirs.pk) not in client.get(f"/agreements/{theirs.pk}/").content.decode()


def test_another_regions_agreement_in_the_admin_says_why_and_leads_to_its_page(
    client, jambi_editor, ours, theirs
):
    response = client.get(CHANGE.format(theirs.pk), follow=True)
    assert response.redirect_chain[-1][0] == f"/agreements/{theirs.pk}/"
    page = response.content.decode()
    assert "bukan kesepakatan daerah biro Anda" in page and RIAU_SUMBAR in page
    # A row that does not exist at all is still "not found" on the admin index.
    missing = client.get(CHANGE.format(theirs.pk + 1000), follow=True)
    assert missing.redirect_chain[-1][0] == "/admin/"
    assert "bukan kesepakatan daerah biro Anda" not in missing.content.decode()


def test_the_detail_page_offers_follow_up_only_on_the_bureaus_agreements(
    client, jambi_editor, ours, theirs
):
    for path in ("actions/add/", "activities/add/", "reports/add/"):
        assert (
            f"/agreements/{ours.pk}/{path}"
            in client.get(f"/agreements/{ours.pk}/").content.decode()
        )
        theirs_page = client.get(f"/agreements/{theirs.pk}/").content.decode()
        assert f"/agreements/{theirs.pk}/{path}" not in theirs_page
    # Opened anyway, the refusal names the reason, not a missing role.
    refusal = client.get(f"/agreements/{theirs.pk}/actions/add/").content.decode()
    assert "bukan milik daerah biro Anda" in refusal
    assert "belum memiliki peran" not in refusal


def test_follow_up_of_another_regions_agreement_is_refused(client, jambi_editor, ours, theirs):
    import datetime as dt

    from agreements.models import ActionKind, Activity, AgreementAction
    from agreements.services.actions import action_record

    for path in ("actions/add/", "activities/add/", "reports/add/"):
        assert client.get(f"/agreements/{ours.pk}/{path}").status_code == 200
        assert client.get(f"/agreements/{theirs.pk}/{path}").status_code == 403
    response = client.post(
        f"/agreements/{theirs.pk}/activities/add/",
        {"title": "Kegiatan Jambi", "state": "planned", "progress": "0"},
    )
    assert response.status_code == 403
    assert not Activity.objects.filter(agreement=theirs).exists()
    # The services refuse it for every caller with a user, not only the pages.
    with pytest.raises(PermissionDenied):
        action_record(
            agreement=theirs, kind=ActionKind.SUSPENDED, date=dt.date(2024, 1, 5), user=jambi_editor
        )
    assert not AgreementAction.objects.filter(agreement=theirs, kind=ActionKind.SUSPENDED).exists()


def test_the_follow_up_admin_lists_and_publishing_keep_to_the_bureau(
    client, jambi_editor, ours, theirs
):
    import datetime as dt

    from agreements.models import ActionKind, AgreementAction
    from agreements.services.publishing import agreements_publish

    for agreement in (ours, theirs):
        AgreementAction.objects.create(
            agreement=agreement, kind=ActionKind.ENTERED_INTO_FORCE, date=dt.date(2024, 1, 2)
        )
    page = client.get("/admin/agreements/agreementaction/").content.decode()
    assert JAMBI_JABAR in page and RIAU_SUMBAR not in page
    assert agreements_publish(agreements=[ours, theirs], user=jambi_editor) == 1
    assert Agreement.objects.get(pk=ours.pk).is_published
    assert not Agreement.objects.get(pk=theirs.pk).is_published
