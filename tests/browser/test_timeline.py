"""The "When did it happen?" form on a procedure page: it works without JavaScript, with
it, and from the keyboard alone, and the timeline it shows keeps the start out of every
link that leaves the page."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.engine,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGE = "/postupy/postup-pri-vykazani/"


def _fill_and_check(tab):
    tab.get_by_label("Datum", exact=True).fill("2026-10-22")
    tab.get_by_label("Čas", exact=True).fill("23:40")


def _assert_timeline(tab):
    assert "date=2026-10-22" in tab.url and "time=23%3A40" in tab.url
    row = tab.locator('tr[data-step="5"]')
    expect(row.locator("time")).to_have_attribute("datetime", "2026-10-25T22:40:00+01:00")
    expect(row.locator("time")).to_have_text("neděle 25. 10. 2026, 22:40")
    expect(row).to_contain_text("čeká na ověření")
    expect(tab.locator('tr[data-step="7"]')).to_contain_text("posunuto z data")
    expect(tab.get_by_role("link", name=re.compile(r"\.ics"))).to_be_visible()


@pytest.fixture
def procedure_url(site):
    return f"{site}{PAGE}"


def test_the_form_works_without_javascript(browser, procedure_url, screenshot):
    context = browser.new_context(java_script_enabled=False, locale="cs-CZ")
    tab = context.new_page()
    tab.goto(procedure_url)
    expect(tab.get_by_role("group", name="Kdy se to stalo?")).to_be_visible()
    _fill_and_check(tab)
    tab.get_by_role("button", name="Zobrazit lhůty").click()
    tab.wait_for_url(re.compile(r"date=2026-10-22"))
    _assert_timeline(tab)
    screenshot(tab, "20-timeline-without-javascript")
    context.close()


def test_the_form_works_with_javascript_and_offers_the_calendar(page, procedure_url):
    page.goto(procedure_url)
    _fill_and_check(page)
    page.get_by_role("button", name="Zobrazit lhůty").click()
    page.wait_for_url(re.compile(r"date=2026-10-22"))
    _assert_timeline(page)
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"\.ics")).click()
    assert download.value.suggested_filename.endswith("-timeline.ics")


def _tab_to(tab, element_id: str, most: int = 5):
    """Press Tab until ``element_id`` has the focus (a date field's day, month and year are
    each a stop of their own in Chromium)."""
    for _ in range(most):
        if tab.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
        tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.id") == element_id


def test_the_form_is_usable_from_the_keyboard(page, procedure_url, screenshot):
    page.goto(procedure_url)
    # From the top of the page, as a keyboard user: Tab enters the date at its first part.
    _tab_to(page, "timeline-date", most=40)
    # Chromium's date field takes typed digits part by part, in the order of the browser's
    # own locale (day first in cs, month first in en-US): the first part tells which.
    date = page.get_by_label("Datum", exact=True)
    page.keyboard.type("10")
    if date.input_value()[5:7] == "10":  # month first
        page.keyboard.type("22")
    else:
        page.keyboard.type("10")
        page.keyboard.press("Shift+Tab")
        page.keyboard.type("22")
        page.keyboard.press("Tab")
    page.keyboard.type("2026")
    expect(page.get_by_label("Datum", exact=True)).to_have_value("2026-10-22")
    _tab_to(page, "timeline-time")
    # 23:40 in a 12-hour field is 11, 40, PM; in a 24-hour one 23, 40.
    time = page.get_by_label("Čas", exact=True)
    page.keyboard.type("11")
    page.keyboard.type("40")
    page.keyboard.type("P")
    if time.input_value() != "23:40":
        page.keyboard.press("Shift+Tab")
        page.keyboard.type("23")
    expect(time).to_have_value("23:40")
    for _ in range(3):  # out of the time field's parts, on to the button
        if page.evaluate("document.activeElement.tagName") == "BUTTON":
            break
        page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Zobrazit lhůty")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"date=2026-10-22"))
    _assert_timeline(page)
    screenshot(page, "21-timeline-by-keyboard")
