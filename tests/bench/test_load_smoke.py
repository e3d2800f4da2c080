"""A few seconds of bench/load.py: gunicorn, the outbox worker, locust's mixed traffic and an
editor publishing, against the demo content on PostgreSQL and a real OpenSearch node. Only
errors are asserted; timings belong to `make bench`, never to tests."""

import importlib.util
import json
import os
import uuid

import pytest

from .conftest import run_python

pytestmark = [pytest.mark.bench_smoke, pytest.mark.engine, pytest.mark.postgres]


def test_mixed_traffic_with_an_editor_publishing_gives_no_errors(tmp_path, bench_database_url):
    url = os.environ.get("SEARCH_TEST_OPENSEARCH_URL")
    if not url:
        pytest.fail("SEARCH_TEST_OPENSEARCH_URL is not set: run through `make test`")
    if importlib.util.find_spec("locust") is None:
        pytest.fail("locust is not installed: make install (requirements.lock has the bench extra)")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": bench_database_url,
        "SEARCH_URL": url,
        "SEARCH_ENGINE": "opensearch",
        "SEARCH_INDEX_PREFIX": f"test-smoke-{uuid.uuid4().hex[:8]}",
        "SEARCH_DRAIN_ON_COMMIT": "0",
    }

    def run(*args, timeout=600):
        return run_python(env, *args, timeout=timeout)

    run("bench/corpus.py", "--pages", "0")  # the demo site; cached after the first run
    run("manage.py", "search_index", "rebuild")
    out = tmp_path / "load.json"
    run(
        "bench/load.py",
        "--pages",
        "0",
        "--seconds",
        "6",
        "--users",
        "3",
        "--publish-every",
        "1.5",
        "--web-workers",
        "2",
        "--out",
        str(out),
        timeout=180,
    )
    result = json.loads(out.read_text())
    try:
        assert result["requests"] > 0
        assert result["errors"] == 0, result["by_request"]
        assert result["publish_to_searchable"]["errors"] == []
        assert result["publish_to_searchable"]["n"] >= 1
        assert not result["nothing_lost"]["lost"], result["nothing_lost"]
        assert result["database"].startswith("PostgreSQL")
        assert result["engine"].startswith("opensearch")
    finally:
        run("manage.py", "shell", "-c", _DROP_INDICES)


_DROP_INDICES = """
from search import rebuild
from search.client import alias_name, get_client

client = get_client()
for locale in rebuild.locales():
    for name in client.indices_for_alias(alias_name(locale)):
        client.delete_index(name)
"""
