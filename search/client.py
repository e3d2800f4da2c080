"""The one place that knows which engine we talk to. A variant overrides class attributes
only: the library's client class and its exception types (SEARCH_ENGINE selects one)."""

import contextlib
import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar

import elasticsearch
import opensearchpy
import urllib3
from django.conf import settings

from .hosts import engine_hosts, retries_for

logger = logging.getLogger(__name__)

# Why the database answered instead of the engine (shown to callers, stable strings).
UNREACHABLE = "temporarily unavailable"
TIMED_OUT = "timed out"
INDEX_MISSING = "index missing"
QUERY_REJECTED = "query rejected"
SKIPPED = "skipped after a recent failure"


class EngineUnavailable(Exception):
    """The engine did not answer a request usefully; ``reason`` says why (one of the
    constants above). Every search path falls back to the database on it."""

    def __init__(self, message: str = "", *, reason: str = UNREACHABLE) -> None:
        super().__init__(message)
        self.reason = reason


class CircuitBreaker:
    """Per engine URL and process: after an outage-like failure (unreachable, timeout,
    server error) the engine is skipped for ``cooldown`` seconds, then one request probes it
    (half-open) while the others keep answering from the database."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.open_until = 0.0
        self.probing = False
        self.failures = 0

    @property
    def is_open(self) -> bool:
        return self.open_until > 0

    def allow(self) -> bool:
        with self._lock:
            if not self.open_until:
                return True
            if time.monotonic() < self.open_until or self.probing:
                return False
            self.probing = True  # this request is the probe
            return True

    def record_success(self) -> bool:
        """Returns True when this success ends an outage."""
        with self._lock:
            recovered = bool(self.open_until)
            self.open_until, self.probing, self.failures = 0.0, False, 0
            return recovered

    def record_failure(self) -> None:
        with self._lock:
            self.failures += 1
            self.probing = False
            self.open_until = time.monotonic() + breaker_cooldown()

    def reset(self) -> None:
        with self._lock:
            self.open_until, self.probing, self.failures = 0.0, False, 0


_breakers: dict[str, CircuitBreaker] = {}
_breakers_lock = threading.Lock()


def breaker_cooldown() -> float:
    return float(settings.SEARCH_BREAKER_COOLDOWN)


def breaker_for(url: str) -> CircuitBreaker:
    with _breakers_lock:
        return _breakers.setdefault(url, CircuitBreaker())


class EngineClient:
    flavor = ""
    # the library's client class (set by each variant)
    client_class: ClassVar[Callable[..., Any]]
    transport_errors: tuple[type[Exception], ...] = ()
    not_found_errors: tuple[type[Exception], ...] = ()

    timeout_errors: tuple[type[Exception], ...] = ()

    def __init__(self, url: str, timeout: float, connect_timeout: float | None = None) -> None:
        self.url = url
        self.timeout = timeout
        # A dead host is noticed after the short connect timeout; a slow answer may take
        # up to the read timeout. Several nodes: a comma-separated SEARCH_URL.
        connect = min(connect_timeout or timeout, timeout)
        hosts = engine_hosts(url)
        self.raw = self.client_class(
            hosts=hosts,
            timeout=urllib3.Timeout(connect=connect, read=timeout),
            max_retries=retries_for(hosts),
            retry_on_timeout=False,
        )
        self.breaker = breaker_for(url)

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except self.not_found_errors:
            raise
        except self.transport_errors as error:
            raise EngineUnavailable(f"{self.flavor} at {self.url}: {error}") from error

    # -- cluster ------------------------------------------------------------------------

    def info(self) -> dict:
        return self._call(self.raw.info)

    def version(self) -> str:
        info = self.info()
        return f"{info['version'].get('distribution', 'elasticsearch')} {info['version']['number']}"

    # -- indices and aliases ------------------------------------------------------------

    def create_index(self, name: str, body: dict) -> None:
        self._call(self.raw.indices.create, index=name, body=body)

    def delete_index(self, name: str) -> None:
        with contextlib.suppress(*self.not_found_errors):
            self._call(self.raw.indices.delete, index=name)

    def indices_for_alias(self, alias: str) -> list[str]:
        try:
            return sorted(self._call(self.raw.indices.get_alias, name=alias).keys())
        except self.not_found_errors:
            return []

    def index_exists(self, name: str) -> bool:
        return bool(self._call(self.raw.indices.exists, index=name))

    def point_alias(self, alias: str, index: str) -> list[str]:
        """Atomically move ``alias`` to ``index``; returns the indices it left."""
        old = self.indices_for_alias(alias)
        actions = [{"remove": {"index": name, "alias": alias}} for name in old if name != index]
        actions.append({"add": {"index": index, "alias": alias}})
        self._call(self.raw.indices.update_aliases, body={"actions": actions})
        return [name for name in old if name != index]

    def put_settings(self, name: str, index_settings: dict) -> None:
        """Change dynamic index settings (e.g. ``refresh_interval``; None restores the
        default)."""
        self._call(self.raw.indices.put_settings, index=name, body={"index": index_settings})

    def get_settings(self, name: str) -> dict:
        return self._call(self.raw.indices.get_settings, index=name)[name]["settings"]["index"]

    def refresh(self, name: str) -> None:
        self._call(self.raw.indices.refresh, index=name)

    def count(self, name: str, query: dict | None = None) -> int:
        body = {"query": query} if query else None
        try:
            return self._call(self.raw.count, index=name, body=body)["count"]
        except self.not_found_errors:
            return 0

    # -- documents ----------------------------------------------------------------------

    def bulk(self, operations: list[dict], *, refresh: bool = False) -> list[dict]:
        """Send index/delete operations; returns the failed items. Version conflicts (an
        older change arriving late) and deleting what is already gone are not failures.
        ``refresh``: searchable when this returns (an editor's change), not within the
        index's refresh interval (a second)."""
        if not operations:
            return []
        result = self._call(self.raw.bulk, body=operations, refresh="true" if refresh else "false")
        failures = []
        for item in result["items"]:
            ((action, outcome),) = item.items()
            status = outcome.get("status", 200)
            if status == 409 or (action == "delete" and status == 404) or status < 300:
                continue
            failures.append(outcome)
        return failures

    def search(self, index: str, body: dict) -> dict:
        """A search for callers: every failure is an EngineUnavailable with a reason, and
        the circuit breaker skips the engine right after an outage."""
        return self._guarded(lambda: self.raw.search(index=index, body=body))

    def msearch(self, searches: list[tuple[str, dict]]) -> list[dict]:
        """Several searches in one round trip, run side by side by the engine; fails as a
        whole (like `search`) when any of them fails."""
        lines: list[dict] = []
        for index, body in searches:
            lines += [{"index": index}, body]
        responses = self._guarded(lambda: self.raw.msearch(body=lines))["responses"]
        for item in responses:
            if "error" in item:
                status = item.get("status", 500)
                reason = (
                    INDEX_MISSING
                    if status == 404
                    else QUERY_REJECTED
                    if 400 <= status < 500 or _too_many_clauses(Exception(str(item["error"])))
                    else UNREACHABLE
                )
                if reason == UNREACHABLE:
                    self.breaker.record_failure()
                raise EngineUnavailable(f"{self.flavor}: {str(item['error'])[:300]}", reason=reason)
        return responses

    def _guarded(self, call: Callable[[], Any]) -> Any:
        if not self.breaker.allow():
            raise EngineUnavailable(f"{self.flavor} at {self.url}: skipped", reason=SKIPPED)
        try:
            response = call()
        except self.not_found_errors as error:
            self._answered()
            raise EngineUnavailable(f"{self.flavor}: {error}", reason=INDEX_MISSING) from error
        except self.timeout_errors as error:
            self.breaker.record_failure()
            raise EngineUnavailable(f"{self.flavor}: {error}", reason=TIMED_OUT) from error
        except self.transport_errors as error:
            status = getattr(error, "status_code", None)
            if (isinstance(status, int) and 400 <= status < 500) or _too_many_clauses(error):
                self._answered()  # the engine is up; it refused this query
                raise EngineUnavailable(
                    f"{self.flavor}: {str(error)[:300]}", reason=QUERY_REJECTED
                ) from error
            self.breaker.record_failure()
            raise EngineUnavailable(f"{self.flavor} at {self.url}: {error}") from error
        self._answered()
        return response

    def _answered(self) -> None:
        if self.breaker.record_success():
            on_recovery(self)


def _too_many_clauses(error: Exception) -> bool:
    """The engine reports an over-expanded query as a server error (500); it is this
    query's fault, not an outage, so it must not open the breaker."""
    text = str(error).lower()
    return "maxclausecount" in text or "too_many_clauses" in text or "too many clauses" in text


class OpenSearchClient(EngineClient):
    flavor = "opensearch"
    client_class = opensearchpy.OpenSearch
    transport_errors = (
        opensearchpy.exceptions.TransportError,
        opensearchpy.exceptions.ConnectionError,
    )
    not_found_errors = (opensearchpy.exceptions.NotFoundError,)
    timeout_errors = (opensearchpy.exceptions.ConnectionTimeout,)


class ElasticsearchClient(EngineClient):
    """Elasticsearch 7.x through the 7.x client (CI tests 7.10.2)."""

    flavor = "elasticsearch"
    client_class = elasticsearch.Elasticsearch
    transport_errors = (
        elasticsearch.exceptions.TransportError,
        elasticsearch.exceptions.ConnectionError,
    )
    not_found_errors = (elasticsearch.exceptions.NotFoundError,)
    timeout_errors = (elasticsearch.exceptions.ConnectionTimeout,)


ENGINES = {"opensearch": OpenSearchClient, "elasticsearch": ElasticsearchClient}


@functools.lru_cache(maxsize=8)
def _client(engine: str, url: str, timeout: float, connect_timeout: float) -> EngineClient:
    if engine not in ENGINES:
        raise ValueError(f"SEARCH_ENGINE must be one of {sorted(ENGINES)}, not {engine!r}")
    return ENGINES[engine](url, timeout, connect_timeout)


# Called with the client when the engine answers again after an outage. search.apps
# registers the indexer's drain here (the indexer uses this module, not the other way).
recovery_hooks: list[Callable[[EngineClient], object]] = []


def on_recovery(client: EngineClient) -> None:
    """The engine answers again after an outage: apply what queued up meanwhile."""
    for hook in recovery_hooks:
        hook(client)


def get_client() -> EngineClient | None:
    """The configured engine, or None when SEARCH_URL is empty (database search)."""
    if not settings.SEARCH_URL:
        return None
    return _client(
        settings.SEARCH_ENGINE,
        settings.SEARCH_URL,
        settings.SEARCH_TIMEOUT,
        float(settings.SEARCH_CONNECT_TIMEOUT),
    )


def alias_name(locale: str) -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}-{locale}"
