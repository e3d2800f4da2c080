"""Side-by-side measurements on one corpus, each pair in the same run (bench/measure.py
runs them and writes bench/results/size-<pages>.json).

In-process, through Django's test client (the full middleware and view stack, no socket):
- search layers: a bare multi_match on title/summary/body (10 hits) vs the project's own
  engine request (the exact bodies search.backends.engine sends, replayed) vs
  `search.query.search()` vs GraphQL `search` (hits, highlights, facets) vs Wagtail's stock
  search (modelsearch, Elasticsearch 7 backend) on the same node, with relevance on the
  judged queries from bench/relevance.py;
- page delivery: GraphQL `page` vs Wagtail API v2's detail endpoint, the same pages;
- indexing: `search_index rebuild` documents/s vs Wagtail's `update_index` on the stock backend;
- SQL queries per `pages` list request at 10, 50 and 100 items.

Django must be set up before this module is imported.
"""

import copy
import functools
import http.client
import json
import os
import signal
import statistics
import subprocess
import time
from collections.abc import Callable
from typing import Any, cast

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from bench import ROOT, relevance
from bench.documents import GRAPPLE_PAGE_GQL, LIST_GQL, PAGE_GQL, SEARCH_GQL
from bench.environment import engine_client
from bench.judged import JUDGED
from bench.timing import interleaved, stats
from bench.traffic import BIN, free_port, wait_for
from kb.guidance.models import KnowledgePage
from search import rebuild
from search.backends import engine
from search.client import EngineClient, alias_name
from search.query import search
from search.types import SearchRequest

EXTRA_QUERIES = [("cs", q) for q in ("domaci nasili", "policie", "soud", "ohrozena osoba")]
MSEARCH = "(multi-search)"
Runs = dict[str, Callable[[], object]]


def timed_queries() -> list[tuple[str, str]]:
    """About 25 of the judged queries (every category, both languages) and a few common ones."""
    step = max(1, len(JUDGED) // 21)
    return [(locale, query) for _c, locale, query, _p in JUDGED[::step]] + EXTRA_QUERIES


class Recorder:
    """Wraps the engine client and keeps the bodies the project's search sends."""

    def __init__(self, client: EngineClient) -> None:
        self.client = client
        self.bodies: list[tuple[str, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def search(self, index: str, body: dict) -> dict:
        self.bodies.append((index, json.loads(json.dumps(body))))
        return self.client.search(index, body)

    def msearch(self, searches: list[tuple[str, dict]]) -> list[dict]:
        self.bodies.append((MSEARCH, json.loads(json.dumps(searches))))
        return self.client.msearch(searches)


def replay(client: EngineClient, index: str, body: Any) -> None:
    """Send a recorded request again, as it was sent (one search or a multi-search)."""
    if index == MSEARCH:
        lines: list[dict] = []
        for name, part in body:
            lines += [{"index": name}, part]
        client.raw.msearch(body=lines)
    else:
        client.raw.search(index=index, body=body)


def gql(http: Client, query: str, variables: dict) -> dict:
    response = http.post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables}),
        content_type="application/json",
    )
    body = response.json()
    if response.status_code != 200 or "errors" in body:
        raise RuntimeError(f"GraphQL failed: {response.status_code} {str(body)[:300]}")
    return body["data"]


class Gunicorn:
    """The production server (`kb/gunicorn.conf.py`: gthread worker, keep-alive) with one
    worker on 127.0.0.1, serving the same database and indices, for the GraphQL search
    over a real socket. The client keeps its connection open, as a partner's server with a
    connection pool does (and as the engine client does)."""

    def __enter__(self) -> "Gunicorn":
        self.port = free_port()
        env = {
            **os.environ,
            "SEARCH_DRAIN_ON_COMMIT": "0",
            "WEB_CONCURRENCY": "1",
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
        }
        self.process = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", str(ROOT / "kb" / "gunicorn.conf.py"), "kb.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.url = f"http://127.0.0.1:{self.port}/graphql/"
        wait_for(self.url + "?query=%7Bregions%7Bcode%7D%7D")
        self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        return self

    def post(self, query: str, variables: dict) -> None:
        body = json.dumps({"query": query, "variables": variables}).encode()
        for attempt in (1, 2):
            try:
                self.connection.request(
                    "POST", "/graphql/", body=body, headers={"Content-Type": "application/json"}
                )
                response = self.connection.getresponse()
                data = response.read()
                break
            except (ConnectionError, OSError):  # the server closed an idle connection
                self.connection.close()
                if attempt == 2:
                    raise
        if response.status != 200 or b'"errors"' in data[:200]:
            raise RuntimeError(f"GraphQL over HTTP failed: {response.status}")

    def __exit__(self, *exc: object) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)


