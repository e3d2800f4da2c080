"""A bounded load test on the production server shape, against 127.0.0.1 only.

gunicorn (2 sync workers, bench settings, no drain on commit) + the outbox worker
(`search_index drain --follow`) + locust (bench/locustfile.py: GraphQL search 50 %, page 25 %,
autocomplete 15 %, /search/ HTML 10 %) while an editor publishes a page every few seconds
and waits for it to become searchable through GraphQL. Writes bench/results/load.json.

    BENCH_DB=... SEARCH_URL=... python bench/load.py --pages 1000 [--seconds 60] [--users 10]

The database and the engine indices must exist (bench/corpus.py, then a rebuild).
"""

import argparse
import contextlib
import csv
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

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS = ROOT / "bench" / "results"


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


def searchable(base: str, token: str) -> bool:
    body = json.dumps(
        {"query": f'{{ search(query: "{token}", locale: "cs", first: 1) {{ totalCount }} }}'}
    ).encode()
    request = urllib.request.Request(
        f"{base}/graphql/", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["data"]["search"]["totalCount"] > 0


class Editor(threading.Thread):
    """Publishes a page with a new unique word in its title every ``interval`` seconds and
    measures how long until GraphQL search finds it."""

    def __init__(self, base: str, interval: float, stop: threading.Event):
        super().__init__(daemon=True)
        self.base, self.interval, self.stop = base, interval, stop
        self.latencies: list[float] = []
        self.errors: list[str] = []

    def run(self):
        import django

        sys.path.insert(0, str(ROOT))
        django.setup()
        from kb.guidance.models import GuidancePage, KnowledgePage

        # Guidance pages: a generated procedure's time limits name events by their text, which
        # the generator rewrites, so publishing one again fails the steps' validation.
        ids = list(
            KnowledgePage.objects.live()
            .type(GuidancePage)
            .filter(visibility="public", locale__language_code="cs")
            .values_list("pk", flat=True)[:200]
        )
        rng = random.Random(15)
        while not self.stop.wait(self.interval):
            token = "qz" + "".join(rng.choice(string.ascii_lowercase) for _ in range(8))
            try:
                page = KnowledgePage.objects.get(pk=rng.choice(ids)).specific
                page.title = f"{page.title.split(' qz')[0]} {token}"
                started = time.monotonic()
                page.save_revision().publish()
                while not searchable(self.base, token):
                    if time.monotonic() - started > 30:
                        raise RuntimeError(f"{token} not searchable after 30 s")
                    time.sleep(0.05)
                self.latencies.append(time.monotonic() - started)
            except Exception as error:  # reported, never fatal to the run
                self.errors.append(str(error)[:300])


def locust_stats(prefix: str) -> dict:
    rows = {}
    with open(f"{prefix}_stats.csv") as file:
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


def run(pages: int, seconds: int, users: int, publish_every: float) -> dict:
    env = {**os.environ, "SEARCH_DRAIN_ON_COMMIT": "0", "DJANGO_SETTINGS_MODULE": "bench.settings"}
    os.environ.update(env)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    work = Path(tempfile.mkdtemp(prefix="kb-load."))
    processes = []
    logs = contextlib.ExitStack()
    try:
        server = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "kb.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "2",
                "--timeout",
                "60",
                "--access-logfile",
                "-",
                "--error-logfile",
                str(work / "gunicorn.log"),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        processes.append(server)
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "search_index", "drain", "--follow", "--interval", "0.5"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=logs.enter_context(open(work / "worker.log", "w")),  # noqa: SIM115
            start_new_session=True,
        )
        processes.append(worker)
        wait_for(f"{base}/graphql/?query=%7Bregions%7Bcode%7D%7D")
        import django

        sys.path.insert(0, str(ROOT))
        django.setup()
        from kb.guidance.models import KnowledgePage

        ids = list(
            KnowledgePage.objects.live()
            .filter(visibility="public")
            .values_list("pk", flat=True)[:500]
        )
        time.sleep(2)
        memory_start = {"worker_mb": rss_mb(worker.pid), "web_workers_mb": children_rss(server.pid)}
        stop = threading.Event()
        editor = Editor(base, publish_every, stop)
        editor.start()
        prefix = str(work / "locust")
        started = time.monotonic()
        subprocess.run(
            [
                str(BIN / "locust"),
                "-f",
                str(ROOT / "bench" / "locustfile.py"),
                "--headless",
                "-u",
                str(users),
                "-r",
                str(max(1, users // 2)),
                "-t",
                f"{seconds}s",
                "--host",
                base,
                "--csv",
                prefix,
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            cwd=ROOT,
            env={**env, "BENCH_PAGE_IDS": json.dumps(ids)},
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=logs.enter_context(open(work / "locust.log", "w")),  # noqa: SIM115
        )
        elapsed = time.monotonic() - started
        stop.set()
        editor.join(timeout=35)
        memory_end = {"worker_mb": rss_mb(worker.pid), "web_workers_mb": children_rss(server.pid)}
        stats = locust_stats(prefix)
        total = stats.get("Aggregated", {})
        latencies = sorted(editor.latencies)
        growth = (
            round(100 * (memory_end["worker_mb"] / memory_start["worker_mb"] - 1), 1)
            if memory_start["worker_mb"]
            else None
        )
        return {
            "pages": pages,
            "seconds": round(elapsed),
            "users": users,
            "server": "gunicorn, 2 sync workers; outbox worker `search_index drain --follow`; SQLite",
            "throughput_rps": total.get("rps"),
            "p50_ms": total.get("p50_ms"),
            "p95_ms": total.get("p95_ms"),
            "p99_ms": total.get("p99_ms"),
            "requests": total.get("requests"),
            "errors": total.get("failures"),
            "error_rate": round(total.get("failures", 0) / max(1, total.get("requests", 1)), 4),
            "by_request": {k: v for k, v in stats.items() if k != "Aggregated"},
            "publish_to_searchable": {
                "n": len(latencies),
                "p50_s": round(statistics.median(latencies), 2) if latencies else None,
                "p95_s": round(
                    latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))], 2
                )
                if latencies
                else None,
                "errors": editor.errors,
            },
            "memory_start": memory_start,
            "memory_end": memory_end,
            "worker_memory_growth_percent": growth,
        }
    finally:
        logs.close()
        for process in processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--publish-every", type=float, default=3.0)
    parser.add_argument("--out", default=str(RESULTS / "load.json"))
    args = parser.parse_args()
    result = run(args.pages, args.seconds, args.users, args.publish_every)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "by_request"}, indent=2))


if __name__ == "__main__":
    main()
