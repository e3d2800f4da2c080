"""Browser tests of the editors' admin flows: Playwright drives Debian's Chromium against
pytest-django's live server with the demo content, using the database search (no engine:
the admin's snippet search does not use one). Separate from tests/browser/, whose fixtures
index the demo site in a real OpenSearch for the public search page.

The live server runs in another thread with its own connection, so these tests use a
transactional database; the demo site is snapshotted once and restored before each test
through Django's ``serialized_rollback``, and put back after the module."""

import os
import shutil
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import connection, connections
from django.test import override_settings
from playwright.sync_api import sync_playwright

from home.models import HomePage
from search.models import IndexOutboxEntry
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "browser-admin"
PASSWORD = "heslo-pro-test-123"


@pytest.fixture(scope="session")
def admin_browser(django_db_setup, live_server):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM} (tests/support/system-packages.sh)")
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()
        connections.close_all()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def admin_snapshot(django_db_setup, admin_browser, django_db_blocker):
    with django_db_blocker.unblock():
        original = getattr(connection, "_test_serialized_contents", None)
        snapshot = connection.creation.serialize_db_to_string()
        connection._test_serialized_contents = snapshot
        outbox = set(IndexOutboxEntry.objects.values_list("pk", flat=True))
    yield {"data": snapshot, "outbox": outbox}
    if original is not None:
        connection._test_serialized_contents = original


@pytest.fixture(scope="module", autouse=True)
def restore_demo_site_after_module(admin_snapshot, django_db_blocker):
    yield
    with django_db_blocker.unblock():
        if not HomePage.objects.exists():
            connection.creation.deserialize_db_from_string(admin_snapshot["data"])
            IndexOutboxEntry.objects.exclude(pk__in=admin_snapshot["outbox"]).delete()


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
