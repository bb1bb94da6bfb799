"""A reviewer's accept, in a real browser: fix an OPD, add a scope item, find the agreement."""

import re

import pytest
from playwright.sync_api import expect

from agreements.models import Agreement, Candidate
from agreements.services.agreements import opd_standard_units_ensure
from tests.admin.test_review_accept import SURE, _candidate

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

PASSWORD = "a-Long-test-passw0rd"


@pytest.fixture
def proposal(django_user_model):
    django_user_model.objects.create_superuser("peninjau", password=PASSWORD)
    opd_standard_units_ensure()
    return _candidate(SURE)


def _log_in(page, live_server):
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "peninjau")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")


def test_review_fix_an_opd_add_scope_accept_and_find_it(page, live_server, proposal, screenshot):
    errors = []
    # Every script and style the pages need loads (the favicon is not ours to prove here).
    page.on(
        "response",
        lambda r: r.status >= 400 and "favicon" not in r.url and errors.append(r.url),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    _log_in(page, live_server)
    assert "1 usulan kesepakatan menunggu tinjauan" in page.content()

    page.goto(f"{live_server.url}/admin/agreements/candidate/")
    screenshot("review-queue")
    page.click(f"#result_list a[href$='/candidate/{proposal.pk}/change/']")
    page.wait_for_url(re.compile(r"/candidate/\d+/change/$"))
    screenshot("review-proposal")
    page.keyboard.press("Alt+Shift+A")  # the accept key; a click where access keys differ
    if "/accept/" not in page.url:
        page.click("a[accesskey=a]")
    page.wait_for_url(re.compile(r"/accept/$"))
    screenshot("review-accept")

    # The second OPD's province is not in the article: pick the recorded unit instead, from
    # an autocomplete that lists only the parties' provinces.
    page.check("input[name='opds-1-include']")
    page.click("#id_opds-1-opd + .select2 .select2-selection")
    page.fill(".select2-container--open .select2-search__field", "Pertanian")
    options = page.locator(".select2-results__option:not(.loading-results)")
    expect(options).to_have_count(2)  # after the typed term's results replace the first page
    labels = options.all_inner_texts()
    assert sorted(labels) == [
        "Dinas Pertanian (Distan) (Riau)",
        "Dinas Pertanian (Distan) (Sumatera Barat)",
    ], labels
    options.filter(has_text="Sumatera Barat").click()

    page.fill("textarea[name='scope-3-description']", "Pasar lelang komoditas bersama")
    screenshot("review-accept-filled")
    page.click("#accept-form input[type=submit]")
    page.wait_for_url(re.compile(r"/admin/agreements/agreement/\d+/change/$"))

    agreement = Agreement.objects.get()
    assert Candidate.objects.get().agreement == agreement
    opds = {str(link.opd) for link in agreement.agreement_opds.select_related("opd__province")}
    assert "Dinas Pertanian (Distan) (Sumatera Barat)" in opds
    assert "Pasar lelang komoditas bersama" in agreement.scope_items.values_list(
        "description", flat=True
    )

    page.goto(f"{live_server.url}/agreements/?q=Riau")
    page.click(f"a[href='/agreements/{agreement.pk}/']")
    sources = page.locator("section[aria-labelledby=articles-title]")
    assert "Sumbar dan Riau Sepakati Kerja Sama Ketahanan Pangan" in sources.inner_text()
    screenshot("review-accepted-agreement")
    assert not errors, errors
