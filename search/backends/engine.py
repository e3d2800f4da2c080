"""Search on Elasticsearch/OpenSearch: the query, filters, facets, highlights, suggestion."""

import datetime

from django.conf import settings

from kb.guidance.visibility import Viewer

from ..client import EngineClient, alias_name
from ..types import FacetValue, SearchHit, SearchRequest, SearchResult, Suggestion
from .labels import facet_labels

# title > summary > procedure steps and legal references > body
FIELDS = ["title^6", "summary^3", "steps^2", "legal^2", "body^1"]
FOLDED = [
    "title.folded^5",
    "summary.folded^2.5",
    "steps.folded^1.8",
    "legal.folded^1.8",
    "body.folded^0.9",
]
FUZZY_FIELDS = ["title.ascii^5", "summary.ascii^2.5", "body.ascii"]
FACET_FIELDS = {
    "topic": "topics",
    "audience": "audiences",
    "page_type": "page_type",
    "region": "regions",
}
FEW_HITS = 3
HIGHLIGHT = {
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    "encoder": "html",
    "type": "fvh",
    "fields": {
        name: {
            "matched_fields": [name, f"{name}.folded", f"{name}.ascii"],
            "fragment_size": 180,
            "number_of_fragments": 0 if name == "title" else 2,
        }
        for name in ("title", "summary", "steps", "legal", "body")
    },
}


def text_query(query: str, *, forgiving: bool) -> dict:
    should = [
        # All words must occur, but not all in one field: a title word and a body word
        # together make a match (fields are grouped by analyzer).
        {
            "multi_match": {
                "query": query,
                "fields": FIELDS + FOLDED,
                "type": "cross_fields",
                "operator": "and",
            }
        },
        # Phrase boost: the words together, in order.
        {
            "multi_match": {
                "query": query,
                "fields": [
                    "title^4",
                    "summary^2",
                    "body",
                    "steps",
                    "title.folded^3",
                    "body.folded",
                ],
                "type": "phrase",
                "slop": 2,
                "boost": 3,
            }
        },
    ]
    if forgiving:
        # Typos: fuzzy on the accent-free fields, without synonyms.
        should.append(
            {
                "multi_match": {
                    "query": query,
                    "fields": FUZZY_FIELDS,
                    "fuzziness": "AUTO",
                    "prefix_length": 1,
                    "max_expansions": 10,
                    "analyzer": "ascii_plain_search",
                    "operator": "and",
                    "boost": 0.5,
                }
            }
        )
    return {"bool": {"should": should, "minimum_should_match": 1}}


def filters(request: SearchRequest) -> list[dict]:
    clauses = [{"terms": {"visibility": request.viewer.visibilities}}]
    for name, values in (
        ("topics", request.topics),
        ("audiences", request.audiences),
        ("page_type", request.page_types),
        ("regions", request.regions),
    ):
        if values:
            clauses.append({"terms": {name: list(values)}})
    return clauses


def build_body(request: SearchRequest, *, forgiving: bool = False) -> dict:
    """One request over every locale's index: hits and facet counts for the asked locale,
    plus how many hits each other language would give (the language facet). ``forgiving``
    adds typo tolerance and the did-you-mean suggester: the costly parts, only used when
    the strict query finds little."""
    query = request.query.strip()
    scoring = text_query(query, forgiving=forgiving) if query else {"match_all": {}}
    in_locale = {"term": {"locale": request.locale}}
    aggs = {name: {"terms": {"field": field, "size": 50}} for name, field in FACET_FIELDS.items()}
    body = {
        "query": {"bool": {"must": [scoring], "filter": filters(request)}},
        "post_filter": in_locale,
        "aggs": {
            "in_locale": {"filter": in_locale, "aggs": aggs},
            "locale": {"terms": {"field": "locale", "size": 10}},
        },
        "from": request.offset,
        "size": request.limit,
        "track_total_hits": True,
        "_source": {"excludes": ["body", "steps", "legal", "spell"]},
    }
    if query:
        body["highlight"] = HIGHLIGHT
    if query and forgiving:
        body["suggest"] = {
            "spell": {
                "text": query,
                # prefix_length 0: a wrong first letter is what typo tolerance cannot forgive
                "term": {
                    "field": "spell",
                    "suggest_mode": "always",
                    "min_word_length": 3,
                    "prefix_length": 0,
                },
            }
        }
    return body


def all_aliases() -> str:
    return ",".join(alias_name(code) for code, _ in settings.LANGUAGES)


def search(client: EngineClient, request: SearchRequest) -> SearchResult:
    response = client.search(all_aliases(), build_body(request))
    if response["hits"]["total"]["value"] < FEW_HITS and request.query.strip():
        response = client.search(all_aliases(), build_body(request, forgiving=True))
    total = response["hits"]["total"]["value"]
    hits = [_hit(item) for item in response["hits"]["hits"]]
    labels = facet_labels(request.locale)
    facets = {
        name: _facet(bucket["buckets"], labels[name])
        for name, bucket in response["aggregations"]["in_locale"].items()
        if isinstance(bucket, dict) and "buckets" in bucket
    }
    facets["locale"] = _facet(response["aggregations"]["locale"]["buckets"], labels["locale"])
    suggestion = None
    if total < FEW_HITS and "suggest" in response:
        suggestion = _suggestion(request.query, response["suggest"]["spell"])
    return SearchResult(
        total=total,
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        backend="engine",
        offset=request.offset,
        limit=request.limit,
    )


def _facet(buckets, labels: dict[str, str]) -> list[FacetValue]:
    return [
        FacetValue(code=b["key"], label=labels.get(b["key"], b["key"]), count=b["doc_count"])
        for b in buckets
    ]


def _hit(item: dict) -> SearchHit:
    source = item["_source"]
    reviewed = source.get("last_reviewed")
    return SearchHit(
        kind=source["kind"],
        id=source["object_id"],
        translation_key=source["translation_key"],
        title=source["title"],
        url=source.get("url", ""),
        summary=source.get("summary", ""),
        page_type=source["page_type"],
        locale=source["locale"],
        score=item.get("_score"),
        highlights=item.get("highlight", {}),
        last_reviewed=datetime.date.fromisoformat(reviewed[:10]) if reviewed else None,
        visibility=source.get("visibility", "public"),
    )


def _suggestion(query: str, entries: list[dict]) -> str | None:
    words, changed = [], False
    for entry in entries:
        options = entry.get("options") or []
        if options:
            words.append(options[0]["text"])
            changed = True
        else:
            words.append(entry["text"])
    return " ".join(words) if changed else None


def autocomplete(
    client: EngineClient, *, prefix: str, locale: str, viewer: Viewer, limit: int
) -> list[Suggestion]:
    body = {
        "query": {
            "bool": {
                "must": [{"match": {"title.autocomplete": {"query": prefix, "operator": "and"}}}],
                "should": [{"match_phrase_prefix": {"title.folded": {"query": prefix}}}],
                "filter": [{"terms": {"visibility": viewer.visibilities}}],
            }
        },
        "size": limit,
        "_source": ["title", "url", "object_id", "kind"],
    }
    response = client.search(alias_name(locale), body)
    return [
        Suggestion(
            text=h["_source"]["title"],
            url=h["_source"].get("url", ""),
            id=h["_source"]["object_id"],
            kind=h["_source"]["kind"],
        )
        for h in response["hits"]["hits"]
    ]
