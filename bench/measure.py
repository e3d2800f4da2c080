"""Side-by-side measurements on one corpus, each pair in the same run, written to
bench/results/size-<pages>.json (bench/report.py turns every size into the table and chart).

In-process, through Django's test client (the full middleware and view stack, no socket):
- search layers: a bare multi_match on title/summary/body (10 hits) vs the project's own
  engine request (the exact bodies search.backends.engine sends, replayed) vs
  `search.query.search()` vs GraphQL `search` (hits, highlights, facets) vs Wagtail's stock
  search (modelsearch, Elasticsearch 7 backend) on the same node, with relevance on the
  judged queries from bench/search_quality.py;
- page delivery: GraphQL `page` vs Wagtail API v2's detail endpoint, the same pages;
- indexing: `search_index rebuild` documents/s vs Wagtail's `update_index` on the stock backend;
- SQL queries per `pages` list request at 10, 50 and 100 items.

    BENCH_DB=... SEARCH_URL=... python bench/measure.py --pages 1000
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
django.setup()
warnings.filterwarnings("ignore", category=DeprecationWarning)

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.judged import JUDGED  # noqa: E402
from kb.guidance.models import KnowledgePage  # noqa: E402
from search import rebuild  # noqa: E402
from search.backends import engine  # noqa: E402
from search.client import alias_name, get_client  # noqa: E402
from search.query import search  # noqa: E402
from search.types import SearchRequest  # noqa: E402

RESULTS = ROOT / "bench" / "results"
EXTRA_QUERIES = [("cs", q) for q in ("domaci nasili", "policie", "soud", "ohrozena osoba")]


def timed_queries() -> list[tuple[str, str]]:
    """About 25 of the judged queries (every category, both languages) and a few common ones."""
    step = max(1, len(JUDGED) // 21)
    return [(locale, query) for _c, locale, query, _p in JUDGED[::step]] + EXTRA_QUERIES


SEARCH_GQL = """query($q: String!, $l: String) { search(query: $q, locale: $l, first: 10) {
  totalCount suggestion
  facets { name values { code label count } }
  edges { score highlights { field fragments }
          node { id kind title url summary pageType locale } } } }"""
PAGE_GQL = """query($id: ID!) { page(id: $id) { id title url summary locale
  topics { code name } audiences { code } regions { code }
  body { __typename
    ... on ContentBlock { id html }
    ... on ContactBlock { service { name phones { number } organization { name } } }
    ... on LegalReferenceBlock { reference { citation } }
    ... on StepsBlock { steps { title text { html } } } }
  ... on ProcedurePage { steps { actor html timeLimit { amount } legalBasis { citation } } } } }"""
LIST_GQL = """query($n: Int) { pages(first: $n) { totalCount edges { node {
  id title url summary topics { code name } audiences { code } regions { code }
  body { __typename ... on ContentBlock { id html }
    ... on ContactBlock { service { name phones { number } } }
    ... on LegalReferenceBlock { reference { citation } } }
  ... on ProcedurePage { steps { actor html legalBasis { citation } } } } } } }"""


def stats(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(p95, 2),
        "n": len(ordered),
    }


def timed(fn, repeats: int) -> list[float]:
    return interleaved({"x": fn}, repeats)["x"]


def interleaved(runs: dict, repeats: int) -> dict[str, list[float]]:
    """Each function once per round, rounds repeated: on a shared machine every layer of a
    pair sees the same background load."""
    for fn in runs.values():
        fn()  # warm
    out: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, fn in runs.items():
            start = time.perf_counter()
            fn()
            out[name].append((time.perf_counter() - start) * 1000)
    return out


class Recorder:
    """Wraps the engine client and keeps the bodies the project's search sends."""

    def __init__(self, client):
        self.client, self.bodies = client, []

    def __getattr__(self, name):
        return getattr(self.client, name)

    def search(self, index, body):
        self.bodies.append((index, json.loads(json.dumps(body))))
        return self.client.search(index, body)

    def msearch(self, searches):
        self.bodies.append((MSEARCH, json.loads(json.dumps(searches))))
        return self.client.msearch(searches)


MSEARCH = "(multi-search)"


