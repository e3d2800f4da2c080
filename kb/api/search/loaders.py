"""Full pages and services behind search hits, fetched once for all hits of the answer and
checked again against the caller's visibility."""

from typing import Any

from search.types import SearchHit

from ..context import ApiContext
from ..guidance.loaders import PageLoader
from ..guidance.selectors import pages_by_id
from ..services.selectors import services_by_id


class SearchLoader:
    def __init__(self, context: ApiContext) -> None:
        self.context = context
        self.viewer = context.viewer
        self._hits: list[SearchHit] = []
        self._pages: dict | None = None
        self._services: dict | None = None

    def register(self, hits: list[SearchHit]) -> list[SearchHit]:
        self._hits.extend(hits)
        self._pages = self._services = None
        return hits

    def page(self, hit: SearchHit) -> Any:
        if self._pages is None:
            ids = [h.id for h in self._hits if h.kind == "page"]
            self._pages = pages_by_id(viewer=self.viewer, page_ids=ids)
            self.context.loader(PageLoader).register(self._pages.values())
        return self._pages.get(hit.id)

    def service(self, hit: SearchHit) -> Any:
        if self._services is None:
            self._services = services_by_id(ids=[h.id for h in self._hits if h.kind == "service"])
        return self._services.get(hit.id)
