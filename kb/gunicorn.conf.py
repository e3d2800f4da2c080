"""gunicorn settings for `make serve` (production): gunicorn -c kb/gunicorn.conf.py kb.wsgi.
Every value can be overridden with the environment variable named beside it."""

import json
import multiprocessing
import os
import shutil
import tempfile
import time
from urllib.parse import parse_qsl, urlencode

from gunicorn.glogging import Logger

bind = os.environ.get(
    "GUNICORN_BIND", f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"
)
# Sync workers: 2 × CPUs + 1 is gunicorn's rule of thumb; capped for small machines.
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count() + 1, 12)))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))  # a stuck request is killed after this
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
max_requests = int(
    os.environ.get("GUNICORN_MAX_REQUESTS", "2000")
)  # recycle slowly leaking workers
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# Prometheus: every worker process writes its counts here; /metrics sums them.
os.environ.setdefault(
    "PROMETHEUS_MULTIPROC_DIR", os.path.join(tempfile.gettempdir(), f"kb-prometheus-{os.getpid()}")
)

# Query parameters whose values may reach the log: paging, languages and codes of our own
# filters. Every other value is logged as "-": search text, keys and tokens, and the case
# data of the timeline form (an incident's date and time beside an IP address and user
# agent would identify a victim), including any parameter added later.
SAFE_PARAMETERS = {"page", "locale", "lang", "days", "topic", "audience", "region", "type"}


def redacted_path(path: str, query: str) -> str:
    """The path without the search page's query string; elsewhere only safe values kept."""
    if not query or "/search" in path:
        return path
    kept = [(k, v if k.lower() in SAFE_PARAMETERS else "-") for k, v in parse_qsl(query, True)]
    return f"{path}?{urlencode(kept)}" if kept else path


class JsonAccessLogger(Logger):
    """One JSON line per request: no query string of /search/, no secret parameters,
    no Authorization header, no Referer (it may carry a search URL)."""

    def access(self, resp, req, environ, request_time):
        if not (self.cfg.accesslog or self.cfg.logconfig or self.cfg.syslog):
            return
        line = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "type": "access",
            "remote": environ.get("REMOTE_ADDR", "-"),
            "method": environ.get("REQUEST_METHOD"),
            "path": redacted_path(environ.get("PATH_INFO", ""), environ.get("QUERY_STRING", "")),
            "status": int(str(resp.status).split()[0]) if resp.status else None,
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "user_agent": environ.get("HTTP_USER_AGENT", "")[:200],
        }
        try:
            self.access_log.info(json.dumps(line, ensure_ascii=False))
        except Exception:  # noqa: BLE001 - logging must never break a request
            self.exception("access log failed")


logger_class = JsonAccessLogger


def on_starting(server):
    directory = os.environ["PROMETHEUS_MULTIPROC_DIR"]
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory, exist_ok=True)


def post_worker_init(worker):
    # The search word tables load before the worker takes its first request (search.warmup);
    # it tells the arbiter it lives after each table, so the boot is not taken for a hang.
    from search.warmup import run_warm_up

    run_warm_up(progress=worker.notify)


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
