"""Mixed read traffic for bench/load.py: GraphQL search 50 %, GraphQL page 25 %,
autocomplete 15 %, the /search/ HTML page 10 %. Only ever pointed at 127.0.0.1.

A search answered without the engine (``backend: database``, or the HTML page's fallback
note) is a degraded answer, not a failure. With BENCH_REQUEST_LOG set, every request is also
written there as one JSON line (start, duration, name, status, ok, degraded, error), which
bench/faults.py reads to count what happened inside a fault's window."""

import functools
import json
import os
import random
import time
from typing import Any, TextIO

from locust import HttpUser, between, task

QUERIES = [
    "vykazani",
    "predbezne opatreni",
    "stalking",
    "namitka proti vykazani",
    "deti pri vykazani",
    "bezpecnostni plan",
    "odskodneni obeti",
    "intervencni centrum pomoc",
    "policie",
    "soud",
    "domaci nasili",
    "zvlast zranitelna obet",
    "expulsion",
    "preliminary measure",
    "police",
]
PREFIXES = ["vyk", "pre", "sta", "nam", "pol", "sou", "int", "bez", "exp", "vio"]
PAGE_IDS = json.loads(os.environ.get("BENCH_PAGE_IDS", "[]")) or [1]
SEARCH = """query($q: String!, $l: String) { search(query: $q, locale: $l, first: 10) {
  totalCount backend unavailableFeatures facets { name values { code count } }
  edges { highlights { field fragments } node { id title url summary pageType } } } }"""
PAGE = """query($id: ID!) { page(id: $id) { id title url summary
  body { __typename ... on ContentBlock { id html }
    ... on ContactBlock { service { name phones { number } } }
    ... on LegalReferenceBlock { reference { citation } } }
  ... on ProcedurePage { steps { actor html legalBasis { citation } } } } }"""
AUTOCOMPLETE = """query($p: String!) { autocomplete(prefix: $p, limit: 8) { text url } }"""


@functools.cache
def request_log() -> TextIO | None:
    """BENCH_REQUEST_LOG, opened on the first request and kept open for the run."""
    path = os.environ.get("BENCH_REQUEST_LOG")
    return open(path, "a", buffering=1) if path else None  # noqa: SIM115 - for the run


def record(name: str, started: float, status: int, error: str = "", degraded: str = "") -> None:
    log = request_log()
    if log is not None:
        line: dict[str, object] = {
            "t": round(started, 3),
            "ms": round(1000 * (time.time() - started), 1),
        }
        line.update(name=name, status=status, ok=not error, degraded=degraded, error=error)
        log.write(json.dumps(line) + "\n")


UNAVAILABLE = "503 Retry-After (database unavailable)"


def unavailable(response: Any) -> bool:
    """The documented answer while the database restarts: 503 with Retry-After, an outage
    said clearly (counted as degraded, not as an error)."""
    return response.status_code == 503 and bool(response.headers.get("Retry-After"))


def graphql_error(response: Any) -> str:
    """'' for a good answer, else what went wrong (status, GraphQL error codes)."""
    if unavailable(response):
        return ""
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    try:
        body = response.json()
    except ValueError:
        return "HTTP 200, not JSON"
    if body.get("errors"):
        codes = sorted({(e.get("extensions") or {}).get("code", "?") for e in body["errors"]})
        return "GraphQL " + ",".join(codes)
    return ""


class Reader(HttpUser):
    wait_time = between(0.05, 0.3)

    def graphql(self, name: str, query: str, variables: dict) -> None:
        started = time.time()
        with self.client.post(
            "/graphql/",
            json={"query": query, "variables": variables},
            name=name,
            catch_response=True,
        ) as response:
            error = graphql_error(response)
            degraded = UNAVAILABLE if unavailable(response) else ""
            if error or degraded:
                response.failure(f"{error or degraded} {response.text[:200]}")
            elif name == "graphql search":
                search = response.json()["data"]["search"]
                if search["backend"] != "engine":
                    degraded = ";".join(search["unavailableFeatures"][:1]) or search["backend"]
            record(name, started, response.status_code, error, degraded)

    @task(50)
    def search(self) -> None:
        query = random.choice(QUERIES)
        locale = "en" if query in ("expulsion", "preliminary measure", "police") else "cs"
        self.graphql("graphql search", SEARCH, {"q": query, "l": locale})

    @task(25)
    def page(self) -> None:
        self.graphql("graphql page", PAGE, {"id": str(random.choice(PAGE_IDS))})

    @task(15)
    def autocomplete(self) -> None:
        self.graphql("graphql autocomplete", AUTOCOMPLETE, {"p": random.choice(PREFIXES)})

    @task(10)
    def search_page(self) -> None:
        started = time.time()
        name = "/search/ html"
        with self.client.get(
            "/search/", params={"q": random.choice(QUERIES)}, name=name, catch_response=True
        ) as response:
            ok = response.status_code == 200 or unavailable(response)
            error = "" if ok else f"HTTP {response.status_code}"
            degraded = UNAVAILABLE if unavailable(response) else ""
            if error or degraded:
                response.failure(error or degraded)
            if not degraded and "fallback-note" in response.text:
                degraded = "fallback note"
            record(name, started, response.status_code, error, degraded)
