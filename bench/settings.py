"""Benchmark settings: the dev settings plus Wagtail's stock search backend on the same
engine node (the peer to compare against) and Wagtail's API v2 (the page-delivery peer).
Rate limits stay in the request path but are too high to refuse a benchmark; a list may hold
100 items so the query count can be measured at 10, 50 and 100."""

import os

from kb.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
DATABASES["default"]["NAME"] = os.environ.get(  # noqa: F405
    "BENCH_DB",
    str(BASE_DIR / "var" / "bench.sqlite3"),  # noqa: F405
)
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    # Several processes write under load (gunicorn workers, the outbox worker, the editor):
    # WAL lets readers run beside the writer, IMMEDIATE makes a writer wait its turn
    # instead of failing when its read lock cannot be upgraded.
    DATABASES["default"]["OPTIONS"] = {  # noqa: F405
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
INSTALLED_APPS += ["wagtail.api.v2", "rest_framework"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
    "stock": {
        "BACKEND": "modelsearch.backends.elasticsearch7",
        "URLS": [os.environ.get("SEARCH_URL", "http://127.0.0.1:9200")],
        "INDEX_PREFIX": "bench-stock-",
        "AUTO_UPDATE": False,
    },
}
KB_API_RATE_LIMITS = {name: 10**9 for name in KB_API_RATE_LIMITS}  # noqa: F405
KB_API_MAX_PAGE_SIZE = 100
LOGGING = {"version": 1, "disable_existing_loggers": True}
