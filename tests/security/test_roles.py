"""What the README's role table promises, end to end for the decisions that create data."""

import pytest
from django.urls import reverse

from agreements.models import Agreement, Candidate, CandidateStatus
from tests.admin.accept_post import rendered_post
from tests.admin.test_review import candidate  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_a_reviewer_accepts_a_proposal(client, make_user, candidate):  # noqa: F811
    client.force_login(make_user("Reviewer", regions=["15"]))
    url = reverse("admin:agreements_candidate_accept", args=[candidate.pk])
    page = client.get(url)
    assert page.status_code == 200
    response = client.post(url, rendered_post(page.context, signed_on="12/03/2020"))
    assert response.status_code == 302
    assert Agreement.objects.exists()
    assert Candidate.objects.get().status == CandidateStatus.ACCEPTED


def test_an_editor_does_not_decide_proposals(client, make_user, candidate):  # noqa: F811
    client.force_login(make_user("Editor"))
    url = reverse("admin:agreements_candidate_accept", args=[candidate.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"title": "x"}).status_code == 403
    assert not Agreement.objects.exists()


def test_a_viewer_may_export_but_not_import_or_edit(client, make_user):
    user = make_user("Viewer")
    assert user.has_perm("agreements.export_agreement")
    assert not user.has_perm("agreements.import_agreement")
    assert not user.has_perm("agreements.change_agreement")
