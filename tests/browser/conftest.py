"""Browser tests: Playwright for Python drives Debian's Chromium (never a downloaded
browser) against pytest-django's live server, with the demo content and a real OpenSearch
index of it. Screenshots of each state go to artifacts/browser/ (git-ignored).

The live server runs in another thread with its own database connection, so these tests use
a transactional database: pytest-django empties every table after each one. The demo site is
snapshotted once (after tests/conftest.py loaded it) and restored before each test through
Django's ``serialized_rollback``, and once more after each module so later tests find it."""

import os
import re
import shutil
import uuid
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings

from home.models import HomePage
from search import rebuild
from search.client import get_client
from tests.support.chromium import demo_site_restored, demo_snapshot_taken

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "browser"

OPENSEARCH_URL_VARIABLE = "SEARCH_TEST_OPENSEARCH_URL"
# The quick exit's neutral sites; the machine has no internet, so the browser is answered
# locally for these addresses (page.route), as a partner's site would be.
NEUTRAL_SITE = re.compile(r"^https://www\.google\.com/")
NEUTRAL_PAGE = "<!doctype html><html lang='cs'><title>Počasí</title><h1>Počasí</h1></html>"


@pytest.fixture(scope="session")
def search_engine(django_db_setup, django_db_blocker):
    """A real OpenSearch index of the demo site; every request of the live server (same
    process) uses it through the overridden settings."""
    url = os.environ.get(OPENSEARCH_URL_VARIABLE)
    if not url:
        pytest.fail(
            f"{OPENSEARCH_URL_VARIABLE} is not set: the browser tests need the OpenSearch "
            "node that `make test` (tests/support/run-tests.sh) starts"
        )
    with django_db_blocker.unblock():
        if not HomePage.objects.exists():
            pytest.fail(
                "The demo content is gone before the browser tests started: a transactional "
                "test that ran earlier emptied the database without serialized_rollback."
            )
    prefix = f"test-browser-{uuid.uuid4().hex[:8]}"
    with override_settings(
        SEARCH_URL=url,
        SEARCH_ENGINE="opensearch",
        SEARCH_INDEX_PREFIX=prefix,
        SEARCH_DRAIN_ON_COMMIT=False,
    ):
        client = get_client()
        with django_db_blocker.unblock():
            rebuild.rebuild(client)
        yield client
        for locale in rebuild.locales():
            for name in client.indices_for_alias(f"{prefix}-{locale}"):
                client.delete_index(name)


@pytest.fixture(scope="session")
def demo_snapshot(browser, search_engine, django_db_blocker):
    """The demo site (as indexed) that Django's serialized_rollback restores before each test."""
    with demo_snapshot_taken(django_db_blocker) as snapshot:
        yield snapshot


@pytest.fixture(scope="module", autouse=True)
def restore_demo_site(demo_snapshot, django_db_blocker):
    yield
    demo_site_restored(demo_snapshot, django_db_blocker)


@pytest.fixture(scope="session")
def artifacts():
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True)
    return ARTIFACTS


@pytest.fixture
def site(demo_snapshot, live_server):
    """The live server's base URL, with the demo content and the search index in place."""
    return live_server.url


@pytest.fixture
def page(browser, site):
    """A fresh browser tab (own cookies) with the neutral sites answered locally."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="cs-CZ")
    context.set_default_timeout(10_000)
    context.route(
        NEUTRAL_SITE,
        lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=NEUTRAL_PAGE
        ),
    )
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def screenshot(artifacts):
    def save(tab, name: str) -> Path:
        path = artifacts / f"{name}.png"
        tab.screenshot(path=str(path), full_page=True)
        return path

    return save


@pytest.fixture
def professional(django_user_model):
    """A staff member in the Professionals group (committed: the live server must see it)."""
    user = django_user_model.objects.create_user(
        "socialni.pracovnice", "sp@example.invalid", "heslo-pro-test", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Professionals"))
    return user
