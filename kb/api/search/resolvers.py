from typing import Any

from graphql import GraphQLResolveInfo

import search.query
from search.types import SearchInputError, SearchRequest

from ..context import loader_of, viewer_of
from ..core.connection import build_connection, window
from ..core.locale import locale_code
from ..core.selection import selects
from ..errors import BAD_USER_INPUT, ApiError
from ..services.selectors import emergency_contacts
from .facets import disjunctive_facets
from .loaders import SearchLoader
from .types import Facet, FacetValue, Highlight, SearchConnection

# As the schema describes `autocomplete(limit:)`.
AUTOCOMPLETE_DEFAULT = 8
AUTOCOMPLETE_MAX = 20


def resolve_search(
    _root: Any,
    info: GraphQLResolveInfo,
    query: str,
    locale: str | None = None,
    filters: dict | None = None,
    first: int | None = None,
    after: str | None = None,
) -> Any:
    filters = filters or {}
    at = window(first=first, after=after)
    # `first: 0` asks only for the total and facets, as on `pages` and `services`; the query
    # service always searches for at least one hit.
    request = SearchRequest(
        query=query,
        locale=locale_code(locale, info),
        viewer=viewer_of(info),
        topics=tuple(filters.get("topic") or ()),
        audiences=tuple(filters.get("audience") or ()),
        page_types=tuple(getattr(t, "value", t) for t in filters.get("type") or ()),
        regions=tuple(filters.get("region") or ()),
        offset=at.offset,
        limit=max(at.limit, 1),
        # Highlights and facet counts cost engine time: computed only when selected.
        facets=selects(info, "facets"),
        highlights=selects(info, "edges", "highlights"),
        locale_hint=selects(info, "otherLocaleHint"),
    )
    try:
        result = search.query.search(request)
    except SearchInputError as error:
        raise ApiError(BAD_USER_INPUT, str(error)) from None
    hits = loader_of(info, SearchLoader).register(result.hits[: at.limit])
    connection = build_connection(
        SearchConnection,
        hits,
        total=result.total,
        at=at,
        edge_fields=lambda hit: {
            "score": hit.score,
            "highlights": [
                Highlight(field=f, fragments=list(v)) for f, v in hit.highlights.items()
            ],
        },
    )
    connection.facets = [
        Facet(
            name=name,
            values=[FacetValue(code=v.code, label=v.label, count=v.count) for v in values],
        )
        for name, values in (disjunctive_facets(request, result) if request.facets else {}).items()
    ]
    connection.suggestion = result.suggestion
    connection.backend = result.backend
    connection.unavailable_features = list(result.unavailable_features)
    connection.match_mode = result.match_mode
    connection.ignored_words = list(result.ignored_words)
    connection.other_locale_hint = result.other_locale_hint
    nothing = result.total == 0
    connection.emergency_contacts = (
        list(emergency_contacts(locale=request.locale)) if nothing else []
    )
    connection.entry_pages = (
        search.query.entry_pages(locale=request.locale, viewer=request.viewer) if nothing else []
    )
    return connection


def resolve_autocomplete(
    _root: Any,
    info: GraphQLResolveInfo,
    prefix: str,
    locale: str | None = None,
    limit: int | None = None,
) -> Any:
    if limit is None:
        limit = AUTOCOMPLETE_DEFAULT
    if not 1 <= limit <= AUTOCOMPLETE_MAX:
        raise ApiError(BAD_USER_INPUT, f"`limit` must be between 1 and {AUTOCOMPLETE_MAX}.")
    return search.query.autocomplete(
        prefix=prefix, locale=locale_code(locale, info), viewer=viewer_of(info), limit=limit
    )
