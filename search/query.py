"""The one query service: GraphQL, the search page and the tests all call these.

With an engine configured it answers from the engine; with none, or when the engine is
down, it answers from the database with fewer features and says which ones are missing.
Both are a search.backends.base.SearchBackend."""

import functools
import logging
from dataclasses import replace
from typing import TypeVar

from django.conf import settings

from kb.guidance.visibility import Viewer, visible_pages
from kb.languages import DEFAULT_LANGUAGE

from . import analytics
from .analysis import IGNORABLE_WORDS, shipped_synonyms
from .backends.base import SearchBackend
from .backends.database import DatabaseBackend
from .backends.engine import FEW_HITS, EngineBackend
from .client import SKIPPED, EngineClient, EngineUnavailable, get_client
from .colloquial import WORD, normalise
from .models import IndexOutboxEntry, ObjectType
from .promotions import apply_promotions
from .spelling import dictionary_words
from .types import (
    MATCH_MOST,
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    MAX_QUERY_LENGTH,
    EntryPage,
    LocaleHint,
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


def as_searched(request: SearchRequest, locale: str | None = None) -> SearchRequest:
    """The request with its query in written, content words (search.colloquial): what
    every backend searches for. ``locale``: for another language's index."""
    from .content_terms import cached_content_word_forms

    locale = locale or request.locale
    if not request.query.strip():
        return replace(request, locale=locale)
    query = normalise(
        request.query,
        locale,
        vocabulary=cached_content_word_forms(locale),
        keep=IGNORABLE_WORDS,
        phrases=synonym_phrases(same_meaning_rules()),
    )
    return replace(request, query=query, locale=locale)


def as_typed(suggestion: str | None, *, typed: str, searched: str) -> str | None:
    """Did-you-mean in the caller's words: a word the colloquial rewrite changed ("mlati" →
    "mlátit") goes back to what was typed; only the suggester's corrections remain."""
    if not suggestion or typed == searched:
        return suggestion
    typed_words, searched_words = WORD.findall(typed), WORD.findall(searched)
    if len(typed_words) != len(searched_words):
        return suggestion
    back = {s.lower(): t for t, s in zip(typed_words, searched_words, strict=True) if t != s}
    words = [back.get(word.lower(), word) for word in suggestion.split()]
    text = " ".join(words)
    return None if text == " ".join(typed_words) else text


def same_meaning_rules() -> tuple[str, ...]:
    """Every language's same-meaning synonym groups, shipped and editors' (one query)."""
    from .models import SearchSynonym, SynonymKind

    editors = SearchSynonym.objects.filter(kind=SynonymKind.SAME).values_list("terms", flat=True)
    shipped = (rule for code, _name in settings.LANGUAGES for rule in shipped_synonyms(code))
    return (*shipped, *editors)


@functools.lru_cache(maxsize=8)
def synonym_phrases(rules: tuple[str, ...]) -> tuple[str, ...]:
    """The same-meaning synonym groups' terms of several words: left as typed ("kicked
    out" stays, "kicked" alone becomes the everyday word "kick"), the groups match them."""
    terms = (t.strip() for rule in rules if "=>" not in rule for t in rule.split(","))
    return tuple(dict.fromkeys(t for t in terms if " " in t))


def search(request: SearchRequest) -> SearchResult:
    validate(request)
    asked, request = request, as_searched(request)
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
    result.suggestion = as_typed(result.suggestion, typed=asked.query, searched=request.query)
    result = apply_promotions(asked, result)
    if asked.locale_hint:
        backend = engine if result.backend == "engine" and engine is not None else FALLBACK
        result.other_locale_hint = other_locale_hint(asked, result, backend)
    if asked.record_analytics and asked.query.strip() and asked.offset == 0:
        analytics.record_search(query=asked.query, locale=asked.locale, total=result.total)
    return result


def other_locale_hint(
    asked: SearchRequest, result: SearchResult, backend: SearchBackend
) -> LocaleHint | None:
    """Another language with results, for a query written in that language ("he choked
    me" asked in Czech) when the asked language has none, few or only partial matches.
    Counts are the caller's: the same search, visibility filter included, in the other
    language's index."""
    if not asked.query.strip() or asked.offset:
        return None
    if any("timed out" in feature for feature in result.unavailable_features):
        return None  # no further search after one ran out of time
    if result.total >= FEW_HITS and result.match_mode != MATCH_MOST:
        return None
    best = None
    for code, _name in settings.LANGUAGES:
        if code == asked.locale:
            continue
        if not written_in(asked.query, code, than=asked.locale):
            continue
        # What the link will show: the same search there (the language facet's counts
        # come from this search's relaxed passes and may be larger).
        total = _count(backend, asked, code)
        better = result.match_mode == MATCH_MOST or total > result.total
        if total and better and (best is None or total > best.total):
            best = LocaleHint(locale=code, total=total)
    return best


def written_in(query: str, language: str, *, than: str) -> bool:
    """Whether more of the query's words are words of ``language`` only than of ``than``
    only (simplemma's dictionaries, accents folded)."""
    from kb.folding import fold

    words = [w for w in fold(query).split() if w.isalpha() and w not in IGNORABLE_WORDS]
    ours, theirs = dictionary_words(language), dictionary_words(than)
    only = sum(1 for w in words if w in ours and w not in theirs)
    other = sum(1 for w in words if w in theirs and w not in ours)
    return only > other


def _count(backend: SearchBackend, asked: SearchRequest, locale: str) -> int:
    """How many results the query has in ``locale`` (one hit asked, nothing recorded)."""
    request = replace(
        as_searched(asked, locale),
        offset=0,
        limit=1,
        facets=False,
        highlights=False,
        record_analytics=False,
        locale_hint=False,
    )
    try:
        return backend.search(request).total
    except EngineUnavailable:
        return 0


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
