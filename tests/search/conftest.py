"""Engine fixtures: `make test` starts a real OpenSearch and a real Elasticsearch node and
exports their URLs. Engine tests run once per engine; without the nodes they fail loudly
(never skip): run them through `make test`, or deselect them with `-m "not engine"`."""

import os
import uuid

import pytest
from django.test import override_settings

from search import client as client_module
from search import rebuild
from search.client import get_client

ENGINES = {
    "opensearch": "SEARCH_TEST_OPENSEARCH_URL",
    "elasticsearch": "SEARCH_TEST_ELASTICSEARCH_URL",
    "opensearch3": "SEARCH_TEST_OPENSEARCH3_URL",  # OpenSearch 3.x on the Temurin 25 JDK
}
# Test variant -> SEARCH_ENGINE (the client flavour).
FLAVORS = {"opensearch3": "opensearch"}


def flavor(engine: str) -> str:
    return FLAVORS.get(engine, engine)


def engine_url(engine: str) -> str:
    url = os.environ.get(ENGINES[engine])
    if not url:
        pytest.fail(f"{ENGINES[engine]} is not set: engine tests need the node `make test` starts")
    return url


def pytest_collection_modifyitems(items):
    for item in items:
        if "engine_settings" in getattr(item, "fixturenames", ()):
            item.add_marker("engine")


@pytest.fixture(scope="module", params=sorted(ENGINES))
def engine_settings(request, django_db_setup, django_db_blocker):
    """A search index of the demo content on one engine, shared by a module's read-only
    tests. Settings stay overridden for the module."""
    engine = request.param
    prefix = f"test-{engine[:2]}-{uuid.uuid4().hex[:8]}"
    with override_settings(
        SEARCH_URL=engine_url(engine),
        SEARCH_ENGINE=flavor(engine),
        SEARCH_INDEX_PREFIX=prefix,
        SEARCH_DRAIN_ON_COMMIT=False,
        SEARCH_DRAIN_ON_RECOVERY=False,
    ):
        client = get_client()
        with django_db_blocker.unblock():
            rebuild.rebuild(client)
        yield {"engine": flavor(engine), "variant": engine, "client": client, "prefix": prefix}
        for locale in rebuild.locales():
            for name in client.indices_for_alias(f"{prefix}-{locale}"):
                client.delete_index(name)


@pytest.fixture
def fresh_index(engine_settings, db):
    """A private index for a test that changes content (the module index stays untouched)."""
    client = engine_settings["client"]
    prefix = f"{engine_settings['prefix']}-{uuid.uuid4().hex[:6]}"
    with override_settings(SEARCH_INDEX_PREFIX=prefix):
        rebuild.rebuild(client)
        yield client
        for locale in rebuild.locales():
            for name in client.indices_for_alias(f"{prefix}-{locale}"):
                client.delete_index(name)


@pytest.fixture(autouse=True)
def _closed_breakers():
    """Each test starts with every engine trusted (the breaker is per process)."""
    client_module._breakers.clear()
    yield
    client_module._breakers.clear()
