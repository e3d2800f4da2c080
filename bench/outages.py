"""Faults under load (bench/faults.py is the command line): the production server
(bench/traffic.py's Site: gunicorn + the worker) serves locust's mixed traffic while an editor
publishes a page every few seconds, and one after the other:

- kill:     the engine node is SIGKILLed, then started again (same data directory);
- freeze:   the engine node is SIGSTOPped for ~10 s, then SIGCONTed;
- postgres: PostgreSQL is stopped (pg_ctl -m fast) and started again on the same port.

For each fault: the requests inside the fault window (from the fault until it ends) and what
went wrong (HTTP status codes, GraphQL error codes) or was degraded (search answered from the
database, with the reason `unavailableFeatures` gives); the recovery time (from the end of
the fault until every search is answered from the engine again); errors outside the windows;
and that nothing was lost: after the last fault the outbox drains and every page published
before, during and after the faults has its new title in the engine's index.

The engine node must have been started with tests/support/engine/engine.sh (BENCH_ENGINE:
opensearch or elasticsearch) and PostgreSQL with tests/support/postgres.sh.
"""

import dataclasses
import json
import os
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from bench import ROOT
from bench.traffic import Editor, Locust, Site, describe_environment, nothing_lost, public_page_ids

ENGINE_SH = ROOT / "tests" / "support" / "engine" / "engine.sh"
SEARCHES = {"graphql search", "/search/ html"}
FAULTS = ("kill", "freeze", "postgres")


# -- the faults ----------------------------------------------------------------------------


class Engine:
    def __init__(self, kind: str, datadir: Path, url: str) -> None:
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

    def __init__(self, directory: Path) -> None:
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


@dataclasses.dataclass
class Plan:
    """How the faults are run (bench/faults.py's options)."""

    users: int = 10
    publish_every: float = 2.0
    freeze_seconds: float = 10
    down_seconds: float = 3
    settle: float = 5
    recovery_timeout: float = 120
    need: int = 20
    web_workers: int | None = None


@dataclasses.dataclass
class FaultRun:
    """What one run observed, before it is shaped into faults.json."""

    work: Path
    environment: dict
    ready: float
    windows: list[dict]
    publishes: list[dict]
    lost: dict

    @property
    def log(self) -> Path:
        return self.work / "requests.jsonl"


def run(pages: int, faults: list[str], plan: Plan) -> dict:
    """The faults one after the other under load; Django must be set up (bench/faults.py)."""
    from django.conf import settings

    engine = Engine(
        os.environ.get("BENCH_ENGINE", settings.SEARCH_ENGINE),
        Path(os.environ["BENCH_ENGINE_DIR"]),
        settings.SEARCH_URL.split(",")[0],
    )
    postgres = Postgres(Path(os.environ["BENCH_PG_DIR"])) if "postgres" in faults else None
    work = Path(tempfile.mkdtemp(prefix="kb-faults."))
    with Site(work, plan.web_workers) as site:
        environment = describe_environment()
        stop = threading.Event()
        editor = Editor(site.base, plan.publish_every, stop, wait=False)
        editor.start()
        editor.ready.wait(30)
        log = work / "requests.jsonl"
        locust = Locust(site.base, work, plan.users, 3600, public_page_ids(), site.env, log=log)
        try:
            ready = wait_recovered(log, time.time(), plan.need, plan.recovery_timeout)
            if ready is None:
                raise RuntimeError(f"search never answered from the engine; see {work}")
            windows = _fault_windows(faults, engine, postgres, plan, log)
        finally:
            stop.set()
            editor.join(timeout=40)
            os.killpg(locust.process.pid, signal.SIGTERM)
            locust.wait(timeout=30)
        lost = nothing_lost(editor.publishes, within=plan.recovery_timeout)
    observed = FaultRun(work, environment, ready, windows, editor.publishes, lost)
    return _faults_result(pages, plan, observed)


def _fault_windows(
    faults: list[str], engine: Engine, postgres: Postgres | None, plan: Plan, log: Path
) -> list[dict]:
    """Each fault in turn, with publishes before, between and after them."""
    windows: list[dict] = []
    time.sleep(plan.settle)  # publishes before the first fault
    for fault in faults:
        window: dict = {"fault": fault, "start": time.time()}
        window["what"] = _inject(fault, engine, postgres, plan)
        window["end"] = time.time()
        window["recovered"] = wait_recovered(log, window["end"], plan.need, plan.recovery_timeout)
        windows.append(window)
        time.sleep(plan.settle)  # publishes after the fault, before the next one
    return windows


def _inject(fault: str, engine: Engine, postgres: Postgres | None, plan: Plan) -> str:
    """Cause one fault and end it; returns what was done, in words."""
    if fault == "kill":
        engine.kill(plan.down_seconds)
        return f"SIGKILL the {engine.kind} node, start it again"
    if fault == "freeze":
        engine.freeze(plan.freeze_seconds)
        return f"SIGSTOP the {engine.kind} node {plan.freeze_seconds:g} s, SIGCONT"
    if fault == "postgres":
        assert postgres is not None
        postgres.restart(plan.down_seconds)
        return f"pg_ctl stop -m fast, {plan.down_seconds:g} s down, pg_ctl start"
    raise ValueError(f"unknown fault {fault!r}; choose from {FAULTS}")


def _faults_result(pages: int, plan: Plan, run: FaultRun) -> dict:
    from django.conf import settings

    rows = read_log(run.log)
    origin = rows[0]["t"] if rows else 0.0
    ranges = [(w["start"], w["recovered"] or float("inf")) for w in run.windows]
    warm_up = [r for r in rows if r["t"] < run.ready]
    elsewhere = [
        r for r in rows if r["t"] >= run.ready and not any(overlaps(r, a, b) for a, b in ranges)
    ]
    return {
        "pages": pages,
        "users": plan.users,
        "server": "gunicorn -c kb/gunicorn.conf.py + `manage.py run_worker`, no drain on commit",
        **run.environment,
        "settings": {
            "SEARCH_TIMEOUT": settings.SEARCH_TIMEOUT,
            "SEARCH_CONNECT_TIMEOUT": settings.SEARCH_CONNECT_TIMEOUT,
            "SEARCH_BREAKER_COOLDOWN": settings.SEARCH_BREAKER_COOLDOWN,
            "recovered_when": f"{plan.need} search answers in a row from the engine",
        },
        "requests": len(rows),
        "faults": [summarize(rows, w, origin) for w in run.windows],
        "warm_up": {"seconds": round(run.ready - origin, 1), **tally(warm_up)},
        "outside_faults": tally(elsewhere),
        "publishes": {
            "every_s": plan.publish_every,
            "failed": [
                {"t": round(p["t"], 1), "error": p["error"]}
                for p in run.publishes
                if p.get("published") is False
            ],
        },
        "nothing_lost": run.lost,
        "work_dir": str(run.work),
    }
