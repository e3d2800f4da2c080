"""A bounded load test on the production server, against 127.0.0.1 only (bench/load.py is
its command line), and the pieces bench/faults.py and bench/measure.py reuse: Site, Editor,
Locust, nothing_lost.

What `make serve` runs (kb/ops/serve.sh): gunicorn with kb/gunicorn.conf.py (its worker and
thread counts) and the background worker (`manage.py run_worker`, which drains the search
outbox), with no drain on commit; PostgreSQL (DATABASE_URL) and one OpenSearch node
(SEARCH_URL). locust (bench/locustfile.py: GraphQL search 50 %, page 25 %, autocomplete 15 %,
/search/ HTML 10 %) runs while an editor publishes a page every few seconds and waits for it to
be found by GraphQL search answered from the engine.

The database and the engine indices must exist (bench/corpus.py, then a rebuild).
"""

import argparse
import contextlib
import csv
import dataclasses
import json
import os
import random
import signal
import socket
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from bench import ROOT
from bench.environment import database_version, engine_client
from bench.timing import percentile

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except Exception:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def rss_mb(pid: int) -> float:
    import psutil

    try:
        return round(psutil.Process(pid).memory_info().rss / 2**20, 1)
    except psutil.Error:
        return float("nan")


def children_rss(pid: int) -> list[float]:
    import psutil

    try:
        return [round(c.memory_info().rss / 2**20, 1) for c in psutil.Process(pid).children()]
    except psutil.Error:
        return []


def graphql(base: str, query: str, timeout: float = 10) -> dict:
    request = urllib.request.Request(
        f"{base}/graphql/",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def searchable(base: str, token: str) -> bool:
    """Found by GraphQL search, answered from the engine (not the database fallback)."""
    data = graphql(
        base, f'{{ search(query: "{token}", locale: "cs", first: 1) {{ totalCount backend }} }}'
    )
    search = data["data"]["search"]
    return search["backend"] == "engine" and search["totalCount"] > 0


def describe_environment() -> dict:
    """Which database and engine the run used (recorded in the JSON)."""
    try:
        engine = engine_client().version()
    except Exception as error:  # noqa: BLE001 - recorded, not fatal
        engine = f"unknown ({error})"[:200]
    return {"database": database_version(), "engine": str(engine)}


class Site:
    """gunicorn (kb/gunicorn.conf.py) + the background worker, as kb/ops/serve.sh runs them,
    on a free port of 127.0.0.1. ``web_workers`` overrides WEB_CONCURRENCY."""

    def __init__(self, work: Path, web_workers: int | None = None) -> None:
        self.work, self.port = work, free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "SEARCH_DRAIN_ON_COMMIT": "0",
            "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "bench.settings"),
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "PROMETHEUS_MULTIPROC_DIR": str(work / "prometheus"),
        }
        if web_workers:
            self.env["WEB_CONCURRENCY"] = str(web_workers)
        self.processes: list[subprocess.Popen] = []
        self.logs = contextlib.ExitStack()

    def __enter__(self) -> "Site":
        try:
            self.server = self._start(
                [sys.executable, "-m", "gunicorn", "-c", "kb/gunicorn.conf.py"]
                + ["kb.wsgi:application"],
                "gunicorn.log",
            )
            self.worker = self._start([sys.executable, "manage.py", "run_worker"], "worker.log")
            wait_for(f"{self.base}/graphql/?query=%7Bregions%7Bcode%7D%7D")
        except BaseException:
            self.__exit__()
            raise
        return self

    def _start(self, command: list[str], log: str) -> subprocess.Popen:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,  # gunicorn's access log
            stderr=self.logs.enter_context(open(self.work / log, "w")),  # noqa: SIM115
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def memory(self) -> dict:
        return {
            "worker_mb": rss_mb(self.worker.pid),
            "web_workers_mb": children_rss(self.server.pid),
        }

    def __exit__(self, *exc: object) -> None:
        for process in self.processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        self.logs.close()


