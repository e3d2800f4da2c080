"""Search from the database when no engine is configured or it is down.

Matches each query word, accent-folded and lemmatised (simplemma: "vykázaného" →
"vykázaný", accent-free "detmi" → "dite"), against each page's stored folded text with its
lemmas (kb.guidance.lemmas); question and stop words are dropped and the engine's synonym
groups applied (query_terms). Pages with every term come first; when none has them all, the
pages with most of them. No typo tolerance, highlights or suggestions — the result says so."""

import logging
import math
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import OperationalError, connection, transaction
from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.db.models.expressions import Combinable

from kb.folding import fold
from kb.guidance.lemmas import search_fold
from kb.guidance.models import KnowledgePage, page_models
from kb.guidance.visibility import Viewer, visible_pages
from kb.services.models import Service

from ..documents import page_hit, url_cache
from ..models import ObjectType, ResultKind
from ..schema import RELATED, SERVICE_DATABASE_TEXT, TEXT_FIELDS, Field, title_key
from ..types import (
    MATCH_ALL,
    MATCH_MOST,
    FacetValue,
    SearchHit,
    SearchRequest,
    SearchResult,
    Suggestion,
)
from .labels import facet_labels
from .query_terms import Term, Word, content_words, terms

logger = logging.getLogger(__name__)

UNAVAILABLE = ["typo tolerance", "highlights", "did-you-mean suggestion"]
TIMED_OUT = "database search (timed out)"
QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement_timeout
CANDIDATE_CAP = 500
SYNONYM_WEIGHT = 0.8
# From search.schema: the text fields a hit is ranked by (each a page column of that name);
# the facets and filters read through relations are search.schema.RELATED.
RANKED = tuple(f for f in TEXT_FIELDS if f.database_weight)
RANKED_COLUMNS = tuple(f.name for f in RANKED)


def required_terms(words: list[Term], *, relaxed: bool) -> int:
    """How many of the query's terms a hit must have: all of them, or when nothing has them
    all, most of them (2 of 3, 3 of 4 or 5, half of a longer question)."""
    if not relaxed or len(words) < 2:
        return len(words)
    return max(1, len(words) - 1 if len(words) <= 3 else (len(words) + 1) // 2)


def _word_matches(text: str, word: Word) -> float:
    if any(form in text for form in word.forms):
        return 1.0
    return 0.5 if any(stem in text for stem in word.stems) else 0.0


def _matches(text: str, term: Term) -> float:
    """1 when the text has a full form or lemma of every word typed, 0.5 when only stems,
    else 0; a synonym of the words (the term's other options) counts a little less."""
    typed, *synonyms = (
        min(_word_matches(text, word) for word in option) for option in term.options
    )
    return max([typed, *(SYNONYM_WEIGHT * m for m in synonyms)])


def _term_q(term: Term) -> Q:
    match = Q()
    for option in term.options:
        every_word = Q()
        for word in option:
            any_stem = Q()
            for stem in word.stems:
                any_stem |= Q(search_text__contains=stem)
            every_word &= any_stem
        match |= every_word
    return match


def _count(words: list[Term]) -> Combinable:
    """How many of ``words`` a page has, as an SQL expression."""
    return sum((Case(When(_term_q(t), then=Value(1)), default=Value(0)) for t in words), Value(0))


def _pages(request: SearchRequest, words: list[Term], need: int) -> QuerySet[KnowledgePage]:
    """Visible pages with at least ``need`` of the terms, annotated with how many they have."""
    pages = visible_pages(
        KnowledgePage.objects.filter(locale__language_code=request.locale), request.viewer
    )
    if need == len(words):
        for term in words:
            pages = pages.filter(_term_q(term))
        pages = pages.annotate(matched=Value(len(words), output_field=IntegerField()))
    else:  # need >= 1: a page with none of the terms never qualifies
        pages = pages.annotate(matched=_count(words)).filter(matched__gte=need)
    for related in RELATED:
        values = getattr(request, related.filter)
        if values:
            pages = pages.filter(**{f"{related.page}__code__in": values})
    return pages.distinct()


def _service_texts(request: SearchRequest) -> dict[Service, str]:
    """The services a search may show, each with its folded text (read and folded once per
    search, whichever words it then needs)."""
    services = Service.objects.filter(locale__language_code=request.locale, is_active=True)
    for related in RELATED:
        values = getattr(request, related.filter)
        if values:
            services = services.filter(**{f"{related.service}__code__in": values})
    services = services.distinct().select_related("organization")
    services = services.prefetch_related(*(related.service for related in RELATED))
    return {
        service: search_fold(" ".join(service.search_parts(*SERVICE_DATABASE_TEXT)), request.locale)
        for service in services[:CANDIDATE_CAP]
    }


def _services(texts: dict[Service, str], words: list[Term], need: int) -> list[Service]:
    return [s for s, text in texts.items() if sum(1 for t in words if _matches(text, t)) >= need]


def _type_filter(
    pages: QuerySet[KnowledgePage], page_types: tuple[str, ...]
) -> QuerySet[KnowledgePage]:
    models = page_models()
    wanted = [models[t] for t in page_types if t in models]
    if not wanted:
        return pages.none()
    return pages.filter(content_type__in=[ContentType.objects.get_for_model(m) for m in wanted])


def _matching(
    request: SearchRequest, words: list[Term]
) -> tuple[list[Term], int, QuerySet[KnowledgePage], list[Service], dict[Service, str]]:
    """The terms that find something, and what they find: every word (or one of its
    synonyms); else most of them (``required_terms``). Also the candidate services' texts."""
    texts = _service_texts(request)
    stages = [(words, len(words))]
    if required_terms(words, relaxed=True) < len(words):
        stages.append((words, required_terms(words, relaxed=True)))
    for stage, need in stages:
        pages, services = _pages(request, stage, need), _services(texts, stage, need)
        if services or pages.exists():
            break
    return stage, need, pages, services, texts


class _OverBudget(Exception):
    """The search used up its time budget before its next query."""


@contextmanager
def _time_budget() -> Iterator[None]:
    """SEARCH_DATABASE_TIMEOUT for the whole search: no query starts after it has passed,
    and on PostgreSQL none runs longer than it (SET LOCAL statement_timeout, this
    transaction or savepoint only). A search thus ends within twice the budget."""
    seconds = settings.SEARCH_DATABASE_TIMEOUT
    if not seconds:
        yield
        return
    deadline = time.monotonic() + seconds

    def guard(
        execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict[str, Any]
    ) -> Any:
        if time.monotonic() > deadline:
            raise _OverBudget
        return execute(sql, params, many, context)

    if connection.vendor != "postgresql":
        with connection.execute_wrapper(guard):
            yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000))}")
        with connection.execute_wrapper(guard):
            yield
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL statement_timeout TO DEFAULT")


