"""Helpers for the bench smoke tests: a database of their own on the PostgreSQL server that
make test provisions (corpus.py replaces its public schema), dropped after."""

import os
import subprocess
import sys
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest

from bench import ROOT


@pytest.fixture
def bench_database_url():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        pytest.fail("DATABASE_URL is not PostgreSQL: run through `make test`")
    name = f"bench_smoke_{uuid.uuid4().hex[:8]}"
    subprocess.run(["psql", "-q", url, "-c", f'CREATE DATABASE "{name}"'], check=True)
    parts = urlsplit(url)
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        subprocess.run(
            ["psql", "-q", url, "-c", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'],
            check=False,
        )


def run_python(env: dict, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run one of the project's scripts (bench/*.py, manage.py) as the benchmark does; a
    failure shows the end of its output."""
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done
