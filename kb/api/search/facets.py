"""Disjunctive (multi-select) facets: the counts of one facet ignore that facet's own
filter, so a partner's UI can show "Procedure (5) · Guidance (18)" while Guidance is
selected. Each facet whose filter is set costs one more search (one hit, no analytics);
the search package itself is unchanged."""

from dataclasses import replace

import search.query
from search.schema import FACETED
from search.types import SearchRequest, SearchResult

# Facet name → the SearchRequest filter that narrows it (search.schema declares both).
FACET_FILTERS = {field.facet: field.filter for field in FACETED if field.facet and field.filter}


def disjunctive_facets(request: SearchRequest, result: SearchResult) -> dict[str, list]:
    facets = dict(result.facets)
    for facet, attribute in FACET_FILTERS.items():
        if not getattr(request, attribute):
            continue
        unfiltered: dict = {attribute: ()}
        wider = replace(request, offset=0, limit=1, record_analytics=False, **unfiltered)
        facets[facet] = search.query.search(wider).facets.get(facet, facets.get(facet, []))
    return facets
