"""The one query service: GraphQL, the search page and the tests all call these.

With an engine configured it answers from the engine; with none, or when the engine is
down, it answers from the database with fewer features and says which ones are missing.
Both are a search.backends.base.SearchBackend."""

import logging
from typing import TypeVar

from kb.guidance.visibility import Viewer, visible_pages
from kb.languages import DEFAULT_LANGUAGE

from . import analytics
from .backends.base import SearchBackend
from .backends.database import DatabaseBackend
from .backends.engine import EngineBackend
from .client import SKIPPED, EngineClient, EngineUnavailable, get_client
from .models import IndexOutboxEntry, ObjectType
from .promotions import apply_promotions
from .types import (
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    MAX_QUERY_LENGTH,
    EntryPage,
    SearchHit,
    SearchInputError,
    SearchRequest,
    SearchResult,
    Suggestion,
)

logger = logging.getLogger(__name__)
Hit = TypeVar("Hit", SearchHit, Suggestion)


def validate(request: SearchRequest) -> None:
    if len(request.query) > MAX_QUERY_LENGTH:
        raise SearchInputError(f"The query is longer than {MAX_QUERY_LENGTH} characters.")
    if not 1 <= request.limit <= MAX_PAGE_SIZE:
        raise SearchInputError(f"Ask for between 1 and {MAX_PAGE_SIZE} results at a time.")
    if request.offset < 0 or request.offset + request.limit > MAX_OFFSET:
        raise SearchInputError(f"Paging stops at result {MAX_OFFSET}; refine the query.")


FALLBACK: SearchBackend = DatabaseBackend()


def _engine(client: EngineClient | None) -> SearchBackend | None:
    return EngineBackend(client) if client is not None else None


def search(request: SearchRequest) -> SearchResult:
    validate(request)
    client = get_client()
    engine = _engine(client)
    result = None
    reason = None
    if engine is not None:
        try:
            result = engine.search(request)
        except EngineUnavailable as error:
            reason = error.reason
            if reason != SKIPPED:
                logger.warning(
                    "Search engine unavailable (%s), answering from the database: %s", reason, error
                )
    if result is not None:
        result = drop_stale_hits(request.viewer, result, client)
    if result is None:
        result = FALLBACK.search(request)
        if client is not None:
            # Why the database answered: "engine (timed out)", "engine (index missing)", …
            result.unavailable_features.insert(0, f"engine ({reason})")
    result = apply_promotions(request, result)
    if request.record_analytics and request.query.strip() and request.offset == 0:
        analytics.record_search(query=request.query, locale=request.locale, total=result.total)
    return result


def entry_pages(*, locale: str, viewer: Viewer) -> list[EntryPage]:
    """The sections of the asked language (never a dead end: offered with no results)."""
    from kb.guidance.models import GuidanceIndexPage

    sections = GuidanceIndexPage.objects.live().filter(locale__language_code=locale)
    return [EntryPage(title=p.title, url=p.get_url() or "") for p in sections.order_by("path")]


def drop_stale_hits(
    viewer: Viewer, result: SearchResult, client: EngineClient | None
) -> SearchResult:
    """The index may lag behind the database (an outage, a pending drain): every page hit is
    checked, in one query for the whole page of hits, against what the caller may see now.
    Hits that are gone are dropped and their objects queued for indexing again."""
    result.hits, stale = _live_only(viewer, result.hits)
    if stale:
        result.total = max(0, result.total - sum(len(ids) for ids in stale.values()))
        _requeue(stale, client)
    return result


def _live_only(viewer: Viewer, items: list[Hit]) -> tuple[list[Hit], dict[str, list[int]]]:
    from kb.guidance.models import KnowledgePage
    from kb.services.models import Service

    page_ids = [i.id for i in items if i.kind == ObjectType.PAGE]
    service_ids = [i.id for i in items if i.kind == ObjectType.SERVICE]
    live: dict[str, set[int]] = {ObjectType.PAGE: set(), ObjectType.SERVICE: set()}
    if page_ids:
        pages = visible_pages(KnowledgePage.objects.filter(pk__in=page_ids), viewer)
        live[ObjectType.PAGE] = set(pages.values_list("pk", flat=True))
    if service_ids:
        services = Service.objects.filter(pk__in=service_ids, is_active=True)
        live[ObjectType.SERVICE] = set(services.values_list("pk", flat=True))
    kept = [i for i in items if i.id in live.get(i.kind, set())]
    stale: dict[str, list[int]] = {}
    for item in items:
        if item.id not in live.get(item.kind, set()):
            stale.setdefault(item.kind, []).append(item.id)
    return kept, stale


def _requeue(stale: dict[str, list[int]], client: EngineClient | None) -> None:
    """Queue the stale objects unless an entry is already pending, and apply soon."""
    from .indexer import drain_soon

    for kind, ids in stale.items():
        pending = set(
            IndexOutboxEntry.objects.filter(
                object_type=kind, object_id__in=ids, processed_at__isnull=True
            ).values_list("object_id", flat=True)
        )
        IndexOutboxEntry.objects.bulk_create(
            [
                IndexOutboxEntry(object_type=kind, object_id=i, reason="stale")
                for i in ids
                if i not in pending
            ]
        )
    if client is not None:
        drain_soon(client)


def autocomplete(
    *, prefix: str, locale: str = DEFAULT_LANGUAGE, viewer: Viewer | None = None, limit: int = 8
) -> list[Suggestion]:
    viewer = viewer or Viewer.anonymous()
    prefix = prefix.strip()[:MAX_QUERY_LENGTH]
    limit = max(1, min(limit, 20))
    if len(prefix) < 2:
        return []
    client = get_client()
    engine = _engine(client)
    if engine is not None:
        try:
            found = engine.autocomplete(prefix=prefix, locale=locale, viewer=viewer, limit=limit)
            kept, stale = _live_only(viewer, found)
            if stale:
                _requeue(stale, client)
            return kept
        except EngineUnavailable as error:
            if error.reason != SKIPPED:
                logger.warning(
                    "Search engine unavailable (%s) for autocomplete: %s", error.reason, error
                )
    return FALLBACK.autocomplete(prefix=prefix, locale=locale, viewer=viewer, limit=limit)
