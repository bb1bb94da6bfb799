"""Every address of the application for every role: 200, a redirect to login, or 403."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agreements.demo.seed import seed_agreement_create
from agreements.models import Document

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "Viewer", "Editor", "Reviewer", "Administrator"]
# Anonymous visitors meet LoginRequiredMiddleware first, even on admin pages; logged-in users
# without staff status are sent to the admin's own login.
OK, LOGIN, ADMIN_LOGIN, DENIED = 200, "login", "admin-login", 403
HOME = "302 to /"


def expected_row(anonymous, viewer, editor, reviewer, administrator):
    return dict(zip(ROLES, [anonymous, viewer, editor, reviewer, administrator], strict=True))


@pytest.fixture
def objects(superuser):
    agreement = seed_agreement_create(created_by=superuser)
    document = Document.objects.create(
        agreement=agreement,
        title="Naskah",
        file=SimpleUploadedFile("naskah.pdf", b"%PDF-1.4\n%%EOF\n"),
        content_type="application/pdf",
        size=15,
    )
    return {"agreement": agreement.pk, "document": document.pk}


def matrix(ids):
    agreement, document = ids["agreement"], ids["document"]
    dashboard = expected_row(LOGIN, OK, OK, OK, OK)
    return {
        "/healthz": expected_row(OK, OK, OK, OK, OK),
        # A logged-in user asking for the login form goes home instead of seeing it again.
        "/accounts/login/": expected_row(OK, HOME, HOME, HOME, HOME),
        "/": dashboard,
        "/map/": dashboard,
        "/network/": dashboard,
        "/provinces/15/": dashboard,
        "/provinces/15/32/": dashboard,
        "/sectors/kehutanan/": dashboard,
        "/agreements/": dashboard,
        "/articles/": dashboard,
        "/agreements/export/?format=csv": dashboard,
        f"/agreements/{agreement}/": dashboard,
        f"/agreements/{agreement}/documents/{document}/": dashboard,
        f"/agreements/{agreement}/history/": expected_row(LOGIN, DENIED, OK, DENIED, OK),
        "/accounts/password_change/": expected_row(LOGIN, OK, OK, OK, OK),
        "/admin/": expected_row(ADMIN_LOGIN, ADMIN_LOGIN, OK, OK, OK),
        # Reviewers see agreements read-only in the admin: they pick one to merge into.
        "/admin/agreements/agreement/": expected_row(LOGIN, ADMIN_LOGIN, OK, OK, OK),
        "/admin/agreements/agreement/add/": expected_row(LOGIN, ADMIN_LOGIN, OK, DENIED, OK),
        f"/admin/agreements/agreement/{agreement}/change/": expected_row(
            LOGIN, ADMIN_LOGIN, OK, OK, OK
        ),
        "/admin/agreements/opd/add/": expected_row(LOGIN, ADMIN_LOGIN, OK, DENIED, OK),
        "/admin/agreements/candidate/": expected_row(LOGIN, ADMIN_LOGIN, DENIED, OK, OK),
        "/admin/agreements/source/add/": expected_row(LOGIN, ADMIN_LOGIN, DENIED, OK, OK),
        "/admin/auth/user/": expected_row(LOGIN, ADMIN_LOGIN, DENIED, DENIED, OK),
        "/admin/auth/group/": expected_row(LOGIN, ADMIN_LOGIN, DENIED, DENIED, OK),
        "/admin/django_celery_beat/periodictask/": expected_row(
            LOGIN, ADMIN_LOGIN, DENIED, DENIED, OK
        ),
    }


def outcome(response):
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith("/admin/login/"):
            return ADMIN_LOGIN
        if location.startswith(reverse("login")):
            return LOGIN
        return f"302 to {location}"
    return response.status_code


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, make_user, objects, role):
    if role != "anonymous":
        client.force_login(make_user(role))
    observed, expected = {}, {}
    for url, row in matrix(objects).items():
        observed[url] = outcome(client.get(url))
        expected[url] = row[role]
    assert observed == expected


def test_a_user_without_a_role_is_refused_politely(client, make_user):
    client.force_login(make_user())
    response = client.get("/")
    assert response.status_code == 403
    assert "Akses ditolak" in response.content.decode()
