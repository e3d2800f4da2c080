"""A three-node OpenSearch cluster with one replica loses a node while searches and edits
continue: every search answers from the cluster (not the database fallback), an edit made
meanwhile is searchable, and the node that returns holds everything."""

import os
import signal
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest
from wagtail.models import Locale

from kb.guidance.models import GuidanceIndexPage, GuidancePage
from kb.ops import worker
from search import rebuild
from search.client import ENGINES, get_client
from search.query import search
from search.types import SearchRequest

pytestmark = [pytest.mark.engine, pytest.mark.django_db]
ENGINE_SH = Path(__file__).resolve().parents[2] / "tests" / "support" / "engine" / "engine.sh"
URLS = os.environ.get("CLUSTER_TEST_URLS", "").split(",")
DATADIRS = os.environ.get("CLUSTER_TEST_DATADIRS", "").split(",")


def node_client(url):
    return ENGINES["opensearch"](url, 30)


def health(client, *, status=("green",), nodes=3, within=180) -> dict:
    """Cluster health once it has ``nodes`` nodes and one of ``status``."""
    deadline = time.monotonic() + within
    while True:
        state = client.raw.cluster.health()
        if state["number_of_nodes"] == nodes and state["status"] in status:
            return state
        if time.monotonic() > deadline:
            raise AssertionError(f"cluster not {status} with {nodes} nodes: {state}")
        time.sleep(1)


@pytest.fixture
def cluster(settings):
    settings.SEARCH_ENGINE = "opensearch"
    settings.SEARCH_URL = ",".join(URLS)
    settings.SEARCH_REPLICAS = 1
    settings.SEARCH_INDEX_PREFIX = f"cluster-{uuid.uuid4().hex[:6]}"
    settings.SEARCH_DRAIN_ON_COMMIT = False  # the worker job applies edits
    settings.SEARCH_TIMEOUT = 10
    client = get_client()
    rebuild.rebuild(client)
    health(client)
    yield client
    for locale in rebuild.locales():
        for name in client.indices_for_alias(rebuild.alias_name(locale)):
            client.delete_index(name)


class Searcher(threading.Thread):
    """Searches the cluster without pause, as partners' sites do, counting failures."""

    def __init__(self, client, alias):
        super().__init__(daemon=True)
        self.client, self.alias = client, alias
        self.answered, self.failed, self.errors = 0, 0, []
        self.stop = threading.Event()

    def run(self):
        while not self.stop.is_set():
            try:
                self.client.search(self.alias, {"query": {"match": {"title": "násilí"}}, "size": 3})
                self.answered += 1
            except Exception as error:  # noqa: BLE001 - counted, that is the test
                self.failed += 1
                self.errors.append(repr(error)[:300])
            time.sleep(0.02)


def engine_search(query):
    result = search(SearchRequest(query=query, limit=50, record_analytics=False))
    assert result.backend == "engine", result.unavailable_features
    return [hit.title for hit in result.hits]


def cluster_manager(client) -> int:
    rows = client.raw.transport.perform_request(
        "GET", "/_cat/cluster_manager", params={"format": "json"}
    )
    return int(rows[0]["node"].removeprefix("node")) - 1


def test_losing_a_node_fails_no_search_and_loses_no_edit(cluster):
    alias = rebuild.alias_name("cs")
    searcher = Searcher(cluster, alias)
    searcher.start()
    time.sleep(2)

    victim = cluster_manager(cluster)  # the hardest one to lose
    pid = int((Path(DATADIRS[victim]) / "engine.pid").read_text())
    os.kill(pid, signal.SIGKILL)
    survivors = [url for i, url in enumerate(URLS) if i != victim]

    # Searches keep answering from the cluster while it elects a new manager.
    for _ in range(20):
        assert engine_search("vykázání")
        time.sleep(0.25)

    # An edit made meanwhile reaches the index through the worker's job.
    section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).first()
    page = GuidancePage(
        title="Postup při výpadku uzlu", slug="postup-vypadek-uzlu", summary="Test."
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    worker.ensure_leases()
    assert worker.run_job("search_drain", "cluster-test")
    cluster.refresh(alias)
    assert "Postup při výpadku uzlu" in engine_search("výpadku uzlu")
    health(node_client(survivors[0]), status=("yellow", "green"), nodes=2)

    # The node returns and catches up; every node holds every document.
    env = {
        **os.environ,
        "ENGINE_SETTINGS": os.environ[f"CLUSTER_TEST_SETTINGS_{victim + 1}"],
        "ENGINE_JAVA_OPTS": "-Xms512m -Xmx512m",
        "ENGINE_START_TIMEOUT": "300",
    }
    port = URLS[victim].rsplit(":", 1)[1]
    subprocess.run(
        ["bash", str(ENGINE_SH), "start", "opensearch", port, DATADIRS[victim]],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    health(cluster)
    searcher.stop.set()
    searcher.join()

    expected = node_client(URLS[victim]).count(alias)
    for url in URLS:  # each node answers with everything, the edit included
        hits = node_client(url).search(alias, {"query": {"match": {"title": "výpadku uzlu"}}})
        assert hits["hits"]["total"]["value"] >= 1, url
    (index,) = cluster.indices_for_alias(alias)
    copies = cluster.raw.cat.shards(index=index, params={"format": "json"})
    assert len(copies) == 2 and {c["state"] for c in copies} == {"STARTED"}
    assert {int(c["docs"]) for c in copies} == {expected}  # primary and replica agree
    assert searcher.failed == 0, searcher.errors[:5]
    assert searcher.answered > 50
    print(f"searches answered during the node loss: {searcher.answered}, failed: 0")
