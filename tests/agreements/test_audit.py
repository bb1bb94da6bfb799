from datetime import date

import pytest
from django.urls import reverse

from agreements.audit import agreement_audit_trail
from agreements.demo.seed import seed_agreement_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(make_user):
    return make_user("Editor", username="editor")


def test_trail_shows_who_changed_what_in_the_agreement_and_its_parts(superuser, editor):
    agreement = seed_agreement_create(created_by=superuser)
    agreement._history_user = editor
    agreement.place = "Gedung Sate, Bandung"
    agreement.signed_on = date(2020, 3, 13)
    agreement.save()
    party = agreement.parties.get(province_id="15")
    party._history_user = editor
    party.signatory_title = "Gubernur Jambi (mewakili)"
    party.save()

    entries = agreement_audit_trail(agreement)
    newest = entries[0]
    assert newest.who == "editor"
    assert newest.subject == "party"
    assert [(c.field, c.old, c.new) for c in newest.changes] == [
        ("Jabatan penanda tangan", "Gubernur Jambi", "Gubernur Jambi (mewakili)")
    ]
    changed = next(e for e in entries if e.subject == "agreement" and e.action == "changed")
    fields = {c.field: (c.old, c.new) for c in changed.changes}
    assert fields["Tempat penandatanganan"][1] == "Gedung Sate, Bandung"
    assert fields["Tanggal penandatanganan"] == ("12 Maret 2020", "13 Maret 2020")
    created = [e for e in entries if e.action == "created"]
    assert {e.subject for e in created} >= {"agreement", "party", "opd", "scope"}
    assert all(e.who == "root" for e in created)


def test_history_page_is_for_editors(client, editor, make_user, superuser):
    agreement = seed_agreement_create(created_by=superuser)
    url = reverse("agreements:history", args=[agreement.pk])
    viewer = make_user("Viewer")
    client.force_login(viewer)
    assert client.get(url).status_code == 403
    client.force_login(editor)
    page = client.get(url).content.decode()
    assert "Riwayat perubahan" in page
    assert "root" in page
