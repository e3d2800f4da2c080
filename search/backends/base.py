"""What the query service (search.query) asks of a backend: the engine and the database
fallback each implement this, and search.query calls nothing else of them."""

from typing import Protocol

from kb.guidance.visibility import Viewer

from ..types import SearchRequest, SearchResult, Suggestion


class SearchBackend(Protocol):
    name: str  # SearchResult.backend: "engine" or "database"

    def search(self, request: SearchRequest) -> SearchResult:
        """Hits, total, facets and whatever else the backend can give; what it cannot is
        listed in ``unavailable_features``."""
        ...

    def autocomplete(
        self, *, prefix: str, locale: str, viewer: Viewer, limit: int
    ) -> list[Suggestion]:
        """Titles the caller may see that complete ``prefix``."""
        ...
