"""The public portal in a real browser, without logging in: the list and an agreement, on a
desktop and on a phone, with JavaScript off (nothing needs it) and no CSP violation."""

import pytest

from agreements.demo.seed import seed_agreement_create
from agreements.demo.synthetic import generate_demo_data
from agreements.models import Agreement
from agreements.services.publishing import agreements_publish

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.mark.parametrize("device", VIEWPORTS)
def test_the_public_list_and_an_agreement_open_without_a_login(
    browser, live_server, screenshot, device
):
    seed = seed_agreement_create()
    generate_demo_data(agreements=40, seed=5)
    agreements_publish(agreements=list(Agreement.objects.order_by("id")[:30]))
    Agreement.objects.filter(pk=seed.pk).update(notes="RAHASIA-CATATAN")
    hidden = Agreement.objects.filter(is_published=False).first()

    context = browser.new_context(viewport=VIEWPORTS[device], java_script_enabled=False)
    page = context.new_page()
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security" in m.text else 0)
    try:
        page.goto(f"{live_server.url}/publik/agreements/")
        assert page.url == f"{live_server.url}/publik/agreements/"  # no login page
        assert page.locator("h1").inner_text() == "Kesepakatan dan perjanjian"
        rows = page.locator("table tbody tr")
        assert rows.count() == 25
        if device == "phone":
            assert not page.locator("form.filters").is_visible()  # folded, no script needed
            page.click("label.filters-toggle-label")
            assert page.locator("form.filters").is_visible()
        screenshot(f"public-list-{device}", of=page)

        page.select_option("#id_province", "15")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**/publik/agreements/?province=15")
        assert "Jambi" in page.locator("table tbody").inner_text()

        page.goto(f"{live_server.url}/publik/agreements/{seed.pk}/")
        assert page.locator("h1").inner_text() == seed.title
        body = page.locator("main").inner_text()
        assert "Jambi" in body and "Jawa Barat" in body and "Dinas Kehutanan" in body
        assert "RAHASIA-CATATAN" not in page.content()
        screenshot(f"public-agreement-{device}", of=page)

        page.click("header a[hreflang=en]")
        page.wait_for_url(f"**/publik/agreements/{seed.pk}/?lang=en")
        assert page.locator("html").get_attribute("lang") == "en"
        screenshot(f"public-agreement-en-{device}", of=page)

        response = page.goto(f"{live_server.url}/publik/agreements/{hidden.pk}/")
        assert response.status == 404
        assert not violations
    finally:
        context.close()
