"""Every address of the application for every role, GET and POST, third-party admin views
included: 200 (or "allowed" for a POST), a redirect to login, or 403.

This is the table of README "Roles and security" written as a test; change both together.
"""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agreements.demo.seed import seed_agreement_create
from agreements.models import (
    ActionKind,
    Activity,
    Agreement,
    AgreementAction,
    Article,
    Candidate,
    Document,
    ExportJob,
    MonitoringReport,
    Opd,
    PeriodicReport,
    Reminder,
    ReportState,
)
from agreements.services import following
from tests.factories import minimal_pdf

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "Viewer", "Editor", "Reviewer", "Administrator"]
# Anonymous visitors meet LoginRequiredMiddleware first, even on admin pages; logged-in users
# without staff status are sent to the admin's own login. A POST that is let through is
# "allowed" whatever the view then answers (a form with errors, a redirect).
OK, LOGIN, ADMIN_LOGIN, DENIED, ALLOWED = 200, "login", "admin-login", 403, "allowed"
NOT_ALLOWED = 405
HOME = "302 to /"


def expected_row(anonymous, viewer, editor, reviewer, administrator):
    return dict(zip(ROLES, [anonymous, viewer, editor, reviewer, administrator], strict=True))


@pytest.fixture
def objects(superuser, make_user):
    agreement = seed_agreement_create(created_by=superuser)
    # Someone else's follow-up: every role below gets 404 on their reminder, none sees it.
    owner = make_user("Viewer", username="pemilik")
    following.follow_set(user=owner, target="agreement", key=agreement.pk, follow=True)
    reminder = Reminder.objects.create(
        user=owner, agreement=agreement, threshold_days=90, due_on=dt.date(2030, 1, 1)
    )
    periodic_report = PeriodicReport.objects.create(
        period="2020-S1", format="xlsx", state=ReportState.DONE, requested_by=owner
    )
    periodic_report.file.save("laporan.xlsx", SimpleUploadedFile("laporan.xlsx", b"PK"))
    # Someone else's background export: listed and downloaded by its owner only.
    export_job = ExportJob.objects.create(requested_by=owner, format="csv", state=ReportState.DONE)
    export_job.file.save("ekspor.csv", SimpleUploadedFile("ekspor.csv", b"ID\n"))
    document = Document.objects.create(
        agreement=agreement,
        title="Naskah",
        file=SimpleUploadedFile("naskah.pdf", minimal_pdf()),
        content_type="application/pdf",
        size=15,
    )
    opd = Opd.objects.filter(province_id="15").first()
    # Published, with its document public: the portal and the API answer for it.
    Agreement.objects.filter(pk=agreement.pk).update(is_published=True)
    Document.objects.filter(pk=document.pk).update(is_public=True)
    article = Article.objects.create(
        title="Jambi dan Jawa Barat",
        url="https://berita.example.id/a",
        canonical_url="https://berita.example.id/a",
        text="Jambi dan Jawa Barat menandatangani kesepakatan.",
        content_hash="x",
        extraction={},
        is_relevant=True,
        published_at=dt.datetime(2020, 3, 13, tzinfo=dt.UTC),
    )
    candidate = Candidate.objects.create(article=article, facts={}, confidence=0.5)
    activity = Activity.objects.create(agreement=agreement, title="Rapat koordinasi", opd=opd)
    action = AgreementAction.objects.create(
        agreement=agreement, kind=ActionKind.SIGNED, date=agreement.signed_on
    )
    report = MonitoringReport.objects.create(agreement=agreement, year=2020, summary="Berjalan")
    return {
        "activity": activity.pk,
        "action": action.pk,
        "report": report.pk,
        "agreement": agreement.pk,
        "agreement_history": agreement.history.latest().history_id,
        "document": document.pk,
        "opd": opd.pk,
        "opd_history": opd.history.latest().history_id,
        "candidate": candidate.pk,
        "candidate_history": candidate.history.latest().history_id,
        "reminder": reminder.pk,
        "periodic_report": periodic_report.pk,
        "export_job": export_job.pk,
        "calendar": owner.reminder_profile.calendar_token,
        "unsubscribe": following.unsubscribe_token(user=owner),
    }


