"""Benchmark settings: the dev settings plus Wagtail's stock search backend on the same
engine node, as the peer to compare against."""

import os

from kb.settings.dev import *  # noqa: F403

DATABASES["default"]["NAME"] = os.environ.get("BENCH_DB", str(BASE_DIR / "var" / "bench.sqlite3"))  # noqa: F405
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
    "stock": {
        "BACKEND": "modelsearch.backends.elasticsearch7",
        "URLS": [os.environ.get("SEARCH_URL", "http://127.0.0.1:9200")],
        "INDEX_PREFIX": "bench-stock-",
        "AUTO_UPDATE": False,
    },
}
LOGGING = {"version": 1, "disable_existing_loggers": True}
