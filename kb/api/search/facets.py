"""Disjunctive (multi-select) facets: the counts of one facet ignore that facet's own
filter, so a partner's UI can show "Procedure (5) · Guidance (18)" while Guidance is
selected. Each facet whose filter is set costs one more search (one hit, no analytics);
the search package itself is unchanged."""

from dataclasses import replace

import search.query
from search.types import SearchRequest, SearchResult

# Facet name → the SearchRequest filter that narrows it.
FACET_FILTERS = {
    "topic": "topics",
    "audience": "audiences",
    "region": "regions",
    "page_type": "page_types",
}


def disjunctive_facets(request: SearchRequest, result: SearchResult) -> dict[str, list]:
    facets = dict(result.facets)
    for facet, attribute in FACET_FILTERS.items():
        if not getattr(request, attribute):
            continue
        unfiltered: dict = {attribute: ()}
        wider = replace(request, offset=0, limit=1, record_analytics=False, **unfiltered)
        facets[facet] = search.query.search(wider).facets.get(facet, facets.get(facet, []))
    return facets
