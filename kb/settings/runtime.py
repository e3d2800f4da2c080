"""Runtime settings shared by every environment: the background worker's schedules, the
health and metrics endpoints, login throttling (django-axes) and the Content-Security-Policy
(django-csp). base.py imports this module and calls the two helpers at the bottom."""

import datetime
import os

from csp.constants import NONCE, NONE, SELF

from .env import env_list

# --- Background worker (`python manage.py run_worker`) ---
# Seconds between runs. A failing run is retried sooner, with backoff up to retry_max.
# `timeout`: after that long a job held by a dead worker may be taken by another one.
KB_WORKER_JOBS = {
    "search_drain": {"every": 2, "retry_max": 10, "timeout": 300},
    # Also woken right after each commit that queues a delivery (kb/ops/signals.py).
    "webhooks": {"every": 30, "retry_max": 30, "timeout": 900},
    "publish_scheduled": {"every": 60, "retry_max": 60},
    "review_reminders": {"every": 7 * 24 * 3600, "retry_max": 3600},
    "purge_analytics": {"every": 24 * 3600, "retry_max": 3600},
}
# Seconds between the worker's looks for due jobs (and heartbeats); while the database is
# unreachable the pause doubles, up to 30 s.
KB_WORKER_POLL_SECONDS = float(os.environ.get("KB_WORKER_POLL_SECONDS", "1"))
# A worker whose heartbeat is this old is dead: its leases are taken over (kb/ops/worker.py).
KB_WORKER_DEAD_AFTER = float(os.environ.get("KB_WORKER_DEAD_AFTER", "20"))

# --- Search on several nodes ---
# SEARCH_URL may list several nodes of one cluster, comma-separated (search/hosts.py).
# Defaults suit one node; on a three-node cluster use SEARCH_REPLICAS=1 (every shard on two
# nodes, so losing one node loses nothing and searches keep answering). A shard per index
# is plenty for a knowledge base of this size. Takes effect at the next index rebuild.
SEARCH_SHARDS = int(os.environ.get("SEARCH_SHARDS", "1"))
SEARCH_REPLICAS = int(os.environ.get("SEARCH_REPLICAS", "0"))

# --- /health/ready ---
# Without a heartbeat newer than this, the worker counts as down (503).
KB_HEALTH_WORKER_MAX_AGE = int(os.environ.get("KB_HEALTH_WORKER_MAX_AGE", "60"))
# An outbox entry older than this means indexing is stuck (503).
KB_HEALTH_OUTBOX_MAX_AGE = int(os.environ.get("KB_HEALTH_OUTBOX_MAX_AGE", "300"))
# Off for a web node that deliberately runs without a worker on the same database.
KB_HEALTH_REQUIRE_WORKER = os.environ.get("KB_HEALTH_REQUIRE_WORKER", "1") not in {"0", "false"}

# Engine configured but unreachable: 503 (search falls back to the database meanwhile;
# set 0 if the load balancer should keep such nodes).
KB_HEALTH_REQUIRE_ENGINE = os.environ.get("KB_HEALTH_REQUIRE_ENGINE", "1") not in {"0", "false"}

# --- /metrics (Prometheus) ---
# Readable from these addresses (REMOTE_ADDR; CIDR allowed) or with
# `Authorization: Bearer <KB_METRICS_TOKEN>`.
KB_METRICS_ALLOWED_ADDRESSES = env_list("KB_METRICS_ALLOWED_ADDRESSES", "127.0.0.1,::1")
KB_METRICS_TOKEN = os.environ.get("KB_METRICS_TOKEN", "")

# --- Login throttling (django-axes) on /login/ and /admin/login/ ---
AUTHENTICATION_BACKENDS = [
    "kb.ops.security.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("KB_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=int(os.environ.get("KB_LOGIN_COOLOFF_MINUTES", "15"))
)
# Per user name and address together: a guesser cannot lock a colleague out from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "ops/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
# REMOTE_ADDR as the server saw it; behind a proxy, make the proxy set it (as for rate limits).
AXES_CLIENT_IP_CALLABLE = "kb.ops.security.client_ip"
AXES_SENSITIVE_PARAMETERS = ["password", "key", "token"]

# --- Content-Security-Policy (django-csp) ---
# Strict on every page: scripts only from this origin or with the per-request nonce.
# kb.ops.security.CSPMiddleware adds hashes of the inline scripts of Wagtail's admin and
# of GraphiQL (whose files the application serves itself, kb/api/static/kb_api/graphiql/).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
KB_CSP_GRAPHIQL_ORIGINS: list[str] = []  # GraphiQL needs no other host


def with_runtime_apps(apps: list[str]) -> list[str]:
    return [*apps, "kb.ops", "axes", "csp"]


def with_runtime_middleware(middleware: list[str]) -> list[str]:
    out = list(middleware)
    out.insert(0, "kb.ops.metrics.MetricsMiddleware")
    out.insert(
        out.index("django.middleware.security.SecurityMiddleware") + 1,
        "kb.ops.security.CSPMiddleware",
    )
    # axes must come last: it answers for a locked-out login.
    out.append("axes.middleware.AxesMiddleware")
    return out