def _timed_out(request: SearchRequest) -> SearchResult:
    logger.warning("Database search timed out after %s s", settings.SEARCH_DATABASE_TIMEOUT)
    return SearchResult(
        total=0,
        hits=[],
        backend="database",
        unavailable_features=[TIMED_OUT, *UNAVAILABLE],
        offset=request.offset,
        limit=request.limit,
    )


def search(request: SearchRequest) -> SearchResult:
    """Never keeps a request busy for long: a search the database cannot answer within the
    time budget answers nothing found, and says why."""
    try:
        with _time_budget():
            return _search(request)
    except _OverBudget:
        return _timed_out(request)
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", None) != QUERY_CANCELED:
            raise  # the database is down: the caller answers 503
        return _timed_out(request)


def _search(request: SearchRequest) -> SearchResult:
    words, need, pages, services, service_texts = _matching(
        request, terms(request.query, request.locale)
    )
    facet_pages = pages
    if request.page_types:
        pages = _type_filter(pages, request.page_types)
        if ResultKind.SERVICE not in request.page_types:
            services = []
    # Rank on plain columns, then load the specific pages of the requested window only, so
    # the number of queries does not grow with the number of matches.
    relaxed = need < len(words)
    columns = ("pk", *RANKED_COLUMNS, "matched", *(("search_text",) if relaxed else ()))
    rows = list(pages.values(*columns)[:CANDIDATE_CAP])
    rarity = _rarity(request, words) if relaxed else None
    key = title_key(request.query)
    rows.sort(key=lambda r: _rank(r, words, key, rarity))
    exact = [s for s in services if key and title_key(s.name) == key]
    ranked = (
        [("service", s) for s in exact]
        + [("page", r["pk"]) for r in rows]
        + [("service", s) for s in services if s not in exact]
    )
    window = ranked[request.offset : request.offset + request.limit]
    wanted = [item for kind, item in window if kind == "page"]
    specific = KnowledgePage.objects.filter(pk__in=wanted).specific()
    by_pk = {p.pk: p for p in specific}
    urls = url_cache()
    hits = [
        page_hit(
            by_pk[item],
            score=_score(_page_columns(by_pk[item]), words),
            urls=urls,
            locale=request.locale,
        )
        if kind == "page"
        else _service_hit(item, words, request.locale)
        for kind, item in window
    ]
    ignored: list[str] = []
    if need < len(words):  # say which words the answer leaves out, as the engine does
        texts = [
            by_pk[item].search_text if kind == "page" else service_texts[item]
            for kind, item in window
        ]
        ignored = [t.text for t in words if not any(_matches(text, t) for text in texts)]
    return SearchResult(
        total=len(ranked),
        hits=hits,
        facets=_facets(request, facet_pages, services),
        backend="database",
        unavailable_features=list(UNAVAILABLE),
        offset=request.offset,
        limit=request.limit,
        match_mode=MATCH_MOST if need < len(words) else MATCH_ALL,
        ignored_words=ignored,
    )


def _rank(
    row: dict[str, Any], words: list[Term], key: str, rarity: list[float] | None
) -> tuple[bool, float, float, str]:
    """A page's place: an exact or near-exact title match (search.schema.title_key) first;
    then, of every term, by score; of most terms (``rarity`` given), by the rarity of the
    terms it has (a rare word outweighs a common one; a stem only counts half, as in
    ``_matches``), then by score with rare terms weighing more."""
    exact = bool(key) and title_key(row["title"]) == key
    if rarity is None:
        return (not exact, -row["matched"], -_score(row, words), row["title"])
    text = row["search_text"]
    found = sum(r * _matches(text, t) for t, r in zip(words, rarity, strict=True))
    return (not exact, -found, -_score(row, words, rarity), row["title"])


