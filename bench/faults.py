"""Faults under load: the production server (bench/load.py's Site: gunicorn + the worker)
serves locust's mixed traffic while an editor publishes a page every few seconds, and one
after the other:

- kill:     the engine node is SIGKILLed, then started again (same data directory);
- freeze:   the engine node is SIGSTOPped for ~10 s, then SIGCONTed;
- postgres: PostgreSQL is stopped (pg_ctl -m fast) and started again on the same port.

For each fault: the requests inside the fault window (from the fault until it ends) and what
went wrong (HTTP status codes, GraphQL error codes) or was degraded (search answered from the
database, with the reason `unavailableFeatures` gives); the recovery time (from the end of
the fault until every search is answered from the engine again); errors outside the windows;
and that nothing was lost: after the last fault the outbox drains and every page published
before, during and after the faults has its new title in the engine's index.
Writes bench/results/faults.json.

    DATABASE_URL=... SEARCH_URL=... BENCH_ENGINE_DIR=<engine.sh DATADIR> \\
    BENCH_PG_DIR=<postgres.sh DIR> python bench/faults.py --pages 1000 [--faults kill,freeze,postgres]

The engine node must have been started with tests/support/engine/engine.sh (BENCH_ENGINE:
opensearch or elasticsearch) and PostgreSQL with tests/support/postgres.sh.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import (  # noqa: E402
    RESULTS,
    ROOT,
    Editor,
    Locust,
    Site,
    describe_environment,
    nothing_lost,
    public_page_ids,
    setup_django,
)

ENGINE_SH = ROOT / "tests" / "support" / "engine" / "engine.sh"
SEARCHES = {"graphql search", "/search/ html"}
FAULTS = ("kill", "freeze", "postgres")


# -- the faults ----------------------------------------------------------------------------


class Engine:
    def __init__(self, kind: str, datadir: Path, url: str):
        self.kind, self.datadir, self.port = kind, datadir, urlsplit(url).port

    def pid(self) -> int:
        return int((self.datadir / "engine.pid").read_text())

    def kill(self, down: float) -> None:
        os.kill(self.pid(), signal.SIGKILL)
        time.sleep(down)
        subprocess.run(
            ["bash", str(ENGINE_SH), "start", self.kind, str(self.port), str(self.datadir)],
            check=True,
            capture_output=True,
            timeout=300,
        )

    def freeze(self, seconds: float) -> None:
        pid = self.pid()
        os.kill(pid, signal.SIGSTOP)
        try:
            time.sleep(seconds)
        finally:
            os.kill(pid, signal.SIGCONT)


class Postgres:
    """The server tests/support/postgres.sh started in DIR, restarted on the same port."""

    def __init__(self, directory: Path):
        self.dir = directory
        self.port = (directory / "port").read_text().strip()
        self.bin = sorted(
            Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: float(p.parent.name)
        )[-1]

    def pg_ctl(self, *args: str) -> None:
        command = [str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), *args]
        if os.geteuid() == 0:  # postgres refuses to run as root (as postgres.sh does)
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def restart(self, down: float) -> None:
        self.pg_ctl("-m", "fast", "-w", "stop")
        time.sleep(down)
        options = (
            f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=100"
        )
        self.pg_ctl("-l", str(self.dir / "server.log"), "-w", "-t", "60", "-o", options, "start")


# -- reading the request log -----------------------------------------------------------------


def read_log(path: Path) -> list[dict]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text().splitlines():
        try:
            rows.append(json.loads(line))
        except ValueError:
            continue  # a line cut short when locust stopped
    return sorted(rows, key=lambda r: r["t"])


def good(row: dict) -> bool:
    return row["ok"] and not row["degraded"]


def recovered_at(rows: list[dict], since: float, need: int) -> float | None:
    """The start of the first search answered from the engine after which ``need`` search
    answers in a row came from the engine, counting requests started after ``since``."""
    streak, first = 0, None
    for row in rows:
        if row["t"] < since or row["name"] not in SEARCHES:
            continue
        if good(row):
            first = row["t"] if streak == 0 else first
            streak += 1
            if streak >= need:
                return first
        else:
            streak, first = 0, None
    return None


def tally(rows: list[dict]) -> dict:
    errors: dict[str, int] = {}
    degraded: dict[str, int] = {}
    for row in rows:
        if not row["ok"]:
            key = f"{row['name']}: {row['error']}"
            errors[key] = errors.get(key, 0) + 1
        elif row["degraded"]:
            key = f"{row['name']}: {row['degraded']}"
            degraded[key] = degraded.get(key, 0) + 1
    return {
        "requests": len(rows),
        "errors": sum(errors.values()),
        "errors_by_kind": dict(sorted(errors.items())),
        "degraded": sum(degraded.values()),
        "degraded_by_kind": dict(sorted(degraded.items())),
    }


def overlaps(row: dict, start: float, end: float) -> bool:
    """The request was in flight at some moment of [start, end]."""
    return row["t"] <= end and row["t"] + row["ms"] / 1000 >= start


def summarize(rows: list[dict], window: dict, origin: float) -> dict:
    start, end, back = window["start"], window["end"], window.get("recovered")
    inside = [r for r in rows if overlaps(r, start, end)]
    after = [r for r in rows if r["t"] > end and back is not None and r["t"] < back]
    return {
        "fault": window["fault"],
        "what": window["what"],
        "at_s": round(start - origin, 1),
        "fault_seconds": round(end - start, 1),
        "during_fault": tally(inside),
        "until_recovered": tally(after),
        "recovery_s": round(max(0.0, back - end), 1) if back is not None else None,
    }


# -- the run -----------------------------------------------------------------------------------


def wait_recovered(log: Path, since: float, need: int, timeout: float) -> float | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        at = recovered_at(read_log(log), since, need)
        if at is not None:
            return at
        time.sleep(0.5)
    return None


def run(
    pages: int,
    faults: list[str],
    *,
    users: int = 10,
    publish_every: float = 2.0,
    freeze_seconds: float = 10,
    down_seconds: float = 3,
    settle: float = 5,
    recovery_timeout: float = 120,
    need: int = 20,
    web_workers: int | None = None,
) -> dict:
    setup_django()
    from django.conf import settings

    engine = Engine(
        os.environ.get("BENCH_ENGINE", settings.SEARCH_ENGINE),
        Path(os.environ["BENCH_ENGINE_DIR"]),
        settings.SEARCH_URL.split(",")[0],
    )
    postgres = Postgres(Path(os.environ["BENCH_PG_DIR"])) if "postgres" in faults else None
    work = Path(tempfile.mkdtemp(prefix="kb-faults."))
    log = work / "requests.jsonl"
    windows: list[dict] = []
    with Site(work, web_workers) as site:
        environment = describe_environment()
        stop = threading.Event()
        editor = Editor(site.base, publish_every, stop, wait=False)
        editor.start()
        editor.ready.wait(30)
        locust = Locust(site.base, work, users, 3600, public_page_ids(), site.env, log=log)
        try:
            ready = wait_recovered(log, time.time(), need, recovery_timeout)
            if ready is None:
                raise RuntimeError(f"search never answered from the engine; see {work}")
            time.sleep(settle)  # publishes before the first fault
            for fault in faults:
                window = {"fault": fault, "start": time.time()}
                if fault == "kill":
                    window["what"] = f"SIGKILL the {engine.kind} node, start it again"
                    engine.kill(down_seconds)
                elif fault == "freeze":
                    window["what"] = f"SIGSTOP the {engine.kind} node {freeze_seconds:g} s, SIGCONT"
                    engine.freeze(freeze_seconds)
                elif fault == "postgres":
                    window["what"] = f"pg_ctl stop -m fast, {down_seconds:g} s down, pg_ctl start"
                    assert postgres is not None
                    postgres.restart(down_seconds)
                else:
                    raise ValueError(f"unknown fault {fault!r}; choose from {FAULTS}")
                window["end"] = time.time()
                window["recovered"] = wait_recovered(log, window["end"], need, recovery_timeout)
                windows.append(window)
                time.sleep(settle)  # publishes after the fault, before the next one
        finally:
            stop.set()
            editor.join(timeout=40)
            os.killpg(locust.process.pid, signal.SIGTERM)
            locust.wait(timeout=30)
        lost = nothing_lost(editor.publishes, within=recovery_timeout)
    rows = read_log(log)
    origin = rows[0]["t"] if rows else 0.0
    results = [summarize(rows, w, origin) for w in windows]
    ranges = [(w["start"], w["recovered"] or float("inf")) for w in windows]
    warm_up = [r for r in rows if r["t"] < ready]
    elsewhere = [
        r for r in rows if r["t"] >= ready and not any(overlaps(r, a, b) for a, b in ranges)
    ]
    return {
        "pages": pages,
        "users": users,
        "server": "gunicorn -c kb/gunicorn.conf.py + `manage.py run_worker`, no drain on commit",
        **environment,
        "settings": {
            "SEARCH_TIMEOUT": settings.SEARCH_TIMEOUT,
            "SEARCH_CONNECT_TIMEOUT": settings.SEARCH_CONNECT_TIMEOUT,
            "SEARCH_BREAKER_COOLDOWN": settings.SEARCH_BREAKER_COOLDOWN,
            "recovered_when": f"{need} search answers in a row from the engine",
        },
        "requests": len(rows),
        "faults": results,
        "warm_up": {"seconds": round(ready - origin, 1), **tally(warm_up)},
        "outside_faults": tally(elsewhere),
        "publishes": {
            "every_s": publish_every,
            "failed": [
                {"t": round(p["t"], 1), "error": p["error"]}
                for p in editor.publishes
                if p.get("published") is False
            ],
        },
        "nothing_lost": lost,
        "work_dir": str(work),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--faults", default=",".join(FAULTS))
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--publish-every", type=float, default=2.0)
    parser.add_argument("--freeze-seconds", type=float, default=10)
    parser.add_argument("--down-seconds", type=float, default=3)
    parser.add_argument("--settle", type=float, default=5)
    parser.add_argument("--web-workers", type=int, default=None, help="WEB_CONCURRENCY")
    parser.add_argument("--out", default=str(RESULTS / "faults.json"))
    args = parser.parse_args()
    result = run(
        args.pages,
        [f for f in args.faults.split(",") if f],
        users=args.users,
        publish_every=args.publish_every,
        freeze_seconds=args.freeze_seconds,
        down_seconds=args.down_seconds,
        settle=args.settle,
        web_workers=args.web_workers,
    )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
