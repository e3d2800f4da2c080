"""The worker drains the search outbox by itself: while the engine is unreachable or
frozen, edits wait in the outbox; once it answers again, they are applied within seconds,
exactly once. SEARCH_URL may list several nodes; a dead one is skipped."""

import socket
import time

import pytest
from django.utils import timezone

from kb.ops import worker
from kb.ops.models import JobLease
from search import rebuild
from search.client import get_client
from search.hosts import engine_hosts
from search.models import IndexOutboxEntry
from tests.search.conftest import ENGINES, engine_url, flavor
from tests.search.test_indexing import found, publish_new, refresh

pytestmark = pytest.mark.django_db


@pytest.fixture(params=sorted(ENGINES))
def live_engine(request, settings):
    engine = request.param
    settings.SEARCH_ENGINE = flavor(engine)
    settings.SEARCH_URL = engine_url(engine)
    settings.SEARCH_INDEX_PREFIX = f"test-ops-{engine[:2]}-{int(time.time() * 1000) % 10**8}"
    settings.SEARCH_DRAIN_ON_COMMIT = False  # only the worker applies changes here
    settings.SEARCH_TIMEOUT = 30
    client = get_client()
    rebuild.rebuild(client)
    yield settings.SEARCH_URL
    for locale in rebuild.locales():
        for name in client.indices_for_alias(rebuild.alias_name(locale)):
            client.delete_index(name)


@pytest.fixture
def frozen_node():
    """A TCP port that accepts connections and never answers, like a stopped JVM."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    server.close()


def run_drain_when_due(timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.run_job("search_drain", "test-worker"):
            return JobLease.objects.get(name="search_drain")
        time.sleep(0.2)
    raise AssertionError("the drain job never became due")


@pytest.mark.engine
@pytest.mark.parametrize("outage", ["killed", "frozen"])
def test_edits_made_during_an_outage_are_searchable_soon_after_it(
    live_engine, settings, frozen_node, outage
):
    worker.ensure_leases()
    settings.SEARCH_URL = "http://127.0.0.1:9" if outage == "killed" else frozen_node
    settings.SEARCH_TIMEOUT = 1
    page = publish_new("Metodika pro výpadek vyhledávače", f"metodika-vypadek-{outage}")
    lease = run_drain_when_due()
    assert lease.failures_in_a_row == 1 and lease.last_error
    pending = IndexOutboxEntry.objects.filter(processed_at__isnull=True, object_id=page.pk)
    assert pending.exists()  # nothing lost: the change waits in the outbox

    settings.SEARCH_URL = live_engine  # the engine is back
    settings.SEARCH_TIMEOUT = 30
    started = time.monotonic()
    lease = run_drain_when_due()
    assert time.monotonic() - started < 5  # no waiting for the entries' own backoff
    assert lease.failures_in_a_row == 0 and lease.last_error == ""
    assert not IndexOutboxEntry.objects.filter(processed_at__isnull=True).exists()
    refresh(get_client())
    assert "Metodika pro výpadek vyhledávače" in found("výpadek vyhledávače")
    entries = IndexOutboxEntry.objects.filter(object_id=page.pk)
    assert all(e.processed_at <= timezone.now() for e in entries)
    # Nothing applied twice: another pass finds nothing to do.
    assert worker.JOBS["search_drain"](lease) == "applied 0, failed 0"


@pytest.mark.engine
def test_a_dead_node_in_search_url_is_skipped(live_engine, settings):
    settings.SEARCH_URL = f"http://127.0.0.1:9,{live_engine}, http://127.0.0.1:9/"
    assert len(engine_hosts(settings.SEARCH_URL)) == 3
    client = get_client()
    for _ in range(6):  # round-robin lands on the dead hosts too; each call still answers
        assert client.info()["version"]["number"]
    assert found("vykázání")


def test_search_url_parsing():
    assert engine_hosts("http://a:9200, https://b:9200/ ,") == ["http://a:9200", "https://b:9200"]
    with pytest.raises(ValueError):
        engine_hosts("a:9200")
    with pytest.raises(ValueError):
        engine_hosts(" , ")