class Editor(threading.Thread):
    """Publishes a page (each time another one) with a new unique word in its title every
    ``interval`` seconds. With ``wait`` it then measures how long until GraphQL search finds
    it from the engine; a publish that fails (the database is down) is recorded, not fatal."""

    def __init__(
        self, base: str, interval: float, stop: threading.Event, *, wait: bool = True
    ) -> None:
        super().__init__(daemon=True)
        self.base, self.interval, self.stop, self.wait = base, interval, stop, wait
        self.publishes: list[dict] = []
        self.ready = threading.Event()

    @property
    def latencies(self) -> list[float]:
        return [p["searchable_s"] for p in self.publishes if p.get("searchable_s") is not None]

    @property
    def errors(self) -> list[str]:
        return [p["error"] for p in self.publishes if p.get("error")]

    def run(self) -> None:
        from django.db import connection

        from kb.guidance.models import GuidancePage, KnowledgePage

        # Guidance pages: a generated procedure's time limits name events by their text, which
        # the generator rewrites, so publishing one again fails the steps' validation.
        ids = list(
            KnowledgePage.objects.live()
            .type(GuidancePage)
            .filter(visibility="public", locale__language_code="cs")
            .order_by("pk")
            .values_list("pk", flat=True)[:300]
        )
        rng = random.Random(15)
        rng.shuffle(ids)
        self.ready.set()
        n = 0
        while not self.stop.wait(self.interval):
            token = "qz" + "".join(rng.choice(string.ascii_lowercase) for _ in range(8))
            record = {"t": time.time(), "page": ids[n % len(ids)], "token": token}
            n += 1
            self.publishes.append(record)
            try:
                page = KnowledgePage.objects.get(pk=record["page"]).specific
                page.title = f"{page.title.split(' qz')[0]} {token}"
                started = time.monotonic()
                page.save_revision().publish()
                record["published"] = True
            except Exception as error:  # the database may be down: recorded
                record["published"] = False
                record["error"] = f"publish: {type(error).__name__}: {str(error)[:200]}"
                connection.close()
                continue
            if not self.wait:
                continue
            try:
                while not searchable(self.base, token):
                    if time.monotonic() - started > 30:
                        raise RuntimeError(f"{token} not searchable after 30 s")
                    time.sleep(0.05)
                record["searchable_s"] = round(time.monotonic() - started, 3)
            except Exception as error:  # reported, never fatal to the run
                record["error"] = str(error)[:300]


class Locust:
    """locust headless in the background with the mixed traffic of bench/locustfile.py."""

    def __init__(
        self,
        base: str,
        work: Path,
        users: int,
        seconds: int,
        page_ids: list[int],
        env: dict[str, str],
        log: Path | None = None,
    ) -> None:
        self.prefix = str(work / "locust")
        command = [str(BIN / "locust"), "-f", str(ROOT / "bench" / "locustfile.py")]
        command += ["--headless", "-u", str(users), "-r", str(max(1, users // 2))]
        command += ["-t", f"{seconds}s", "--host", base, "--csv", self.prefix]
        command += ["--only-summary", "--loglevel", "WARNING", "--stop-timeout", "15"]
        extra = {"BENCH_PAGE_IDS": json.dumps(page_ids)}
        if log:
            extra["BENCH_REQUEST_LOG"] = str(log)
        self.stderr = open(work / "locust.log", "w")  # noqa: SIM115 - closed in wait()
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**env, **extra},
            stdout=subprocess.DEVNULL,
            stderr=self.stderr,
            start_new_session=True,
        )

    def wait(self, timeout: float) -> None:
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGINT)
            self.process.wait(timeout=30)
        self.stderr.close()

    def stats(self) -> dict:
        rows = {}
        with open(f"{self.prefix}_stats.csv") as file:
            for row in csv.DictReader(file):
                rows[row["Name"]] = {
                    "requests": int(row["Request Count"]),
                    "failures": int(row["Failure Count"]),
                    "rps": round(float(row["Requests/s"]), 1),
                    "p50_ms": float(row["50%"] or 0),
                    "p95_ms": float(row["95%"] or 0),
                    "p99_ms": float(row["99%"] or 0),
                }
        return rows

    def failures(self) -> list[dict]:
        with open(f"{self.prefix}_failures.csv") as file:
            return [
                {"name": r["Name"], "error": r["Error"][:200], "count": int(r["Occurrences"])}
                for r in csv.DictReader(file)
            ]


