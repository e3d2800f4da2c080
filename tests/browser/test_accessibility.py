"""Automated accessibility audit: axe-core (fetched from the npm registry by
tests/support/axe.sh, pinned) runs inside Debian's Chromium on the pages readers use, in
both languages, at a desktop and a narrow (mobile) viewport. Any serious or critical
violation fails; the report of every page is saved beside the screenshots. The quick exit
still works with JavaScript switched off: it is a plain link."""

import json
import re
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import NEUTRAL_PAGE, NEUTRAL_SITE

pytestmark = [
    pytest.mark.browser,
    pytest.mark.engine,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]
FAILING_IMPACTS = {"serious", "critical"}  # moderate and minor ones are in the report
VIEWPORTS = {"desktop": {"width": 1200, "height": 900}, "mobile": {"width": 375, "height": 740}}
PAGES = {
    "cs": {
        "home": "/",
        "guidance": "/prava-a-ochrana/co-je-domaci-nasili/",
        "procedure": "/postupy/postup-pri-vykazani/",
        "services": "/prava-a-ochrana/bezpecnostni-plan-a-dulezita-cisla/",
        "search-results": "/search/?q=vykazani",
        "search-nothing": "/search/?q=wykazani",
        "login": "/login/",
    },
    "en": {
        "home": "/en/",
        "guidance": "/en/rights-and-protection/what-domestic-violence-is/",
        "procedure": "/en/procedures/expulsion-procedure/",
        "services": "/en/rights-and-protection/safety-planning-and-key-numbers/",
        "search-results": "/en/search/?q=expulsion",
        "search-nothing": "/en/search/?q=xqzwv",
        "login": "/en/login/",
    },
}


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe.min.js in the pinned version (fetched once into .cache/axe)."""
    result = subprocess.run(
        ["bash", str(ROOT / "tests/support/axe.sh")], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        pytest.fail(f"axe-core could not be fetched: {result.stderr.strip()}")
    return Path(result.stdout.strip())


@pytest.fixture(scope="session")
def axe_reports(artifacts):
    folder = artifacts / "axe"
    folder.mkdir(exist_ok=True)
    return folder


def audit(tab, axe_script: Path) -> dict:
    tab.add_script_tag(path=str(axe_script))
    return tab.evaluate(
        """() => axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',
                                            'best-practice']},
            resultTypes: ['violations'],
        })"""
    )


def summary(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['impact']}: {v['id']} ({v['help']}) at "
        + ", ".join(" ".join(n["target"]) for n in v["nodes"][:3])
        for v in violations
    )


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("language", list(PAGES))
def test_pages_have_no_serious_accessibility_violations(
    browser, site, language, viewport, axe_script, axe_reports, screenshot
):
    # bypass_csp: the site allows no inline script, and Playwright injects axe as one
    context = browser.new_context(
        viewport=VIEWPORTS[viewport], locale=f"{language}-CZ", bypass_csp=True
    )
    context.set_default_timeout(15_000)
    tab = context.new_page()
    failures = {}
    try:
        for name, path in PAGES[language].items():
            response = tab.goto(f"{site}{path}")
            assert response is not None and response.status == 200, (path, response)
            report = audit(tab, axe_script)
            label = f"axe-{language}-{viewport}-{name}"
            (axe_reports / f"{label}.json").write_text(
                json.dumps({"url": path, "violations": report["violations"]}, indent=1),
                encoding="utf-8",
            )
            screenshot(tab, label)
            serious = [v for v in report["violations"] if v["impact"] in FAILING_IMPACTS]
            if serious:
                failures[path] = summary(serious)
    finally:
        context.close()
    assert not failures, "\n\n".join(f"{path}\n{text}" for path, text in failures.items())


def serve_neutral_site(context) -> None:
    """The neutral site quick exit leads to, answered here (the tests reach no network)."""
    context.route(
        NEUTRAL_SITE,
        lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=NEUTRAL_PAGE
        ),
    )


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/prava-a-ochrana/co-je-domaci-nasili/", "Rychle odejít"),
        ("/en/rights-and-protection/what-domestic-violence-is/", "Leave this page quickly"),
        ("/search/?q=vykazani", "Rychle odejít"),
    ],
)
def test_quick_exit_works_without_javascript(browser, site, path, name, screenshot):
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORTS["mobile"])
    serve_neutral_site(context)
    tab = context.new_page()
    try:
        tab.goto(f"{site}{path}")
        exit_link = tab.get_by_role("link", name=re.compile(name))
        expect(exit_link).to_be_visible()
        exit_link.click()
        tab.wait_for_url(NEUTRAL_SITE)
        screenshot(tab, f"quick-exit-no-js-{path.strip('/').replace('/', '-')[:40]}")
    finally:
        context.close()


def test_partner_snippet_quick_exit_works_without_javascript(browser):
    docs = (ROOT / "docs" / "quick-exit.md").read_text(encoding="utf-8")
    snippet = re.search(r"```html\n(.*?)```", docs, re.S).group(1)
    partner = "https://partner.example/pomoc"
    html = f"<!doctype html><html lang='cs'><meta charset='utf-8'><body>{snippet}</body></html>"
    context = browser.new_context(java_script_enabled=False)
    context.route(
        partner,
        lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html),
    )
    serve_neutral_site(context)
    tab = context.new_page()
    try:
        tab.goto(partner)
        tab.get_by_role("link", name=re.compile("Rychle odejít")).click()
        tab.wait_for_url(NEUTRAL_SITE)
    finally:
        context.close()
