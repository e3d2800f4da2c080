"""A bounded bench/faults.py: the production server under mixed traffic with an editor
publishing, while its own OpenSearch node is frozen and its own PostgreSQL is restarted
(the engine killed and started again is left to `make bench-full`: a node start alone takes
longer than this test may). Behaviour only, never timings: an engine fault never fails a request (searches
degrade to the database and say so), every fault is recovered from, and nothing published
before, during or after the faults is lost."""

import importlib.util
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from bench import ROOT
from bench.traffic import free_port

from .conftest import run_python

ENGINE_SH = ROOT / "tests" / "support" / "engine" / "engine.sh"
POSTGRES_SH = ROOT / "tests" / "support" / "postgres.sh"

pytestmark = [pytest.mark.bench_smoke, pytest.mark.engine, pytest.mark.postgres]


def test_engine_and_database_faults_under_load_lose_nothing(tmp_path):
    if importlib.util.find_spec("locust") is None:
        pytest.fail("locust is not installed: make install (requirements.lock has the bench extra)")
    # postgres.sh runs the server as the postgres user when root: it must reach the directory
    base = Path(tempfile.mkdtemp(prefix="kb-faults-smoke."))
    base.chmod(0o755)
    port, node, pg = free_port(), base / "node", base / "pg"
    starting = subprocess.Popen(
        ["bash", str(ENGINE_SH), "start", "opensearch", str(port), str(node)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = subprocess.run(
            ["bash", str(POSTGRES_SH), "start", str(pg)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": url,
            "SEARCH_URL": f"http://127.0.0.1:{port}",
            "SEARCH_ENGINE": "opensearch",
            "SEARCH_INDEX_PREFIX": "faults-smoke",
            "SEARCH_DRAIN_ON_COMMIT": "0",
            "SEARCH_TIMEOUT": "2",
            "SEARCH_BREAKER_COOLDOWN": "1",
            "BENCH_ENGINE": "opensearch",
            "BENCH_ENGINE_DIR": str(node),
            "BENCH_PG_DIR": str(pg),
        }

        def run(*args, timeout=300):
            return run_python(env, *args, timeout=timeout)

        run("bench/corpus.py", "--pages", "0")  # the demo site; restored from a dump after once
        assert starting.wait(timeout=240) == 0, starting.stderr.read()
        # The 2 s SEARCH_TIMEOUT is for the faults; building the indices on a loaded machine
        # may take longer (it is not what this test measures).
        run_python({**env, "SEARCH_TIMEOUT": "30"}, "manage.py", "search_index", "rebuild")
        out = tmp_path / "faults.json"
        run(
            "bench/faults.py",
            "--pages", "0",
            "--faults", "freeze,postgres",
            "--users", "3",
            "--web-workers", "2",
            "--publish-every", "0.5",
            "--freeze-seconds", "3",
            "--down-seconds", "1",
            "--settle", "1",
            "--out", str(out),
        )  # fmt: skip
        result = json.loads(out.read_text())
        faults = {f["fault"]: f for f in result["faults"]}
        assert set(faults) == {"freeze", "postgres"}
        freeze = faults["freeze"]
        assert freeze["recovery_s"] is not None, freeze  # searches come from the engine again
        assert freeze["during_fault"]["errors"] == 0, freeze
        assert freeze["until_recovered"]["errors"] == 0, freeze
        assert freeze["during_fault"]["degraded"] + freeze["until_recovered"]["degraded"] > 0
        # PostgreSQL down: requests may fail while it is down, none once it is back.
        assert faults["postgres"]["recovery_s"] is not None
        assert faults["postgres"]["until_recovered"]["errors"] == 0, faults["postgres"]
        assert result["outside_faults"]["errors"] == 0, result["outside_faults"]
        lost = result["nothing_lost"]
        assert lost["published"] >= 5 and lost["pages_checked"] >= 5, lost
        assert not lost["lost"], lost
    finally:
        starting.kill()
        subprocess.run(["bash", str(ENGINE_SH), "stop", str(node)], capture_output=True)
        subprocess.run(["bash", str(POSTGRES_SH), "stop", str(pg)], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