def public_page_ids(limit: int = 500) -> list[int]:
    from kb.guidance.models import KnowledgePage

    return list(
        KnowledgePage.objects.live()
        .filter(visibility="public")
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )


def outbox_pending() -> int:
    from search.models import IndexOutboxEntry

    return IndexOutboxEntry.objects.filter(processed_at__isnull=True).count()


def indexed_title(page_id: int, locale: str = "cs") -> str | None:
    """The page's title in the engine's index (straight from the node), None if absent."""
    from django.conf import settings

    from search.client import alias_name

    url = settings.SEARCH_URL.split(",")[0].rstrip("/")
    try:
        with urllib.request.urlopen(
            f"{url}/{alias_name(locale)}/_doc/page-{page_id}", timeout=10
        ) as response:
            return json.loads(response.read())["_source"]["title"]
    except Exception:  # noqa: BLE001 - absent or unreachable: not indexed
        return None


def nothing_lost(publishes: list[dict], within: float = 90) -> dict:
    """After recovery: the outbox drains, and every page whose publish went through has its
    newest title in the engine's index (a page published twice: its last title).

    A publish cut off by the database going down may still have committed (the client saw
    the connection drop, not the answer): for such a page the database's live title decides,
    and it must be the last confirmed publish or one attempted after it."""
    from django.db import close_old_connections

    deadline = time.monotonic() + within
    pending = None
    while time.monotonic() < deadline:
        close_old_connections()
        try:
            pending = outbox_pending()
        except Exception:  # noqa: BLE001 - the database may still be coming back
            from django.db import connection

            connection.close()
            pending = None
        if pending == 0:
            break
        time.sleep(0.5)
    expected = _expected_tokens(publishes)
    live = {page: _live_title(page) for page in expected}  # settled once the outbox drained
    missing: list[dict] = []
    while True:
        missing = []
        for page, (token, *later) in expected.items():
            indexed = indexed_title(page) or ""
            wanted = next((t for t in (token, *later) if t in live[page]), None)
            if wanted is None or wanted not in indexed:
                missing.append(
                    {"page": page, "token": token, "live": live[page], "indexed": indexed}
                )
        if not missing or time.monotonic() > deadline:
            break
        time.sleep(1)
    return {
        "published": sum(1 for r in publishes if r.get("published")),
        "publish_failed": sum(1 for r in publishes if r.get("published") is False),
        "pages_checked": len(expected),
        "missing_from_index": missing,
        "outbox_pending": pending,
        "lost": bool(missing) or pending != 0,
    }


def _expected_tokens(publishes: list[dict]) -> dict[int, list[str]]:
    """Per page published at least once: its last confirmed token, then the tokens of the
    publishes attempted after it that failed (any of which may have committed)."""
    expected: dict[int, list[str]] = {}
    for record in publishes:
        if record.get("published"):
            expected[record["page"]] = [record["token"]]
        elif record.get("published") is False and record["page"] in expected:
            expected[record["page"]].append(record["token"])
    return expected


def _live_title(page_id: int) -> str:
    from kb.guidance.models import KnowledgePage

    return KnowledgePage.objects.filter(pk=page_id).values_list("title", flat=True).first() or ""


