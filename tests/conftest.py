import json
import os
import urllib.request

import pytest
from django.contrib.auth.models import Group

from kb.demo.loader import DemoLoader
from tests.support import db_snapshot

# One Chromium for every browser test in the session (site and admin).
from tests.support.chromium import browser  # noqa: F401


def _sqlite() -> bool:
    return not os.environ.get("DATABASE_URL", "").startswith(("postgres", "postgis"))


def pytest_configure(config):
    # `make check` (SQLite): reuse the migrated demo database of an earlier run when
    # nothing it is made from changed (tests/support/db_snapshot.py).
    if _sqlite() and not config.getoption("create_db", False):
        config._kb_snapshot_restored = db_snapshot.restore()
        config.option.reuse_db = True


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    from django.conf import settings

    if _sqlite():
        database = settings.DATABASES["default"]
        database.setdefault("TEST", {})["NAME"] = str(db_snapshot.WORKING)
        # A throwaway copy: no waiting for the disk (the snapshot itself is never written).
        database.setdefault("OPTIONS", {})["init_command"] = (
            "PRAGMA synchronous=OFF; PRAGMA journal_mode=MEMORY; PRAGMA temp_store=MEMORY;"
        )


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """Every test starts from the demo site (rolled back after each test)."""
    with django_db_blocker.unblock():
        DemoLoader().load()
    if _sqlite() and not getattr(request.config, "_kb_snapshot_restored", True):
        db_snapshot.save()


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.invalid", "pw")


@pytest.fixture
def make_user(django_user_model):
    def make(username: str, *groups: str):
        user = django_user_model.objects.create_user(username, f"{username}@example.invalid", "pw")
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        return user

    return make


def pytest_report_header(config):
    """Name the real servers this run tests against (the CI log shows them)."""
    lines = [f"database: {os.environ.get('DATABASE_URL', 'sqlite (DATABASE_URL unset)')}"]
    for name in (
        "SEARCH_TEST_OPENSEARCH_URL",
        "SEARCH_TEST_ELASTICSEARCH_URL",
        "SEARCH_TEST_OPENSEARCH3_URL",
    ):
        url = os.environ.get(name)
        if not url:
            lines.append(f"{name}: unset (engine tests will fail; run make test)")
            continue
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                version = json.load(response)["version"]
            lines.append(
                f"search engine: {version.get('distribution', 'elasticsearch')} "
                f"{version['number']} at {url}"
            )
        except OSError as error:
            lines.append(f"{name}: {url} not answering ({error})")
    return lines
