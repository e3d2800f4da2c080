"""The search page in Chromium, as a professional uses it: typing, suggestions, filters,
following a result — on the demo content and a real OpenSearch index."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.engine,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def results_total(tab) -> int:
    heading = tab.locator("#results-heading").inner_text()
    return int(re.match(r"\d+", heading).group())


def facet_counts(tab, param: str) -> dict[str, int]:
    links = tab.locator(f"[data-facet={param}] .facet__link")
    counts = {}
    for index in range(links.count()):
        link = links.nth(index)
        label = link.locator(".facet__label").inner_text()
        counts[label] = int(link.locator(".facet__count").inner_text())
    return counts


def test_czech_query_without_diacritics_finds_highlighted_results(page, site, screenshot):
    page.goto(f"{site}/search/")
    expect(page.locator("html")).to_have_attribute("lang", "cs")
    page.get_by_label("Hledat ve znalostní bázi").fill("vykazani")
    page.get_by_role("button", name="Hledat", exact=True).click()

    expect(page).to_have_url(re.compile(r"/search/\?q=vykazani"))
    expect(page.locator("#results-heading")).to_contain_text("vykazani")
    assert results_total(page) >= 10
    marks = page.locator(".hits mark")
    expect(marks.first).to_be_visible()
    # typed without diacritics, the accented words are what gets highlighted
    highlighted = {text.lower() for text in marks.all_inner_texts()}
    assert "vykázání" in highlighted
    expect(page.locator(".fallback-note")).to_have_count(0)
    first = page.locator(".hits > li").first
    expect(first.locator(".hit__type")).to_have_text(re.compile("Postup|Průvodce"))
    expect(first.locator(".hit__meta time")).to_have_attribute(
        "datetime", re.compile(r"\d{4}-\d\d-\d\d")
    )
    screenshot(page, "01-search-results-highlighted")


def test_picking_a_facet_narrows_the_results_and_changes_the_counts(page, site, screenshot):
    page.goto(f"{site}/search/?q=vykazani")
    total_before = results_total(page)
    audiences_before = facet_counts(page, "audience")

    page.locator("[data-facet=topic] .facet__link", has_text="Předběžné opatření").click()

    expect(page).to_have_url(re.compile(r"topic=preliminary-measure"))
    selected = page.locator("[data-facet=topic] .facet__link[aria-current=true]")
    expect(selected).to_have_count(1)
    expect(selected).to_contain_text("Předběžné opatření")
    total_after = results_total(page)
    assert 0 < total_after < total_before
    assert facet_counts(page, "audience") != audiences_before
    # the selected topic's count is now the whole result
    assert facet_counts(page, "topic")["Předběžné opatření"] == total_after
    screenshot(page, "03-facet-topic-selected")

    selected.click()  # choosing it again removes the filter
    expect(page).not_to_have_url(re.compile("topic="))
    assert results_total(page) == total_before


def test_autocomplete_suggests_while_typing_and_opens_the_page(page, site, screenshot):
    page.goto(f"{site}/search/")
    box = page.get_by_role("combobox", name="Hledat ve znalostní bázi")
    box.press_sequentially("vykaz", delay=60)

    listbox = page.get_by_role("listbox", name="Návrhy")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.filter(has_text="Vykázání v kostce")).to_have_count(1)
    expect(page.locator("[data-suggestions-status]")).to_contain_text("Počet návrhů")
    screenshot(page, "02-autocomplete-suggestions")

    # keyboard only: arrow down to the suggestion, Enter opens its page
    for _ in range(options.count()):
        box.press("ArrowDown")
        active = page.locator("[role=option][aria-selected=true]")
        if active.inner_text() == "Vykázání v kostce":
            break
    expect(box).to_have_attribute("aria-activedescendant", re.compile("search-suggestion-"))
    box.press("Enter")
    expect(page.locator("h1")).to_have_text("Vykázání v kostce")


def test_following_a_result_opens_its_page(page, site, screenshot):
    page.goto(f"{site}/search/?q=predbezne+opatreni&type=procedure")
    result = page.locator(".hits .hit__title a").first
    title = result.inner_text()
    result.click()

    expect(page.locator("h1")).to_have_text(title)
    steps = page.locator("ol.timeline > li")
    assert steps.count() >= 3
    expect(page.locator(".timeline .actor").first).to_have_text(
        re.compile("Policie|Soud|Ohrožená osoba|Intervenční centrum|OSPOD|Vykázaná osoba")
    )
    expect(page.locator(".timeline .deadline").first).to_have_text(re.compile(r"^do \d+ "))
    expect(page.get_by_role("navigation", name="Drobečková navigace")).to_be_visible()
    screenshot(page, "04-result-page-procedure")


def test_search_works_by_keyboard_alone_with_visible_focus(page, site, screenshot):
    page.goto(f"{site}/search/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Přejít na obsah")).to_be_focused()
    box = page.get_by_role("combobox", name="Hledat ve znalostní bázi")
    for _ in range(10):
        page.keyboard.press("Tab")
        if box.evaluate("element => element === document.activeElement"):
            break
    expect(box).to_be_focused()
    page.keyboard.type("ospod")
    page.keyboard.press("Tab")  # leaves the box (closes the suggestions) to the button
    search_button = page.get_by_role("button", name="Hledat", exact=True)
    expect(search_button).to_be_focused()
    outline = search_button.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline == "solid", "focused controls must show a visible focus indicator"
    screenshot(page, "05-keyboard-focus-on-search-button")
    page.keyboard.press("Enter")
    expect(page.locator("#results-heading")).to_contain_text("ospod")
    page.keyboard.press("Tab")  # from the page top into the results, link by link
    for _ in range(30):
        if page.evaluate("document.activeElement.closest('.hits') !== null"):
            break
        page.keyboard.press("Tab")
    focused = page.evaluate(
        "[document.activeElement.tagName, !!document.activeElement.closest('.hits')]"
    )
    assert focused == ["A", True], "the results are reachable with Tab"


def test_english_search_page_speaks_english(page, site, screenshot):
    page.goto(f"{site}/search/?q=expulsion")
    page.get_by_role("navigation", name="Jazyk").get_by_role("link", name="English").click()

    expect(page).to_have_url(re.compile(r"/en/search/\?q=expulsion"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("link", name=re.compile("Leave this page quickly"))).to_be_visible()
    expect(page.locator("#results-heading")).to_contain_text("results")
    expect(page.locator(".hits mark").first).to_be_visible()
    screenshot(page, "06-search-english")


def test_nothing_found_shows_help_numbers_and_did_you_mean(page, site, screenshot):
    page.goto(f"{site}/search/?q=wykazani")  # a wrong first letter: no result

    empty = page.locator(".empty-state")
    expect(empty).to_contain_text("Pro „wykazani“ jsme nic nenašli")
    for number, tel in (("158", "tel:158"), ("112", "tel:112"), ("116 006", "tel:116006")):
        expect(empty.get_by_role("link", name=number, exact=True)).to_have_attribute("href", tel)
    screenshot(page, "12-nothing-found-emergency-numbers")

    page.locator(".did-you-mean a").click()
    # "vykazani" or "vykázání", whichever form the indexed content favours
    expect(page).to_have_url(re.compile(r"q=vyk(a|%C3%A1)z(a|%C3%A1)n(i|%C3%AD)(&|$)"))
    assert results_total(page) >= 10
    expect(page.locator(".empty-state")).to_have_count(0)