def replay(client, index, body) -> None:
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

    def __enter__(self):
        import http.client

        from bench.load import BIN, free_port, wait_for

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

    def __exit__(self, *exc):
        import signal

        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)


def measure_search(repeats: int) -> dict:
    with Gunicorn() as server:
        return _measure_search(repeats, server)


def _measure_search(repeats: int, server: Gunicorn) -> dict:
    client = get_client()
    http = Client()
    queries = timed_queries()
    series: dict[str, list[float]] = {
        k: [] for k in ("bare", "own", "service", "graphql", "graphql_http", "stock")
    }
    allowed = {
        code: set(
            KnowledgePage.objects.live()
            .filter(locale__language_code=code, visibility="public")
            .values_list("pk", flat=True)
        )
        for code in ("cs", "en")
    }
    two_requests = 0
    for locale, query in queries:
        request = SearchRequest(query=query, locale=locale, limit=10, record_analytics=False)
        recorder = Recorder(client)
        engine.search(recorder, request)
        bodies = recorder.bodies
        two_requests += len(bodies) > 1

        def own(bodies=bodies):
            for index, body in bodies:
                replay(client, index, body)

        bare_body = {
            "query": {"multi_match": {"query": query, "fields": ["title", "summary", "body"]}},
            "size": 10,
        }
        runs = {
            "bare": lambda body=bare_body, locale=locale: client.raw.search(
                index=alias_name(locale), body=body
            ),
            "own": own,
            "service": lambda request=request: search(request),
            "graphql": lambda query=query, locale=locale: gql(
                http, SEARCH_GQL, {"q": query, "l": locale}
            ),
            "graphql_http": lambda query=query, locale=locale: server.post(
                SEARCH_GQL, {"q": query, "l": locale}
            ),
            "stock": lambda query=query, locale=locale: [
                p.pk
                for p in KnowledgePage.objects.live().search(query, backend="stock")[:60]
                if p.pk in allowed[locale]
            ][:10],
        }
        for name, values in interleaved(runs, repeats).items():
            series[name] += values
    result = {name: stats(values) for name, values in series.items()}
    result["queries"] = len(queries)
    result["repeats"] = repeats
    result["queries_sending_two_requests"] = two_requests  # strict found < 3: forgiving retry
    return result


def variants(body: dict) -> dict[str, dict]:
    """The project's strict request (the asked locale's index) with one part taken out at a
    time: what each part costs. The language facet's count request is left out here."""
    import copy

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


def measure_ablation(repeats: int) -> dict:
    client = get_client()
    series: dict[str, list[float]] = {}
    for locale, query in timed_queries():
        request = SearchRequest(query=query, locale=locale, limit=10)
        body = engine.build_body(request)
        runs = {
            name: lambda b=b, locale=locale: client.raw.search(index=alias_name(locale), body=b)
            for name, b in variants(body).items()
        }
        other = "en" if locale == "cs" else "cs"
        runs["the language facet's count request (other locale's index)"] = (
            lambda body=body, other=other: client.raw.search(
                index=alias_name(other), body=engine.language_counts(body)
            )
        )
        for name, values in interleaved(runs, repeats).items():
            series.setdefault(name, []).extend(values)
    return {name: stats(values) for name, values in series.items()}


def relevance() -> dict:
    """MRR and top-5 hits on every judged query (any listed page counts; the first found)."""
    from bench import search_quality

    slugs = {}
    for code in ("cs", "en"):
        search_quality.ALLOWED[code] = set(
            KnowledgePage.objects.live()
            .filter(locale__language_code=code, visibility="public")
            .values_list("pk", flat=True)
        )
        slugs[code] = dict(
            KnowledgePage.objects.filter(locale__language_code=code).values_list("slug", "pk")
        )
    out = {}
    for name, fn in (("ours", search_quality.ours), ("stock", search_quality.stock)):
        ranks = []
        for _category, locale, query, pages in JUDGED:
            wanted = {slugs[locale].get(slug) for slug in pages} - {None}
            ids = fn(query, locale)
            found = [i + 1 for i, pk in enumerate(ids) if pk in wanted]
            ranks.append(found[0] if found else None)
        out[name] = {
            "mrr": round(statistics.mean(1 / r if r else 0 for r in ranks), 3),
            "top5": sum(1 for r in ranks if r and r <= 5),
            "judged": len(ranks),
        }
    return out


