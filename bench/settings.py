"""Benchmark settings: the dev settings plus Wagtail's stock search backend on the same
engine node (the peer to compare against) and Wagtail's API v2 (the page-delivery peer).
Rate limits stay in the request path but are too high to refuse a benchmark; a list may hold
100 items so the query count can be measured at 10, 50 and 100. The database is PostgreSQL
(DATABASE_URL, as bench/run.sh sets it); without DATABASE_URL a SQLite file (BENCH_DB)."""

import os
from typing import Any

from kb.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
if os.environ.get("DATABASE_URL"):
    # PostgreSQL (bench/run.sh starts one): as production does, connections are kept and
    # checked first, so a PostgreSQL restart costs the next request a reconnect, not an error.
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
else:
    # Explicit fallback without DATABASE_URL: a SQLite file (BENCH_DB). Several processes
    # write under load (gunicorn workers, the outbox worker, the editor): WAL lets readers run
    # beside the writer, IMMEDIATE makes a writer wait its turn instead of failing when its
    # read lock cannot be upgraded.
    DATABASES["default"] = {  # noqa: F405
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("BENCH_DB", str(BASE_DIR / "var" / "bench.sqlite3")),  # noqa: F405
        "OPTIONS": {
            "timeout": 30,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        },
    }
INSTALLED_APPS += ["wagtail.api.v2", "rest_framework"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
# Typed Any: kb's settings declare every backend option a string, and URLS is a list.
stock_search: Any = {
    "BACKEND": "modelsearch.backends.elasticsearch7",
    "URLS": [os.environ.get("SEARCH_URL", "http://127.0.0.1:9200")],
    "INDEX_PREFIX": "bench-stock-",
    "AUTO_UPDATE": False,
}
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
    "stock": stock_search,
}
KB_API_RATE_LIMITS = {name: 10**9 for name in KB_API_RATE_LIMITS}  # noqa: F405
KB_API_MAX_PAGE_SIZE = 100
LOGGING = {"version": 1, "disable_existing_loggers": True}
