"""The one query service: GraphQL, the staff search page and the tests all call these.

With an engine configured it answers from the engine; with none, or when the engine is
down, it answers from the database with fewer features and says which ones are missing."""

import logging

from kb.guidance.visibility import Viewer
from kb.languages import DEFAULT_LANGUAGE

from . import analytics
from .backends import database, engine
from .client import EngineUnavailable, get_client
from .promotions import apply_promotions
from .types import (
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    MAX_QUERY_LENGTH,
    SearchInputError,
    SearchRequest,
    SearchResult,
    Suggestion,
)

logger = logging.getLogger(__name__)


def validate(request: SearchRequest) -> None:
    if len(request.query) > MAX_QUERY_LENGTH:
        raise SearchInputError(f"The query is longer than {MAX_QUERY_LENGTH} characters.")
    if not 1 <= request.limit <= MAX_PAGE_SIZE:
        raise SearchInputError(f"Ask for between 1 and {MAX_PAGE_SIZE} results at a time.")
    if request.offset < 0 or request.offset + request.limit > MAX_OFFSET:
        raise SearchInputError(f"Paging stops at result {MAX_OFFSET}; refine the query.")


def search(request: SearchRequest) -> SearchResult:
    validate(request)
    client = get_client()
    result = None
    if client is not None:
        try:
            result = engine.search(client, request)
        except EngineUnavailable as error:
            logger.warning("Search engine unavailable, answering from the database: %s", error)
    if result is None:
        result = database.search(request)
        if client is not None:
            result.unavailable_features.insert(0, "engine (temporarily unavailable)")
    result = apply_promotions(request, result)
    if request.record_analytics and request.query.strip() and request.offset == 0:
        analytics.record_search(query=request.query, locale=request.locale, total=result.total)
    return result


def autocomplete(
    *, prefix: str, locale: str = DEFAULT_LANGUAGE, viewer: Viewer | None = None, limit: int = 8
) -> list[Suggestion]:
    viewer = viewer or Viewer.anonymous()
    prefix = prefix.strip()[:MAX_QUERY_LENGTH]
    limit = max(1, min(limit, 20))
    if len(prefix) < 2:
        return []
    client = get_client()
    if client is not None:
        try:
            return engine.autocomplete(
                client, prefix=prefix, locale=locale, viewer=viewer, limit=limit
            )
        except EngineUnavailable as error:
            logger.warning("Search engine unavailable for autocomplete: %s", error)
    return database.autocomplete(prefix=prefix, locale=locale, viewer=viewer, limit=limit)