# -- search layers -----------------------------------------------------------------------


def measure_search(repeats: int) -> dict:
    with Gunicorn() as server:
        return _measure_search(repeats, server)


def _measure_search(repeats: int, server: Gunicorn) -> dict:
    client = engine_client()
    http = Client()
    queries = timed_queries()
    series: dict[str, list[float]] = {
        k: [] for k in ("bare", "own", "service", "graphql", "graphql_http", "stock")
    }
    stock = relevance.systems(relevance.public_pages())["stock"]
    two_requests = 0
    for locale, query in queries:
        request = SearchRequest(query=query, locale=locale, limit=10, record_analytics=False)
        recorder = Recorder(client)
        engine.search(cast(EngineClient, recorder), request)
        two_requests += len(recorder.bodies) > 1
        runs = _search_layers(client, http, server, request, recorder.bodies)
        runs["stock"] = functools.partial(stock, query, locale)
        for name, values in interleaved(runs, repeats).items():
            series[name] += values
    result: dict[str, Any] = {name: stats(values) for name, values in series.items()}
    result["queries"] = len(queries)
    result["repeats"] = repeats
    result["queries_sending_two_requests"] = two_requests  # strict found < 3: forgiving retry
    return result


def _search_layers(
    client: EngineClient,
    http: Client,
    server: Gunicorn,
    request: SearchRequest,
    bodies: list[tuple[str, Any]],
) -> Runs:
    """One query through each of our layers, from the bare engine request to GraphQL over HTTP."""
    query, locale = request.query, request.locale
    bare_body = {
        "query": {"multi_match": {"query": query, "fields": ["title", "summary", "body"]}},
        "size": 10,
    }

    def own() -> None:
        for index, body in bodies:
            replay(client, index, body)

    return {
        "bare": lambda: client.raw.search(index=alias_name(locale), body=bare_body),
        "own": own,
        "service": lambda: search(request),
        "graphql": lambda: gql(http, SEARCH_GQL, {"q": query, "l": locale}),
        "graphql_http": lambda: server.post(SEARCH_GQL, {"q": query, "l": locale}),
    }


def variants(body: dict) -> dict[str, dict]:
    """The project's strict request (the asked locale's index) with one part taken out at a
    time: what each part costs. The language facet's count request is left out here."""
    out = {"own (strict request, locale's index)": body}
    parts = {
        "without highlighting": ("highlight",),
        "without aggregations (facets)": ("aggs",),
        "without the phrase rescore": ("rescore",),
        "none of these (cross_fields + filters only)": ("highlight", "aggs", "rescore"),
    }
    for name, keys in parts.items():
        b = copy.deepcopy(body)
        for key in keys:
            b.pop(key, None)
        out[name] = b
    b = copy.deepcopy(body)
    b["track_total_hits"] = False
    out["without exact total"] = b
    return out


def _raw_search(
    client: EngineClient, locale: str, body: dict, shape: Callable[[dict], dict] | None = None
) -> Callable[[], object]:
    """One request straight to the locale's index; ``shape`` rebuilds the body on each call."""
    return lambda: client.raw.search(index=alias_name(locale), body=shape(body) if shape else body)


def measure_ablation(repeats: int) -> dict:
    client = engine_client()
    series: dict[str, list[float]] = {}
    for locale, query in timed_queries():
        request = SearchRequest(query=query, locale=locale, limit=10)
        body = engine.build_body(request)
        runs = {name: _raw_search(client, locale, b) for name, b in variants(body).items()}
        other = "en" if locale == "cs" else "cs"
        runs["the language facet's count request (other locale's index)"] = _raw_search(
            client, other, body, engine.language_counts
        )
        for name, values in interleaved(runs, repeats).items():
            series.setdefault(name, []).extend(values)
    return {name: stats(values) for name, values in series.items()}


