"""What the README's role table promises, end to end for the decisions that create data."""

import pytest
from django.urls import reverse

from agreements.models import Agreement, Candidate, CandidateStatus
from tests.admin.test_review import candidate  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

ACCEPT = {
    "title": "Kesepakatan Bersama Jambi dan Jawa Barat",
    "agreement_type": "kesepakatan_bersama",
    "signed_on": "2020-03-12",
    "place": "Gedung Pakuan, Bandung",
    "provinces": ["15", "32"],
    "signatories": "15 | Fachrori Umar | Gubernur Jambi",
    "opds": "",
    "scope_items": "Promosi wisata bersama | pariwisata",
    "notes": "",
}


def test_a_reviewer_accepts_a_proposal(client, make_user, candidate):  # noqa: F811
    client.force_login(make_user("Reviewer"))
    url = reverse("admin:agreements_candidate_accept", args=[candidate.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, ACCEPT)
    assert response.status_code == 302
    assert Agreement.objects.get().title == ACCEPT["title"]
    assert Candidate.objects.get().status == CandidateStatus.ACCEPTED


def test_an_editor_does_not_decide_proposals(client, make_user, candidate):  # noqa: F811
    client.force_login(make_user("Editor"))
    url = reverse("admin:agreements_candidate_accept", args=[candidate.pk])
    assert client.post(url, ACCEPT).status_code == 403
    assert not Agreement.objects.exists()


def test_a_viewer_may_export_but_not_import_or_edit(client, make_user):
    user = make_user("Viewer")
    assert user.has_perm("agreements.export_agreement")
    assert not user.has_perm("agreements.import_agreement")
    assert not user.has_perm("agreements.change_agreement")