@dataclasses.dataclass
class LoadRun:
    """What one load run observed, before it is shaped into load.json."""

    seconds: float
    warm_up_s: float
    memory_start: dict
    memory_end: dict
    stats: dict[str, dict]
    failures: list[dict]
    editor: Editor
    lost: dict
    environment: dict


def run(
    pages: int, seconds: int, users: int, publish_every: float, web_workers: int | None = None
) -> dict:
    """The load test on a server of its own; Django must be set up (bench/load.py does)."""
    work = Path(tempfile.mkdtemp(prefix="kb-load."))
    with Site(work, web_workers) as site:
        observed = _observe(site, work, seconds, users, publish_every)
    return _load_result(pages, users, web_workers, observed)


def _observe(site: Site, work: Path, seconds: int, users: int, publish_every: float) -> LoadRun:
    """locust's traffic and the editor's publishes, memory after a warm-up and at the end."""
    ids = public_page_ids()
    stop = threading.Event()
    editor = Editor(site.base, publish_every, stop)
    editor.start()
    started = time.monotonic()
    locust = Locust(site.base, work, users, seconds, ids, site.env)
    # memory once everything has run (the worker has drained, every web worker answered)
    warm = min(15.0, seconds / 5)
    time.sleep(warm)
    memory_start = site.memory()
    locust.wait(timeout=seconds + 60)
    elapsed = time.monotonic() - started
    stop.set()
    editor.join(timeout=35)
    memory_end = site.memory()
    return LoadRun(
        seconds=elapsed,
        warm_up_s=warm,
        memory_start=memory_start,
        memory_end=memory_end,
        stats=locust.stats(),
        failures=locust.failures(),
        editor=editor,
        lost=nothing_lost(editor.publishes),
        environment=describe_environment(),
    )


def _load_result(pages: int, users: int, web_workers: int | None, run: LoadRun) -> dict:
    total = run.stats.get("Aggregated", {})
    start_mb, end_mb = run.memory_start["worker_mb"], run.memory_end["worker_mb"]
    growth = round(100 * (end_mb / start_mb - 1), 1) if start_mb else None
    return {
        "pages": pages,
        "seconds": round(run.seconds),
        "users": users,
        "server": "gunicorn -c kb/gunicorn.conf.py"
        + (f" (WEB_CONCURRENCY={web_workers})" if web_workers else "")
        + " + `manage.py run_worker` (outbox drain), no drain on commit",
        **run.environment,
        "throughput_rps": total.get("rps"),
        "p50_ms": total.get("p50_ms"),
        "p95_ms": total.get("p95_ms"),
        "p99_ms": total.get("p99_ms"),
        "requests": total.get("requests"),
        "errors": total.get("failures"),
        "error_rate": round(total.get("failures", 0) / max(1, total.get("requests", 1)), 4),
        "failures": run.failures,
        "by_request": {k: v for k, v in run.stats.items() if k != "Aggregated"},
        "publish_to_searchable": _publish_figures(run.editor),
        "nothing_lost": run.lost,
        "memory_start": run.memory_start,
        "memory_start_after_s": run.warm_up_s,
        "memory_end": run.memory_end,
        "worker_memory_growth_percent": growth,
    }


def _publish_figures(editor: Editor) -> dict:
    latencies = editor.latencies
    return {
        "n": len(latencies),
        "p50_s": round(statistics.median(latencies), 2) if latencies else None,
        "p95_s": percentile(latencies, 0.95),
        "max_s": round(max(latencies), 2) if latencies else None,
        "errors": editor.errors,
    }


def add_server_arguments(
    parser: argparse.ArgumentParser, *, publish_every: float, out: Path
) -> None:
    """The command-line options the load test and the faults share."""
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--publish-every", type=float, default=publish_every)
    parser.add_argument("--web-workers", type=int, default=None, help="WEB_CONCURRENCY")
    parser.add_argument("--out", default=str(out))


def write_json(path: Path, result: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n")
