"""Professionals-only guidance: a signed-in member of the Professionals group finds it, an
anonymous visitor never does."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.engine,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CHECKLIST = "Kontrolní seznam pro policisty"


def test_signed_in_professional_sees_what_an_anonymous_visitor_does_not(
    page, site, professional, screenshot
):
    page.goto(f"{site}/search/?q=kontrolni+seznam+policie")
    expect(page.locator(".hits .hit__title", has_text=CHECKLIST)).to_have_count(0)
    expect(page.locator(".badge--professional")).to_have_count(0)
    screenshot(page, "07-anonymous-no-professional-results")

    page.get_by_role("link", name="Přihlášení pro odborníky").click()
    expect(page.locator("h1")).to_have_text("Přihlášení pro odborníky")
    page.get_by_label("Uživatelské jméno").fill("socialni.pracovnice")
    page.get_by_label("Heslo").fill("heslo-pro-test")
    page.get_by_role("button", name="Přihlásit se").click()

    # back on the same search, now with the professionals-only checklist
    expect(page).to_have_url(re.compile(r"/search/\?q=kontrolni"))
    expect(page.get_by_text("Přihlášen(a): socialni.pracovnice")).to_be_visible()
    hit = page.locator(".hits > li", has=page.locator(".hit__title", has_text=CHECKLIST))
    expect(hit).to_have_count(1)
    expect(hit.locator(".badge--professional")).to_have_text("Jen pro odborníky")
    screenshot(page, "08-professional-sees-professional-results")

    hit.locator(".hit__title a").click()
    expect(page.locator("h1")).to_contain_text(CHECKLIST)

    page.get_by_role("button", name="Odhlásit se").click()
    page.goto(f"{site}/search/?q=kontrolni+seznam+policie")
    expect(page.locator(".hits .hit__title", has_text=CHECKLIST)).to_have_count(0)


def test_wrong_password_is_refused_with_a_message(page, site, professional):
    page.goto(f"{site}/login/")
    page.get_by_label("Uživatelské jméno").fill("socialni.pracovnice")
    page.get_by_label("Heslo").fill("spatne")
    page.get_by_role("button", name="Přihlásit se").click()
    expect(page.get_by_role("alert")).to_contain_text("nesouhlasí")
    expect(page.get_by_label("Heslo")).to_have_attribute("aria-invalid", "true")