# wagtail-grapple's document for the same content (bench/grapple_settings.py): its generic
# block types, rich text as HTML, the procedure's steps.
GRAPPLE_PAGE_GQL = """query($id: ID) { page(id: $id) { id title url
  ... on GuidancePage { summary body { ...B } }
  ... on ProcedurePage { summary body { ...B } steps { ...B } } } }
fragment B on StreamFieldInterface { blockType field
  ... on StructBlock { blocks { field blockType
    ... on RichTextBlock { value } ... on CharBlock { value } ... on TextBlock { value }
    ... on ChoiceBlock { value } } }
  ... on RichTextBlock { value } ... on StreamBlock { blocks { field blockType } } }"""


def grapple_installed() -> bool:
    from django.conf import settings

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

        def detail(pk=pk):
            # every field the bench exposes: summary, body, visibility and (procedures) steps
            response = http.get(f"/api/v2/pages/{pk}/", {"fields": "*"})
            if response.status_code != 200:
                raise RuntimeError(f"API v2: {response.status_code} {response.content[:200]!r}")

        def grapple(pk=pk):
            response = http.post(
                "/grapple/graphql/",
                json.dumps({"query": GRAPPLE_PAGE_GQL, "variables": {"id": pk}}),
                content_type="application/json",
            )
            if response.status_code != 200 or b'"errors"' in response.content:
                raise RuntimeError(f"grapple: {response.status_code} {response.content[:300]!r}")

        runs = {
            "graphql_page": lambda pk=pk: gql(http, PAGE_GQL, {"id": str(pk)}),
            "api_v2_detail": detail,
        }
        if "grapple_page" in series:
            runs["grapple_page"] = grapple
        for name, values in interleaved(runs, repeats).items():
            series[name] += values
    result = {name: stats(values) for name, values in series.items()}
    for name, values in series.items():
        result[name]["throughput_rps_single_client"] = round(1000 / statistics.mean(values), 1)
    result["pages"] = len(ids)
    return result


def measure_indexing() -> dict:
    client = get_client()
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


def database_version() -> str:
    if connection.vendor == "sqlite":
        return f"sqlite {connection.Database.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"


def environment() -> dict:
    import graphene_django
    import wagtail

    def git(*args):
        return subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "when": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "commit": git("rev-parse", "--short", "HEAD")
        + ("+dirty" if git("status", "--porcelain") else ""),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}",
        "load_average": os.getloadavg(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "graphene_django": graphene_django.__version__,
        "engine": get_client().version(),
        "database": database_version(),
        "client": "Django test client, in-process (full middleware and views, no socket)",
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--repeats", type=int, default=int(os.environ.get("BENCH_REPEATS", "7")))
    parser.add_argument("--corpus", default="", help="the generator's summary (JSON)")
    parser.add_argument("--only", default="", help="comma-separated steps, e.g. search,relevance")
    args = parser.parse_args()
    out = RESULTS / f"size-{args.pages}.json"
    result = {"pages": args.pages, "environment": environment()}
    if args.only and out.exists():
        # Only some steps again: the others keep their figures (and environment) from the
        # run on record; this run's environment is kept beside the steps it measured.
        result = json.loads(out.read_text())
        rerun = {"steps": args.only.split(","), "environment": environment()}
        result["reruns"] = [*result.get("reruns", []), rerun]
    if args.corpus:
        result["corpus"] = json.loads(Path(args.corpus).read_text())
    steps = [
        ("indexing", measure_indexing),
        ("search", lambda: measure_search(args.repeats)),
        ("engine_request_parts", lambda: measure_ablation(max(3, args.repeats - 2))),
        ("relevance", relevance),
        ("page_delivery", lambda: measure_pages(args.repeats)),
        ("list_query_counts", measure_query_counts),
    ]
    if args.only:
        steps = [(name, fn) for name, fn in steps if name in args.only.split(",")]
    for name, fn in steps:
        print(f"[{args.pages}] {name} ...", flush=True)
        result[name] = fn()
        print(json.dumps(result[name]), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
