"""Quick exit: the button and the Esc key replace the page with a neutral site, and Back
does not return to it — on our pages and in the snippet partners copy."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.engine,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DOCS = Path(__file__).resolve().parents[2] / "docs" / "quick-exit.md"
START = "https://www.google.com/start"  # a page the reader came from (answered locally)
NEUTRAL = re.compile(r"^https://www\.google\.com/search\?q=")
RIGHTS_PAGE = "/prava-a-ochrana/prava-ohrozene-osoby-pri-vykazani/"


def open_after_start(tab, url: str) -> int:
    tab.goto(START)
    tab.goto(url)
    return tab.evaluate("history.length")


def test_esc_replaces_the_page_and_back_does_not_return(page, site, screenshot):
    length = open_after_start(page, f"{site}{RIGHTS_PAGE}")
    exit_button = page.get_by_role("link", name=re.compile("Rychle odejít"))
    expect(exit_button).to_be_visible()
    screenshot(page, "09-quick-exit-on-a-page-for-endangered-persons")

    page.keyboard.press("Escape")

    page.wait_for_url(NEUTRAL)
    assert "po%C4%8Das%C3%AD" in page.url  # "počasí": the weather
    screenshot(page, "10-quick-exit-neutral-site")
    assert page.evaluate("history.length") == length  # replaced, not added
    page.go_back()
    assert page.url == START
    assert site not in page.url


def test_button_leaves_the_search_page(page, site):
    length = open_after_start(page, f"{site}/search/?q=vykazani")
    page.get_by_role("link", name=re.compile("Rychle odejít")).click()
    page.wait_for_url(NEUTRAL)
    assert page.evaluate("history.length") == length
    page.go_back()
    assert page.url == START


def partner_snippet() -> str:
    match = re.search(r"```html\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert match, "docs/quick-exit.md must contain the HTML snippet"
    return match.group(1)


def test_snippet_from_the_docs_works_on_a_partner_site(page, screenshot):
    partner = "https://partner.example/pomoc"
    html = f"<!doctype html><html lang='cs'><meta charset='utf-8'><body>{partner_snippet()}<h1>Partner</h1></body></html>"
    page.context.route(
        partner,
        lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html),
    )
    length = open_after_start(page, partner)
    expect(page.get_by_role("link", name=re.compile("Rychle odejít"))).to_be_visible()
    screenshot(page, "11-quick-exit-partner-snippet")

    page.keyboard.press("Escape")

    page.wait_for_url(NEUTRAL)
    assert page.evaluate("history.length") == length
    page.go_back()
    assert page.url == START