def get_matrix(ids):
    agreement, document, opd = ids["agreement"], ids["document"], ids["opd"]
    dashboard = expected_row(LOGIN, OK, OK, OK, OK)
    dashboard_editors = expected_row(LOGIN, DENIED, OK, DENIED, OK)
    editors = expected_row(LOGIN, ADMIN_LOGIN, OK, DENIED, OK)
    reviewers = expected_row(LOGIN, ADMIN_LOGIN, DENIED, OK, OK)
    staff = expected_row(LOGIN, ADMIN_LOGIN, OK, OK, OK)
    administrators = expected_row(LOGIN, ADMIN_LOGIN, DENIED, DENIED, OK)
    everyone = expected_row(OK, OK, OK, OK, OK)
    admin_agreement = f"/admin/agreements/agreement/{agreement}"
    return {
        "/healthz": expected_row(OK, OK, OK, OK, OK),
        # A logged-in user asking for the login form goes home instead of seeing it again.
        "/accounts/login/": expected_row(OK, HOME, HOME, HOME, HOME),
        "/accounts/password_reset/": expected_row(OK, OK, OK, OK, OK),
        "/": dashboard,
        "/map/": dashboard,
        "/network/": dashboard,
        "/provinces/15/": dashboard,
        "/provinces/15/32/": dashboard,
        "/regions/32.73/": dashboard,
        "/regions/32/": expected_row(LOGIN, 301, 301, 301, 301),
        "/sectors/kehutanan/": dashboard,
        "/agreements/": dashboard,
        "/articles/": dashboard,
        "/agreements/export/?format=csv": dashboard,
        "/agreements/export/?format=xlsx": dashboard,
        f"/agreements/{agreement}/": dashboard,
        f"/agreements/{agreement}/documents/{document}/": dashboard,
        # Follow-up: everyone reads it on the agreement page; only editors enter it.
        f"/agreements/{agreement}/actions/add/": dashboard_editors,
        f"/agreements/{agreement}/activities/add/": dashboard_editors,
        f"/agreements/{agreement}/activities/{ids['activity']}/": dashboard_editors,
        f"/agreements/{agreement}/reports/add/": dashboard_editors,
        "/completeness/": dashboard,
        "/agreements/?status=dormant": dashboard,
        "/admin/agreements/agreementaction/": staff,
        "/admin/agreements/agreementaction/add/": editors,
        f"/admin/agreements/agreementaction/{ids['action']}/change/": staff,
        f"/admin/agreements/agreementaction/{ids['action']}/history/": editors,
        "/admin/agreements/activity/": staff,
        "/admin/agreements/activity/add/": editors,
        f"/admin/agreements/activity/{ids['activity']}/change/": staff,
        f"/admin/agreements/activity/{ids['activity']}/delete/": editors,
        "/admin/agreements/monitoringreport/": staff,
        "/admin/agreements/monitoringreport/add/": editors,
        f"/admin/agreements/monitoringreport/{ids['report']}/change/": staff,
        # Audit trails are for editors, on the dashboard and in the admin alike.
        f"/agreements/{agreement}/history/": expected_row(LOGIN, DENIED, OK, DENIED, OK),
        "/accounts/password_change/": expected_row(LOGIN, OK, OK, OK, OK),
        # Follow-up: each user's own follows and notifications; reports for every role.
        "/following/": dashboard,
        "/notifications/": dashboard,
        "/reports/": dashboard,
        f"/reports/{ids['periodic_report']}/download/": dashboard,
        # Background exports: each user's own; another user's file is not found.
        "/exports/": dashboard,
        "/exports/new/?format=csv": dashboard,
        f"/exports/{ids['export_job']}/download/": expected_row(LOGIN, 404, 404, 404, 404),
        # Secret addresses for calendar applications and mail links: no login, the token is
        # the key; a wrong one is not found.
        f"/calendar/{ids['calendar']}.ics": expected_row(OK, OK, OK, OK, OK),
        "/calendar/wrong-token.ics": expected_row(404, 404, 404, 404, 404),
        f"/unsubscribe/{ids['unsubscribe']}/": expected_row(OK, OK, OK, OK, OK),
        "/unsubscribe/wrong-token/": expected_row(404, 404, 404, 404, 404),
        "/admin/": expected_row(ADMIN_LOGIN, ADMIN_LOGIN, OK, OK, OK),
        # Reviewers see agreements read-only in the admin: they pick one to merge into.
        "/admin/agreements/agreement/": staff,
        "/admin/agreements/agreement/add/": editors,
        f"{admin_agreement}/change/": staff,
        f"{admin_agreement}/delete/": editors,
        # django-import-export: import needs import_agreement, export needs export_agreement.
        "/admin/agreements/agreement/import/": editors,
        "/admin/agreements/agreement/export/": staff,
        # django-simple-history: history and the revert form need the change permission.
        f"{admin_agreement}/history/": editors,
        f"{admin_agreement}/history/{ids['agreement_history']}/": editors,
        f"/admin/agreements/opd/{opd}/history/": editors,
        f"/admin/agreements/opd/{opd}/history/{ids['opd_history']}/": editors,
        "/admin/agreements/opd/add/": editors,
        "/admin/agreements/candidate/": reviewers,
        f"/admin/agreements/candidate/{ids['candidate']}/change/": reviewers,
        f"/admin/agreements/candidate/{ids['candidate']}/accept/": reviewers,
        f"/admin/agreements/candidate/{ids['candidate']}/history/": reviewers,
        "/admin/agreements/source/add/": reviewers,
        "/admin/agreements/regency/": staff,
        "/admin/autocomplete/?app_label=agreements&model_name=agreementparty"
        "&field_name=regency&term=bandung": expected_row(ADMIN_LOGIN, ADMIN_LOGIN, OK, OK, OK),
        "/admin/auth/user/": administrators,
        "/admin/auth/group/": administrators,
        "/admin/axes/accessattempt/": administrators,
        "/admin/django_celery_beat/periodictask/": administrators,
        # API tokens are issued and revoked by administrators.
        "/admin/authtoken/tokenproxy/": administrators,
        "/admin/authtoken/tokenproxy/add/": administrators,
        **{url: everyone for url in public_addresses(ids)},
    }


