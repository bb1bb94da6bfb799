"""The language selector works before logging in, and the login then lands on the page."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("reference_data"),
]

PASSWORD = "a-Long-test-passw0rd"


def test_choose_english_on_the_login_page_then_log_in(page, live_server, make_user, screenshot):
    make_user("Viewer", username="staf")
    page.goto(f"{live_server.url}/accounts/login/")
    page.select_option("#language-select", "en")
    page.click("form.language-form button[type=submit]")
    page.wait_for_load_state()
    assert page.url == f"{live_server.url}/accounts/login/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("main h1").inner_text() == "Log in"
    screenshot("login-english")

    page.fill("#id_username", "staf")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#id_username").count() == 0