def measure_relevance() -> dict:
    """MRR and top-5 hits on every judged query (any listed page counts; the first found)."""
    compared = relevance.systems(relevance.public_pages())
    slugs = relevance.page_ids_by_slug()
    return {name: relevance.first_hits(compared[name], slugs) for name in ("ours", "stock")}


# -- page delivery, indexing, list queries ---------------------------------------------------


def grapple_installed() -> bool:
    return "grapple" in settings.INSTALLED_APPS


def measure_pages(repeats: int, sample: int = 20) -> dict:
    http = Client()
    ids = list(
        KnowledgePage.objects.live()
        .filter(visibility="public", locale__language_code="cs")
        .order_by("?")
        .values_list("pk", flat=True)[:sample]
    )
    series: dict[str, list[float]] = {"graphql_page": [], "api_v2_detail": []}
    if grapple_installed():
        call_command("migrate", "wagtail_headless_preview", verbosity=0)
        series["grapple_page"] = []
    for pk in ids:
        runs = _page_peers(http, pk)
        if "grapple_page" not in series:
            del runs["grapple_page"]
        for name, values in interleaved(runs, repeats).items():
            series[name] += values
    result: dict[str, Any] = {name: stats(values) for name, values in series.items()}
    for name, values in series.items():
        result[name]["throughput_rps_single_client"] = round(1000 / statistics.mean(values), 1)
    result["pages"] = len(ids)
    return result


def _page_peers(http: Client, pk: int) -> Runs:
    """One page from GraphQL `page`, API v2's detail endpoint and grapple's `page`."""

    def detail() -> None:
        # every field the bench exposes: summary, body, visibility and (procedures) steps
        response = http.get(f"/api/v2/pages/{pk}/", {"fields": "*"})
        if response.status_code != 200:
            raise RuntimeError(f"API v2: {response.status_code} {response.content[:200]!r}")

    def grapple() -> None:
        response = http.post(
            "/grapple/graphql/",
            json.dumps({"query": GRAPPLE_PAGE_GQL, "variables": {"id": pk}}),
            content_type="application/json",
        )
        if response.status_code != 200 or b'"errors"' in response.content:
            raise RuntimeError(f"grapple: {response.status_code} {response.content[:300]!r}")

    return {
        "graphql_page": lambda: gql(http, PAGE_GQL, {"id": str(pk)}),
        "api_v2_detail": detail,
        "grapple_page": grapple,
    }


def measure_indexing() -> dict:
    client = engine_client()
    started = time.monotonic()
    rebuild.rebuild(client)
    ours_s = time.monotonic() - started
    documents = sum(row.documents for row in rebuild.status(client))
    started = time.monotonic()
    call_command("update_index", backend_name="stock", verbosity=0)
    stock_s = time.monotonic() - started
    pages = KnowledgePage.objects.live().count()
    return {
        "ours_documents": documents,
        "ours_seconds": round(ours_s, 1),
        "ours_docs_per_s": round(documents / ours_s, 1),
        "stock_pages": pages,
        "stock_seconds": round(stock_s, 1),
        "stock_docs_per_s": round(pages / stock_s, 1),
        "note": "stock indexes every Wagtail page and snippet model it knows; docs/s counts "
        "knowledge pages only, which flatters it",
    }


def measure_query_counts() -> dict:
    """SQL per request; the rate counter is written on every request here, so its periodic
    write does not land in one size's count and not another's."""
    http = Client()
    out = {}
    with override_settings(KB_API_RATE_LIMIT_SYNC_SECONDS=0):
        gql(http, LIST_GQL, {"n": 10})  # warm per-process caches
        for n in (10, 50, 100):
            with CaptureQueriesContext(connection) as captured:
                data = gql(http, LIST_GQL, {"n": n})
            out[str(n)] = {"queries": len(captured), "items": len(data["pages"]["edges"])}
    return out
