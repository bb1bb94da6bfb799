"""A bureau staff member's morning, in a real browser."""

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
def data(make_user):
    make_user("Viewer", username="staf")
    seed = seed_agreement_create()
    generate_demo_data(agreements=120, seed=9)
    return seed


def log_in(page, live_server):
    page.goto(f"{live_server.url}/")
    assert "/accounts/login/" in page.url
    page.fill("#id_username", "staf")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")


def test_from_home_to_the_seed_agreement_through_the_map(page, live_server, data, screenshot):
    log_in(page, live_server)
    assert page.locator("h1").inner_text() == "Kerja sama antardaerah"
    screenshot("home")

    page.click("nav.main-nav >> text=Peta")
    page.wait_for_url("**/map/")
    screenshot("map")
    page.click("svg.map a[aria-label^='Jambi:']")
    page.wait_for_url("**/provinces/15/")
    assert "Provinsi Jambi" in page.locator("h1").inner_text()
    screenshot("province-jambi")

    page.click(f"a[href='/agreements/{data.pk}/']")
    page.wait_for_url(f"**/agreements/{data.pk}/")
    body = page.locator("main").inner_text()
    assert "Badan Keuangan Daerah (Bakeuda)" in body
    assert "Fachrori Umar" in body
    screenshot("agreement-detail")

    page.goto(f"{live_server.url}/provinces/15/32/")
    screenshot("pair-jambi-jawa-barat")
    page.goto(f"{live_server.url}/sectors/kehutanan/")
    screenshot("sector-kehutanan")
    page.goto(f"{live_server.url}/network/")
    screenshot("network")
    page.goto(f"{live_server.url}/articles/")
    screenshot("articles")


def test_filter_the_list_and_export(page, live_server, data, screenshot):
    log_in(page, live_server)
    page.goto(f"{live_server.url}/agreements/")
    page.select_option("#id_province", "15")
    page.fill("#id_year_from", "2020")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/agreements/?*province=15*")
    rows = page.locator("table tbody tr")
    assert rows.count() >= 1
    assert "Jambi" in rows.first.inner_text()
    screenshot("agreement-list-filtered")
    with page.expect_download() as download_info:
        page.click("text=CSV")
    download = download_info.value
    assert download.suggested_filename.startswith("kerja-sama-")
    content = download.path().read_text(encoding="utf-8-sig")
    assert "Jambi" in content


def test_switch_language_to_english_and_back(page, live_server, data, screenshot):
    log_in(page, live_server)
    page.select_option("#language-select", "en")
    page.click("form.language-form button")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert "agreements recorded" in page.locator("main").inner_text()
    screenshot("home-english")
    page.select_option("#language-select", "id")
    page.click("form.language-form button")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "id"


def test_phone_layout_keeps_navigation_usable(browser, live_server, data, screenshot):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    log_in(phone, live_server)
    phone.click("nav.main-nav >> text=Kesepakatan")
    phone.wait_for_url("**/agreements/")
    # Nothing wider than the screen: the table reflows into stacked rows.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot("agreement-list-phone", of=phone)
    context.close()
