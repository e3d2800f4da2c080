"""The one place that knows which engine we talk to. A variant overrides class attributes
only: the library's client class and its exception types (SEARCH_ENGINE selects one)."""

import contextlib
import functools
import logging

import elasticsearch
import opensearchpy
from django.conf import settings

from .hosts import engine_hosts, retries_for

logger = logging.getLogger(__name__)


class EngineUnavailable(Exception):
    """The engine could not be reached or answered with a server error."""


class EngineClient:
    flavor = ""
    client_class = None
    transport_errors: tuple[type[Exception], ...] = ()
    not_found_errors: tuple[type[Exception], ...] = ()

    def __init__(self, url: str, timeout: float):
        self.url = url
        self.timeout = timeout
        hosts = engine_hosts(url)  # several nodes: comma-separated SEARCH_URL
        self.raw = self.client_class(
            hosts=hosts, timeout=timeout, max_retries=retries_for(hosts), retry_on_timeout=False
        )

    def _call(self, fn, *args, **kwargs):
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

    def refresh(self, name: str) -> None:
        self._call(self.raw.indices.refresh, index=name)

    def count(self, name: str, query: dict | None = None) -> int:
        body = {"query": query} if query else None
        try:
            return self._call(self.raw.count, index=name, body=body)["count"]
        except self.not_found_errors:
            return 0

    # -- documents ----------------------------------------------------------------------

    def bulk(self, operations: list[dict]) -> list[dict]:
        """Send index/delete operations; returns the failed items. Version conflicts (an
        older change arriving late) and deleting what is already gone are not failures."""
        if not operations:
            return []
        result = self._call(self.raw.bulk, body=operations, refresh=False)
        failures = []
        for item in result["items"]:
            ((action, outcome),) = item.items()
            status = outcome.get("status", 200)
            if status == 409 or (action == "delete" and status == 404) or status < 300:
                continue
            failures.append(outcome)
        return failures

    def search(self, index: str, body: dict) -> dict:
        return self._call(self.raw.search, index=index, body=body)


class OpenSearchClient(EngineClient):
    flavor = "opensearch"
    client_class = opensearchpy.OpenSearch
    transport_errors = (
        opensearchpy.exceptions.TransportError,
        opensearchpy.exceptions.ConnectionError,
    )
    not_found_errors = (opensearchpy.exceptions.NotFoundError,)


class ElasticsearchClient(EngineClient):
    """Elasticsearch 7.x through the 7.x client (CI tests 7.10.2)."""

    flavor = "elasticsearch"
    client_class = elasticsearch.Elasticsearch
    transport_errors = (
        elasticsearch.exceptions.TransportError,
        elasticsearch.exceptions.ConnectionError,
    )
    not_found_errors = (elasticsearch.exceptions.NotFoundError,)


ENGINES = {"opensearch": OpenSearchClient, "elasticsearch": ElasticsearchClient}


@functools.lru_cache(maxsize=8)
def _client(engine: str, url: str, timeout: float) -> EngineClient:
    if engine not in ENGINES:
        raise ValueError(f"SEARCH_ENGINE must be one of {sorted(ENGINES)}, not {engine!r}")
    return ENGINES[engine](url, timeout)


def get_client() -> EngineClient | None:
    """The configured engine, or None when SEARCH_URL is empty (database search)."""
    if not settings.SEARCH_URL:
        return None
    return _client(settings.SEARCH_ENGINE, settings.SEARCH_URL, settings.SEARCH_TIMEOUT)


def alias_name(locale: str) -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}-{locale}"
