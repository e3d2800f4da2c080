import json
import os
import urllib.request

import pytest
from django.contrib.auth.models import Group

from kb.demo.loader import DemoLoader


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site (rolled back after each test)."""
    with django_db_blocker.unblock():
        DemoLoader().load()


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