def public_addresses(ids):
    """The public portal and the API: open to everyone, logged in or not."""
    agreement, document, opd = ids["agreement"], ids["document"], ids["opd"]
    return [
        "/publik/",
        "/publik/map/",
        "/publik/agreements/",
        "/publik/agreements/?province=15&lang=en",
        f"/publik/agreements/{agreement}/",
        f"/publik/agreements/{agreement}/documents/{document}/",
        "/publik/provinces/15/",
        "/publik/sectors/kehutanan/",
        "/publik/data/",
        "/publik/sitemap.xml",
        "/api/v1/agreements/",
        f"/api/v1/agreements/{agreement}/",
        "/api/v1/provinces/",
        "/api/v1/provinces/15/",
        "/api/v1/regions/",
        "/api/v1/regions/15/",
        "/api/v1/sectors/",
        "/api/v1/sectors/kehutanan/",
        "/api/v1/opds/",
        f"/api/v1/opds/{opd}/",
        "/api/v1/schema/",
        "/api/v1/docs/",
    ]


def post_matrix(ids):
    """Writes. The bodies are empty or incomplete on purpose: a role that may write gets the
    form back with errors (or a confirmation page), one that may not is refused before that."""
    agreement, candidate = ids["agreement"], ids["candidate"]
    editors = expected_row(LOGIN, ADMIN_LOGIN, ALLOWED, DENIED, ALLOWED)
    dashboard = expected_row(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED)
    reviewers = expected_row(LOGIN, ADMIN_LOGIN, DENIED, ALLOWED, ALLOWED)
    staff = expected_row(LOGIN, ADMIN_LOGIN, ALLOWED, ALLOWED, ALLOWED)
    dashboard_editors = expected_row(LOGIN, DENIED, ALLOWED, DENIED, ALLOWED)
    admin_agreement = f"/admin/agreements/agreement/{agreement}"
    return {
        f"/agreements/{agreement}/actions/add/": dashboard_editors,
        f"/agreements/{agreement}/activities/add/": dashboard_editors,
        f"/agreements/{agreement}/activities/{ids['activity']}/": dashboard_editors,
        f"/agreements/{agreement}/reports/add/": dashboard_editors,
        "/admin/agreements/agreementaction/add/": editors,
        f"/admin/agreements/agreementaction/{ids['action']}/change/": editors,
        "/admin/agreements/activity/add/": editors,
        f"/admin/agreements/activity/{ids['activity']}/change/": editors,
        f"/admin/agreements/activity/{ids['activity']}/delete/": editors,
        "/admin/agreements/monitoringreport/add/": editors,
        f"/admin/agreements/monitoringreport/{ids['report']}/change/": editors,
        "/admin/agreements/agreement/add/": editors,
        f"{admin_agreement}/change/": editors,
        f"{admin_agreement}/delete/": editors,
        "/admin/agreements/agreement/import/": editors,
        "/admin/agreements/agreement/process_import/": editors,
        "/admin/agreements/agreement/export/": staff,
        f"{admin_agreement}/history/{ids['agreement_history']}/": editors,
        f"/admin/agreements/opd/{ids['opd']}/history/{ids['opd_history']}/": editors,
        f"/admin/agreements/opd/{ids['opd']}/change/": editors,
        f"/admin/agreements/candidate/{candidate}/accept/": reviewers,
        f"/admin/agreements/candidate/{candidate}/reject/": reviewers,
        f"/admin/agreements/candidate/{candidate}/merge/": reviewers,
        "/admin/agreements/source/add/": reviewers,
        "/admin/auth/user/add/": expected_row(LOGIN, ADMIN_LOGIN, DENIED, DENIED, ALLOWED),
        "/accounts/password_change/": expected_row(LOGIN, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
        "/following/toggle/": dashboard,
        "/following/settings/": dashboard,
        "/following/calendar/renew/": dashboard,
        "/notifications/read/": dashboard,
        # Another user's reminder cannot be snoozed (nor seen): not found.
        f"/notifications/{ids['reminder']}/snooze/": expected_row(LOGIN, 404, 404, 404, 404),
        "/reports/": dashboard,
        "/exports/new/": dashboard,
        f"/unsubscribe/{ids['unsubscribe']}/": expected_row(
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED
        ),
        "/admin/authtoken/tokenproxy/add/": expected_row(
            LOGIN, ADMIN_LOGIN, DENIED, DENIED, ALLOWED
        ),
        # The portal and the API are read-only for everyone: nothing answers a write.
        **{url: expected_row(*[NOT_ALLOWED] * 5) for url in public_addresses(ids)},
    }


def outcome(response, *, post=False):
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/admin/login/"):
            return ADMIN_LOGIN
        if location.startswith(reverse("login")):
            return LOGIN
        return ALLOWED if post else f"302 to {location}"
    if post and response.status_code in (200, 400):
        return ALLOWED
    return response.status_code


def login_as(client, make_user, role):
    # Editors and reviewers of the Jambi bureau: the seed agreement (Jambi-Jawa Barat) is
    # theirs; other regions' agreements are tested in test_bureau_scope.
    if role != "anonymous":
        regions = ["15"] if role in ("Editor", "Reviewer") else []
        client.force_login(make_user(role, regions=regions))


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix_of_reads(client, make_user, objects, role):
    login_as(client, make_user, role)
    observed, expected = {}, {}
    for url, row in get_matrix(objects).items():
        observed[url] = outcome(client.get(url))
        expected[url] = row[role]
    assert observed == expected


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix_of_writes(client, make_user, objects, role):
    login_as(client, make_user, role)
    title = Agreement.objects.get(pk=objects["agreement"]).title
    observed, expected = {}, {}
    for url, row in post_matrix(objects).items():
        observed[url] = outcome(client.post(url, {}), post=True)
        expected[url] = row[role]
    assert observed == expected
    assert Agreement.objects.get(pk=objects["agreement"]).title == title
    # The empty bodies wrote nothing, whoever sent them.
    assert Activity.objects.get().title == "Rapat koordinasi"
    assert AgreementAction.objects.count() == 1
    assert MonitoringReport.objects.count() == 1


@pytest.mark.parametrize("role", ["Viewer", "Editor", "Reviewer", "Administrator", None])
def test_an_api_token_opens_the_api_and_nothing_else(client, make_user, objects, role):
    """A token (of any role, or of a user without one) reads the portal and the API; it
    logs nobody into the dashboard or the admin, and writes nothing anywhere."""
    from rest_framework.authtoken.models import Token

    user = make_user(role) if role else make_user()
    header = {"HTTP_AUTHORIZATION": f"Token {Token.objects.create(user=user).key}"}
    public = set(public_addresses(objects))
    for url, row in get_matrix(objects).items():
        expected = OK if url in public else row["anonymous"]
        assert outcome(client.get(url, **header)) == expected, url
    for url in public:
        assert outcome(client.post(url, {}, **header), post=True) == NOT_ALLOWED, url


def test_a_user_without_a_role_is_refused_politely(client, make_user):
    client.force_login(make_user())
    response = client.get("/")
    assert response.status_code == 403
    assert "Akses ditolak" in response.content.decode()