def _rarity(request: SearchRequest, words: list[Term]) -> list[float]:
    """Each term's inverse document frequency over the pages the caller may see in the
    asked language (BM25's idf), counted in one query."""
    pages = visible_pages(
        KnowledgePage.objects.filter(locale__language_code=request.locale), request.viewer
    )
    counts = pages.aggregate(
        total=Count("pk"),
        **{f"t{i}": Count("pk", filter=_term_q(t)) for i, t in enumerate(words)},
    )
    total = counts["total"]
    found = [counts[f"t{i}"] for i in range(len(words))]
    return [math.log(1 + (total - n + 0.5) / (n + 0.5)) for n in found]


def _score(texts: dict[str, str], words: list[Term], rarity: list[float] | None = None) -> float:
    """Each ranked field's matches times its database weight (search.schema): a term in the
    title counts three times one in the summary, more in a short title: "Vykázání v kostce"
    before "Děti ve společném obydlí: co se při vykázání mění"."""
    weighted = [(search_fold(texts[f.name]), _weight(f, texts[f.name])) for f in RANKED]
    weights = rarity or [1.0] * len(words)
    return sum(
        r * sum(weight * _matches(text, t) for text, weight in weighted)
        for t, r in zip(words, weights, strict=True)
    )


def _weight(field: Field, text: str) -> float:
    if not field.short_bonus:
        return field.database_weight
    return field.database_weight + field.short_bonus / max(1, len(content_words(text)))


def _page_columns(page: KnowledgePage) -> dict[str, str]:
    return {f.name: getattr(page, f.name) for f in RANKED}


def _service_hit(service: Service, words: list[Term], locale: str) -> SearchHit:
    return SearchHit(
        kind=ObjectType.SERVICE.value,
        id=service.pk,
        translation_key=str(service.translation_key),
        title=service.name,
        url="",
        summary=service.description,
        page_type=ResultKind.SERVICE,
        locale=locale,
        score=_score({f.name: f.service(service) for f in RANKED}, words),
        last_reviewed=service.last_verified,
    )


def _facets(
    request: SearchRequest, pages: QuerySet[KnowledgePage], services: list[Service]
) -> dict[str, list[FacetValue]]:
    """Counts per code over the matching pages and services, like the engine's facets."""
    labels = facet_labels(request.locale)
    ids = pages.values("pk")
    facets = {}
    for related in RELATED:
        name, relation, service_relation = related.facet, related.page, related.service
        rows = (
            KnowledgePage.objects.filter(pk__in=ids)
            .order_by()  # the page tree's default ordering would split the groups
            .values(f"{relation}__code")
            .annotate(n=Count("pk", distinct=True))
            .filter(**{f"{relation}__code__isnull": False})
        )
        counts = Counter({row[f"{relation}__code"]: row["n"] for row in rows})
        for service in services:
            counts.update({term.code for term in getattr(service, service_relation).all()})
        facets[name] = sorted(
            (
                FacetValue(code=code, label=labels[name].get(code, code), count=n)
                for code, n in counts.items()
            ),
            key=lambda f: (-(f.count or 0), f.label),
        )
    kinds: dict[str, int] = dict.fromkeys(ResultKind.values, 0)
    by_type = (
        KnowledgePage.objects.filter(pk__in=ids)
        .order_by()
        .values("content_type")
        .annotate(n=Count("pk"))
    )
    for row in by_type:
        model = ContentType.objects.get_for_id(row["content_type"]).model_class()
        kind = getattr(model, "page_type", None)
        if kind is not None:
            kinds[kind] += row["n"]
    kinds[ResultKind.SERVICE] = len(services)
    facets["page_type"] = [
        FacetValue(code=k, label=labels["page_type"][k], count=v) for k, v in kinds.items() if v
    ]
    return facets


def autocomplete(*, prefix: str, locale: str, viewer: Viewer, limit: int) -> list[Suggestion]:
    folded = fold(prefix)
    pages = visible_pages(KnowledgePage.objects.filter(locale__language_code=locale), viewer)
    pages = pages.filter(Q(search_text__contains=folded))
    matches = [
        p
        for p in pages.only("title", "url_path")[:200]
        if any(word.startswith(folded) for word in fold(p.title).split())
        or fold(p.title).startswith(folded)
    ]
    return [Suggestion(text=p.title, url=p.get_url() or "", id=p.pk) for p in matches[:limit]]


class DatabaseBackend:
    """The database fallback behind search.backends.base.SearchBackend."""

    name = "database"

    def search(self, request: SearchRequest) -> SearchResult:
        return search(request)

    def autocomplete(
        self, *, prefix: str, locale: str, viewer: Viewer, limit: int
    ) -> list[Suggestion]:
        return autocomplete(prefix=prefix, locale=locale, viewer=viewer, limit=limit)
