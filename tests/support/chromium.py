"""Debian's Chromium driven by Playwright, one browser for the whole test session (the
browser tests of the site and of the admin share it: Playwright's sync API allows a single
instance per thread)."""

import os
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright

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
