"""Browser tests of the editors' admin flows: Playwright drives Debian's Chromium against
pytest-django's live server with the demo content, using the database search (no engine:
the admin's snippet search does not use one). Separate from tests/browser/, whose fixtures
index the demo site in a real OpenSearch for the public search page.

The live server runs in another thread with its own connection, so these tests use a
transactional database; the demo site is snapshotted once and restored before each test
through Django's ``serialized_rollback``, and put back after the module."""

import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings

from tests.support.chromium import demo_site_restored, demo_snapshot_taken

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "browser-admin"
PASSWORD = "heslo-pro-test-123"


@pytest.fixture(scope="session")
def admin_browser(django_db_setup, browser):
    return browser


@pytest.fixture(scope="session")
def admin_snapshot(django_db_setup, admin_browser, django_db_blocker):
    with demo_snapshot_taken(django_db_blocker) as snapshot:
        yield snapshot


@pytest.fixture(scope="module", autouse=True)
def restore_demo_site_after_module(admin_snapshot, django_db_blocker):
    yield
    demo_site_restored(admin_snapshot, django_db_blocker)


@pytest.fixture
def admin_site(admin_snapshot, live_server):
    with override_settings(SEARCH_URL="", SEARCH_DRAIN_ON_COMMIT=False):
        yield live_server.url


@pytest.fixture(scope="session")
def shots():
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)

    def save(tab, name):
        tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    return save


@pytest.fixture
def tab(admin_browser, admin_site):
    context = admin_browser.new_context(viewport={"width": 1400, "height": 1000}, locale="cs-CZ")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def staff(django_user_model):
    def make(username, group):
        user = django_user_model.objects.create_user(
            username, f"{username}@example.invalid", PASSWORD
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


def sign_in(tab, site, username):
    tab.goto(f"{site}/admin/login/")
    tab.fill("input[name=username]", username)
    tab.fill("input[name=password]", PASSWORD)
    tab.locator("form button[type=submit]").first.click()
    tab.wait_for_url(f"{site}/admin/")


def approve(tab, site, page):
    """The signed-in reviewer approves ``page``'s current workflow task from its edit view
    (the action menu, then the confirmation dialog when Wagtail shows one)."""
    from playwright.sync_api import expect

    tab.goto(f"{site}/admin/pages/{page.pk}/edit/")
    tab.locator("[data-w-dropdown-target=toggle]").last.click()
    tab.get_by_role("button", name="Schválit").first.click()
    dialog = tab.locator("[role=dialog]:visible, .modal-dialog:visible").first
    if dialog.count():
        dialog.get_by_role("button", name="Schválit").first.click()
    expect(tab.locator(".messages")).to_be_visible()
