"""Publishing is an editor's decision, off by default, recorded with who and when."""

import pytest

from agreements.models import Agreement
from agreements.services.publishing import agreements_publish
from tests.factories import AgreementFactory

pytestmark = pytest.mark.django_db


def test_a_new_agreement_is_not_published(client):
    agreement = AgreementFactory()
    assert agreement.is_published is False
    assert client.get(f"/publik/agreements/{agreement.pk}/").status_code == 404
    assert client.get(f"/api/v1/agreements/{agreement.pk}/").status_code == 404


def test_an_editor_publishes_from_the_admin_and_the_history_names_them(client, make_user):
    editor = make_user("Editor", regions=["15"])
    agreement = AgreementFactory()
    client.force_login(editor)
    response = client.post(
        "/admin/agreements/agreement/",
        {"action": "publish_selected", "_selected_action": [agreement.pk]},
    )
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.is_published and agreement.published_at is not None
    record = agreement.history.latest()
    assert record.history_user == editor and record.is_published
    client.logout()
    assert client.get(f"/publik/agreements/{agreement.pk}/").status_code == 200

    client.force_login(editor)
    client.post(
        "/admin/agreements/agreement/",
        {"action": "unpublish_selected", "_selected_action": [agreement.pk]},
    )
    agreement.refresh_from_db()
    assert not agreement.is_published and agreement.published_at is None
    client.logout()
    assert client.get(f"/publik/agreements/{agreement.pk}/").status_code == 404


def test_a_reviewer_cannot_publish(client, make_user):
    agreement = AgreementFactory()
    client.force_login(make_user("Reviewer"))
    client.post(
        "/admin/agreements/agreement/",
        {"action": "publish_selected", "_selected_action": [agreement.pk]},
    )
    assert not Agreement.objects.get(pk=agreement.pk).is_published


def test_publishing_bumps_the_version_so_a_stale_admin_form_cannot_undo_it():
    agreement = AgreementFactory()
    before = agreement.version
    assert agreements_publish(agreements=[agreement]) == 1
    assert Agreement.objects.get(pk=agreement.pk).version == before + 1
    # Publishing again changes nothing and writes no history.
    count = agreement.history.count()
    assert agreements_publish(agreements=[agreement]) == 0
    assert agreement.history.count() == count


def test_the_demo_data_publishes_the_seed_and_most_others_but_not_all(superuser):
    from io import StringIO

    from django.core.management import call_command

    from agreements.demo.seed import SEED_TITLE

    call_command("load_demo_data", "--synthetic", "30", stdout=StringIO())
    assert Agreement.objects.get(title=SEED_TITLE).is_published
    published = Agreement.objects.filter(is_published=True).count()
    assert 15 < published < Agreement.objects.count()
    assert Agreement.objects.filter(is_published=True).first().history.latest().history_user == (
        superuser
    )
