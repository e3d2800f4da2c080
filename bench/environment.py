"""What a benchmark ran on, recorded beside its figures: machine, versions, database, engine.
Django must be set up before these are called."""

import os
import platform
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench import ROOT

if TYPE_CHECKING:
    from search.client import EngineClient


def engine_client() -> "EngineClient":
    """The configured engine's client; the benchmarks need one (SEARCH_URL)."""
    from search.client import get_client

    client = get_client()
    if client is None:
        raise RuntimeError("no search engine configured: set SEARCH_URL")
    return client


def database_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
    return f"{connection.vendor} {sqlite3.sqlite_version}"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def environment() -> dict:
    """The side-by-side measurements' environment (bench/measure.py)."""
    import django
    import graphene_django
    import wagtail

    return {
        "when": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "commit": _git("rev-parse", "--short", "HEAD")
        + ("+dirty" if _git("status", "--porcelain") else ""),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores ({_cpu()}), "
        f"{platform.system()} {platform.release()}",
        "load_average": os.getloadavg(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "graphene_django": graphene_django.__version__,
        "engine": engine_client().version(),
        "database": database_version(),
        "client": "Django test client, in-process (full middleware and views, no socket)",
    }
