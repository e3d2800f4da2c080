"""PostgreSQL restarts under a running gunicorn and worker (started the way `make serve`
starts them): both reconnect by themselves; /health/ready is 200 again within seconds and
the worker's heartbeat is fresh, with no restart of either process."""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
POSTGRES_SH = ROOT / "tests" / "support" / "postgres.sh"

pytestmark = pytest.mark.postgres


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ready(port) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/ready", timeout=5) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)
    except OSError:
        return 0, {}


def wait_until_ready(port, timeout=60) -> dict:
    deadline = time.monotonic() + timeout
    status, body = 0, {}
    while time.monotonic() < deadline:
        status, body = ready(port)
        if status == 200:
            return body
        time.sleep(0.5)
    raise AssertionError(f"not ready after {timeout} s: {status} {body}")


@pytest.fixture
def private_postgres():
    directory = Path(tempfile.mkdtemp(prefix="kb-pg-restart-"))
    url = subprocess.run(
        ["bash", str(POSTGRES_SH), "start", str(directory / "pg")],
        check=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # the server inherits it: a pipe would never close
        text=True,
    ).stdout.strip()
    yield url, directory / "pg"
    subprocess.run(["bash", str(POSTGRES_SH), "stop", str(directory / "pg")], check=False)
    shutil.rmtree(directory, ignore_errors=True)


def restart_postgres(pgdir: Path) -> None:
    pg_ctl = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))[-1]
    command = [str(pg_ctl), "-D", str(pgdir / "data"), "-m", "fast", "-w", "restart"]
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_web_and_worker_survive_a_postgres_restart(private_postgres):
    url, pgdir = private_postgres
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "kb.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "SEARCH_URL": "",
        "KB_WORKER_POLL_SECONDS": "0.5",
        "WEB_CONCURRENCY": "1",
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "GUNICORN_ACCESS_LOG": "/dev/null",
    }
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True
    )
    subprocess.run([python, "manage.py", "createcachetable"], cwd=ROOT, env=env, check=True)
    processes = [
        subprocess.Popen([python, "manage.py", "run_worker"], cwd=ROOT, env=env),
        subprocess.Popen(
            [python, "-m", "gunicorn", "-c", "kb/gunicorn.conf.py", "kb.wsgi:application"],
            cwd=ROOT,
            env=env,
        ),
    ]
    try:
        body = wait_until_ready(port)
        assert body["checks"]["database"]["vendor"] == "postgresql"

        restart_postgres(pgdir)
        restarted = time.monotonic()
        body = wait_until_ready(port, timeout=45)
        assert time.monotonic() - restarted < 45
        # The worker reconnected too: its heartbeat is newer than the restart.
        assert body["checks"]["worker"]["heartbeat_age_seconds"] < time.monotonic() - restarted + 2
        assert all(p.poll() is None for p in processes), "a process died instead of reconnecting"
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=40)
