"""Stored script and onerror payloads are shown as text and never run."""

import pytest

from agreements.models import AgreementParty, PartyKind, ScopeItem
from agreements.services.agreements import agreement_refresh_search
from tests.factories import AgreementFactory, OpdFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

SCRIPT = "<script>window.__xss = 'script'</script>"
IMAGE = "<img src=x onerror=\"window.__xss = 'onerror'\">"


def watch(page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    return dialogs


def assert_nothing_ran(page, dialogs):
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == []


def test_payloads_in_an_agreement_stay_text(page, live_server, django_user_model, screenshot):
    django_user_model.objects.create_superuser("admin", password="a-Long-test-passw0rd")
    agreement = AgreementFactory(title=f"Kerja sama {SCRIPT}", notes=f"Catatan {IMAGE}")
    AgreementParty.objects.create(
        agreement=agreement, kind=PartyKind.COMPANY, organisation_name=f"PT {IMAGE}", position=3
    )
    ScopeItem.objects.create(agreement=agreement, description=f"Ruang {SCRIPT}")
    OpdFactory(province_id="15", name=f"Dinas {IMAGE}")
    agreement_refresh_search()

    dialogs = watch(page)
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "a-Long-test-passw0rd")
    page.click("main button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    for path in [
        "/",
        f"/agreements/{agreement.pk}/",
        "/agreements/?q=kerja",
        "/provinces/15/",
        "/provinces/15/32/",
        f"/admin/agreements/agreement/{agreement.pk}/change/",
        "/admin/agreements/agreement/",
        "/admin/agreements/opd/",
    ]:
        page.goto(live_server.url + path)
        assert_nothing_ran(page, dialogs)
    page.goto(f"{live_server.url}/agreements/{agreement.pk}/")
    text = page.locator("main").inner_text()
    assert SCRIPT in text and IMAGE in text
    screenshot("xss-agreement-detail")
