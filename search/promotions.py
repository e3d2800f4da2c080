"""Editors' promoted results (Wagtail's search promotions) go first, if the caller may see
them. Which queries have promotions is held per process (see `promoted_queries`): a search
whose query has none reads nothing."""

import threading
import time

from django.conf import settings
from wagtail.contrib.search_promotions.models import Query
from wagtail.search.utils import normalise_query_string

from kb.folding import fold
from kb.guidance.models import KnowledgePage
from kb.guidance.visibility import visible_pages

from .documents import page_hit
from .types import SearchRequest, SearchResult


def promoted_pages(request: SearchRequest) -> list[KnowledgePage]:
    if not request.query.strip():
        return []
    # Read only: Query.get() would get_or_create, storing every searched text for good.
    # Matched folded, as the search box promises: "vykazani" finds a promotion for "vykázání".
    # Only queries with promotions are compared, and editors create few of those.
    wanted = fold(normalise_query_string(request.query))
    matching = promoted_queries().get(wanted)
    if not matching:
        return []
    page_ids: list[int] = []
    for query in Query.objects.filter(pk__in=matching).order_by("pk"):
        picks = query.editors_picks.all().order_by("sort_order")
        page_ids += [p.page_id for p in picks if p.page_id and p.page_id not in page_ids]
    if not page_ids:
        return []
    pages = visible_pages(KnowledgePage.objects.filter(pk__in=page_ids), request.viewer)
    by_pk = {p.pk: p for p in pages.filter(locale__language_code=request.locale).specific()}
    return [by_pk[pk] for pk in page_ids if pk in by_pk]


_held: list = [0.0, None]  # [read at (monotonic), {folded query: [Query pk]}]
_lock = threading.Lock()


def promoted_queries() -> dict[str, list[int]]:
    """Folded query text → the promoted Query rows, read at most every
    SEARCH_PROMOTIONS_SECONDS per process; an editor's change in this process clears it at
    once (`forget_promotions`, connected to Wagtail's promotion models)."""
    now = time.monotonic()
    with _lock:
        read_at, held = _held
    if held is not None and now - read_at < settings.SEARCH_PROMOTIONS_SECONDS:
        return held
    fresh: dict[str, list[int]] = {}
    queries = Query.objects.filter(editors_picks__isnull=False).distinct().order_by("pk")
    for pk, text in queries.values_list("pk", "query_string"):
        fresh.setdefault(fold(normalise_query_string(text)), []).append(pk)
    with _lock:
        _held[:] = [now, fresh]
    return fresh


def forget_promotions(**_kwargs: object) -> None:
    with _lock:
        _held[:] = [0.0, None]


def apply_promotions(request: SearchRequest, result: SearchResult) -> SearchResult:
    promoted = promoted_pages(request)
    if not promoted:
        return result
    promoted_ids = {p.pk for p in promoted}
    hits = [h for h in result.hits if not (h.kind == "page" and h.id in promoted_ids)]
    if request.offset == 0:
        hits = [page_hit(page, promoted=True) for page in promoted] + hits
        hits = hits[: request.limit]
    result.hits = hits
    result.total = max(result.total, len(promoted))
    return result
