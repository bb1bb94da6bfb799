"""The dashboard on a phone (390 px wide): a short header, figures two by two, filters folded,
labelled cards with a sort choice, charts readable."""

import pytest

from agreements.demo.seed import seed_agreement_create
from agreements.demo.synthetic import generate_demo_data

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

PASSWORD = "a-Long-test-passw0rd"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()


def test_phone_layout(phone, live_server, make_user, screenshot):
    make_user("Viewer", username="staf")
    seed_agreement_create()
    generate_demo_data(agreements=60, seed=3)
    phone.goto(f"{live_server.url}/accounts/login/")
    phone.fill("#id_username", "staf")
    phone.fill("#id_password", PASSWORD)
    phone.click("main button[type=submit]")
    phone.wait_for_url(f"{live_server.url}/")

    assert phone.locator("header.site-header").bounding_box()["height"] < 130
    figures = phone.locator(".figures li")
    first, second = figures.nth(0).bounding_box(), figures.nth(1).bounding_box()
    assert first["y"] == second["y"]  # side by side
    assert first["width"] < 200
    chart = phone.locator("svg.bar-chart").first.bounding_box()
    assert chart["width"] >= 560  # scrolls sideways rather than shrinking its text
    screenshot("phone-home", of=phone)

    phone.goto(f"{live_server.url}/agreements/")
    assert not phone.locator("form.filters").is_visible()
    first_row = phone.locator("table tbody tr").first
    assert first_row.bounding_box()["y"] < 844  # a result on the first screen
    signed = first_row.locator("td[data-label='Ditandatangani']")
    label = signed.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Ditandatangani: "'  # the card names its dates
    screenshot("phone-list", of=phone)
    phone.click("label.filters-toggle-label")
    assert phone.locator("form.filters").is_visible()
    phone.select_option("#phone-sort", "ends_on")
    phone.click("form.phone-sort button")
    phone.wait_for_url("**/agreements/?sort=ends_on")
    screenshot("phone-list-sorted", of=phone)
