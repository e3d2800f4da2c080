"""Prometheus metrics: request latency per route and per GraphQL operation, plus gauges
read at scrape time (outbox backlog, webhook deliveries, worker heartbeat, engine).
Under gunicorn set PROMETHEUS_MULTIPROC_DIR (kb/gunicorn.conf.py does) so every worker
process's counts are summed."""

import os
import re
import threading
import time
from collections.abc import Callable, Iterator

from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from prometheus_client import CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

REQUEST_LATENCY = Histogram(
    "kb_http_request_duration_seconds",
    "Time to answer a request, per route.",
    ["route", "method", "status"],
)
GRAPHQL_LATENCY = Histogram(
    "kb_graphql_request_duration_seconds",
    "Time to answer a GraphQL request, per operation name.",
    ["operation"],
)

OPERATION_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,49}$")
MAX_OPERATIONS = 100
_operations: set[str] = set()
_operations_lock = threading.Lock()


def operation_label(request: HttpRequest) -> str:
    """The client-chosen operationName as the GraphQL view parsed it, bounded so partners
    cannot blow up the series."""
    name = getattr(request, "graphql_operation_name", None)
    if not isinstance(name, str) or not OPERATION_NAME.match(name):
        return "anonymous"
    with _operations_lock:
        if name in _operations or len(_operations) < MAX_OPERATIONS:
            _operations.add(name)
            return name
    return "other"


class MetricsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        elapsed = time.perf_counter() - started
        match = getattr(request, "resolver_match", None)
        route = (match.route or match.view_name) if match else "unmatched"
        REQUEST_LATENCY.labels(
            route[:80], request.method, f"{response.status_code // 100}xx"
        ).observe(elapsed)
        if match and match.url_name == "graphql":
            GRAPHQL_LATENCY.labels(operation_label(request)).observe(elapsed)
        return response


class StateCollector:
    """Numbers read from the database when Prometheus scrapes (cheap aggregate queries)."""

    def collect(self) -> Iterator[GaugeMetricFamily]:
        from kb.webhooks.models import WebhookDelivery

        from .health import outbox_state, search_state, worker_age

        outbox = outbox_state()
        yield GaugeMetricFamily(
            "kb_outbox_backlog", "Index changes not yet applied.", value=outbox["pending"]
        )
        yield GaugeMetricFamily(
            "kb_outbox_failing",
            "Pending index changes that failed at least once.",
            value=outbox["failing"],
        )
        yield GaugeMetricFamily(
            "kb_outbox_oldest_age_seconds",
            "Age of the oldest pending index change.",
            value=outbox["oldest_age_seconds"] or 0,
        )
        deliveries = GaugeMetricFamily(
            "kb_webhook_deliveries", "Webhook deliveries by status.", labels=["status"]
        )
        counts = {status: 0 for status in ("pending", "delivered", "failed")}
        rows = WebhookDelivery.objects.values("status").order_by().annotate(n=Count("pk"))
        counts.update({row["status"]: row["n"] for row in rows})
        for status, count in sorted(counts.items()):
            deliveries.add_metric([status], count)
        yield deliveries
        age = worker_age()
        yield GaugeMetricFamily(
            "kb_worker_heartbeat_age_seconds",
            "Seconds since the newest worker heartbeat (-1: no worker ever ran).",
            value=-1 if age is None else age,
        )
        search = search_state()
        backend = GaugeMetricFamily(
            "kb_search_backend", "Search backend in use (1) for this process.", labels=["backend"]
        )
        backend.add_metric(["engine"], 1 if search["status"] == "ok" else 0)
        backend.add_metric(["database"], 0 if search["status"] == "ok" else 1)
        yield backend
        if search.get("breaker"):
            breaker = GaugeMetricFamily(
                "kb_search_breaker_open", "Search circuit breaker open (1) or closed (0)."
            )
            breaker.add_metric([], 1 if search["breaker"] == "open" else 0)
            yield breaker


def render() -> bytes:
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.MultiProcessCollector(registry)
    else:
        from prometheus_client import REGISTRY

        registry = REGISTRY
        output = generate_latest(registry)
        state = CollectorRegistry()
        state.register(StateCollector())
        return output + generate_latest(state)
    registry.register(StateCollector())
    return generate_latest(registry)
