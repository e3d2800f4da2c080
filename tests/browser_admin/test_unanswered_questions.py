"""An editor turns an unanswered question from the search analytics report into a phrasing
of the page that should have answered it; once the draft is approved and published, the
search page finds that page for the question (Czech admin, Debian's Chromium)."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from kb.guidance.models import KnowledgePage
from search import analytics
from search.models import SearchQueryDaily

from .conftest import approve, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Colloquial words that no page text (nor any demo phrasing) uses.
QUESTION = "jak vyrazit chlapa z baraku"
KEY = "baraku chlapa vyrazit"


def _seed_unanswered():
    today = timezone.localdate()
    text = analytics.normalise_query(QUESTION, "cs")
    assert text == QUESTION
    for age in range(3):
        SearchQueryDaily.objects.create(
            day=today - datetime.timedelta(days=age),
            locale="cs",
            query=text,
            searches=3,
            zero_results=3,
        )


def test_editor_answers_an_unanswered_question_from_the_report(tab, admin_site, staff, shots):
    editor = staff("redaktorka", "Editors")
    staff("pravnicka", "Legal reviewers")
    page = KnowledgePage.objects.get(slug="vykazani-zakladni-prehled").specific
    _seed_unanswered()
    tab.goto(f"{admin_site}/search/?q={QUESTION}")
    expect(tab.locator(".hits .hit__title", has_text=page.title)).to_have_count(0)

    sign_in(tab, admin_site, "redaktorka")
    tab.goto(f"{admin_site}/admin/reports/search-analytics/")
    row = tab.locator(f"[data-unanswered-row='{KEY}']")
    expect(row).to_contain_text(QUESTION)
    shots(tab, "unanswered-01-report")
    row.locator("a.button").click()

    tab.locator("input[name=title]").fill("vykáz")
    tab.locator("input[name=title]").press("Enter")
    tab.locator("[data-chooser-pages]").get_by_role("link", name=page.title).click()
    phrasing = tab.locator("[data-add-phrasing] input[name=phrasing]")
    expect(phrasing).to_have_value(QUESTION)
    shots(tab, "unanswered-02-confirm")
    tab.locator("[data-add-phrasing] button[type=submit]").click()

    tab.wait_for_url(re.compile(rf"/admin/pages/{page.pk}/edit/"))
    expect(tab.locator(".messages")).to_contain_text(QUESTION)
    page.refresh_from_db()
    assert QUESTION in page.get_latest_revision_as_object().asked_as
    assert QUESTION not in page.asked_as  # a draft: not published on the editor's behalf
    # The report no longer lists the question.
    tab.goto(f"{admin_site}/admin/reports/search-analytics/")
    expect(tab.locator(f"[data-unanswered-row='{KEY}']")).to_have_count(0)

    # The page's workflow decides how it goes live: here the legal reviewer approves.
    tab.goto(f"{admin_site}/admin/pages/{page.pk}/edit/")
    tab.locator("[data-w-dropdown-target=toggle]").last.click()
    tab.locator("button[name=action-submit]").first.click()
    expect(tab.locator(".messages")).to_be_visible()
    page.refresh_from_db()
    assert page.current_workflow_state is not None
    assert page.current_workflow_state.requested_by == editor

    tab.context.clear_cookies()
    sign_in(tab, admin_site, "pravnicka")
    approve(tab, admin_site, page)
    page.refresh_from_db()
    assert QUESTION in page.asked_as

    tab.goto(f"{admin_site}/search/?q={QUESTION}")
    expect(tab.locator(".hits .hit__title").first).to_have_text(page.title)
    shots(tab, "unanswered-03-search-finds-the-page")
