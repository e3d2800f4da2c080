"""Debian's Chromium driven by Playwright, one browser for the whole test session (the
browser tests of the site and of the admin share it: Playwright's sync API allows a single
instance per thread)."""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection, connections
from playwright.sync_api import sync_playwright

from home.models import HomePage
from search.models import IndexOutboxEntry

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser(live_server):
    # Depends on the live server so that Chromium (and its keep-alive connections to the
    # server's request threads) is gone before the server and the test database are.
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}: tests/support/system-packages.sh "
            "installs Debian's chromium package (make test runs it)"
        )
    # Playwright's sync API keeps an asyncio loop on this thread; Django's ORM would refuse
    # to run beside it. The tests' own queries are plain synchronous ones.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()
        # The connections opened beside the loop must not outlive it: the test database
        # cannot be dropped while one is open.
        connections.close_all()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@contextmanager
def demo_snapshot_taken(django_db_blocker):
    """Serialize the demo site for Django's serialized_rollback, which restores it before
    each live-server test; yields ``{"data", "outbox"}`` and puts the previous one back.

    Take it after the browser started: while Playwright's event loop runs on this thread,
    Django hands out a separate connection object (asgiref's Local follows the running loop),
    and that is the one the test-case machinery then looks for the snapshot on."""
    with django_db_blocker.unblock():
        original = getattr(connection, "_test_serialized_contents", None)
        data = connection.creation.serialize_db_to_string()
        connection._test_serialized_contents = data
        outbox = set(IndexOutboxEntry.objects.values_list("pk", flat=True))
    yield {"data": data, "outbox": outbox}
    if original is not None:
        connection._test_serialized_contents = original


def demo_site_restored(snapshot, django_db_blocker) -> None:
    """After a module's last test (which left the tables empty), put the demo site back, so
    that tests running later find the database as they would without the browser tests."""
    with django_db_blocker.unblock():
        if not HomePage.objects.exists():
            connection.creation.deserialize_db_from_string(snapshot["data"])
            # Restoring saves every service again, and the search signals queue each one.
            IndexOutboxEntry.objects.exclude(pk__in=snapshot["outbox"]).delete()
