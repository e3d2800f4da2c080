"""Search on Elasticsearch/OpenSearch: the query, filters, facets, highlights, suggestion."""

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from django.conf import settings

from kb.folding import fold
from kb.guidance.visibility import Viewer

from ..analysis import IGNORABLE_WORDS
from ..client import EngineClient, alias_name
from ..schema import FACETED, FIELDS, TEXT_FIELDS, hit_values, spell_field, title_key
from ..spelling import is_known
from ..types import (
    MATCH_ALL,
    MATCH_MOST,
    FacetValue,
    SearchHit,
    SearchRequest,
    SearchResult,
    Suggestion,
)
from ..vocabulary import content_vocabulary
from .labels import facet_labels


def _boosted(name: str, sub: str, boost: float) -> str:
    return f"{name}.{sub}" if boost == 1 else f"{name}.{sub}^{boost:g}"


# From search.schema: title > summary > procedure steps and legal references > body. The
# folded sub-fields only: they match accented and unaccented words alike (and half the
# fields cost half).
FOLDED = [_boosted(f.name, "folded", f.weight) for f in TEXT_FIELDS if f.weight]
# Typos: the accent-free `.ascii` sub-fields, without synonyms.
FUZZY_FIELDS = [
    _boosted(f.name, "ascii", f.typo_weight) for f in TEXT_FIELDS if f.typo_weight is not None
]
ASCII_FIELDS = [f"{f.name}.ascii" for f in TEXT_FIELDS if f.typo_weight is not None]
# The relaxed pass scores each word on both sub-fields, at the field's weight on `.folded`
# and its typo weight on `.ascii`.
RELAXED_FIELDS = FOLDED + FUZZY_FIELDS
PHRASE_FIELDS = [
    _boosted(f.name, "folded", f.phrase_weight) for f in TEXT_FIELDS if f.phrase_weight
]
# Facet name → field, and the SearchRequest filter → field.
FACET_FIELDS = {f.facet: f.name for f in FACETED if f.facet}
FILTER_FIELDS = {f.filter: f.name for f in FIELDS if f.filter}
# Hits carry only what SearchHit reads: the long text fields and spell fields stay out.
SOURCE_EXCLUDES = [f.name for f in TEXT_FIELDS if not f.hit] + [spell_field("*")]
FEW_HITS = 3
# The engine refuses queries with more than 1,024 clauses; fields × words × synonyms grows
# fast, so a query keeps at most this many distinct words (the rest is ignored).
MAX_TERMS = 10
MAX_PHRASE_WORDS = 5
# The relaxed pass: of two or three words all but one must match, beyond that half. Its
# score counts a fifth of a match of every word; of a word's fields the best counts, the
# others by the tie breaker.
RELAXED_MATCH = "1<-1 3<50%"
RELAXED_BOOST = 0.2
RELAXED_TIE_BREAKER = 0.3
# A title with the query's content words (search.schema.title_key) outranks any other
# match: BM25 scores of the demo content stay far below this.
TITLE_MATCH_BOOST = 1000
# The fields snippets are shown from (search.schema's `highlight`). The unified
# highlighter reads offsets stored in the postings (no term vectors, no re-analysis). It
# marks the `.folded` sub-field: its source text is the field's own, and folded terms meet
# accented, unaccented and synonym query terms alike (require_field_match off). Keys come
# back as "body.folded"; `_hit` names them "body".
HIGHLIGHTED = {f.name: f.highlight for f in TEXT_FIELDS if f.highlight is not None}
HIGHLIGHT: dict[str, Any] = {
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    "encoder": "html",
    "type": "unified",
    "require_field_match": False,
    "fields": {
        f"{name}.folded": {"fragment_size": 180, "number_of_fragments": h.fragments}
        for name, h in HIGHLIGHTED.items()
    },
}
# The phrase boost re-scores the best hits of each shard only (positions are costly to
# read for every match of common words).
RESCORE_WINDOW = 20


def bounded(query: str) -> str:
    """The query's distinct words, in order, at most MAX_TERMS of them. Punctuation goes:
    the engine gets words only (no query syntax), and the analyzer cannot split one
    whitespace-free string into hundreds of tokens."""
    seen, words = set(), []
    for word in re.findall(r"\w+", query):
        key = word.lower()
        if key not in seen:
            seen.add(key)
            words.append(word)
    return " ".join(words[:MAX_TERMS])


def query_words(query: str) -> list[str]:
    """The words a caller would miss if they were ignored (not question or stop words)."""
    words = re.findall(r"\w+", query.lower())
    return [w for w in dict.fromkeys(words) if fold(w) not in IGNORABLE_WORDS]


def text_query(
    query: str,
    *,
    forgiving: bool,
    visibilities: Sequence[str] = (),
    relaxed: str = RELAXED_MATCH,
) -> dict:
    should: list[dict[str, Any]] = [
        # All words must occur, but not all in one field: a title word and a body word
        # together make a match (fields are grouped by analyzer).
        {
            "multi_match": {
                "query": query,
                "fields": FOLDED,
                "type": "cross_fields",
                "operator": "and",
                "_name": "strict",
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
                    "_name": "typo",
                }
            }
        )
    if forgiving and visibilities:
        # Typos in words the stemmer does not know ("expulsoin"): fuzzy on the unstemmed
        # text the caller may read.
        should.append(
            {
                "multi_match": {
                    "query": query,
                    "fields": [spell_field(v) for v in visibilities],
                    "fuzziness": "AUTO",
                    "prefix_length": 1,
                    "max_expansions": 10,
                    "operator": "and",
                    "boost": 0.3,
                    "_name": "typo",
                }
            }
        )
    if forgiving:
        should.append(relaxed_query(query, relaxed))
    key = title_key(query)
    if key:
        # An exact or near-exact title match (the same content words) comes first.
        should.append(
            {
                "constant_score": {
                    "filter": {"term": {"title_key": key}},
                    "boost": TITLE_MATCH_BOOST,
                    "_name": "title",
                }
            }
        )
    matching: dict[str, Any] = {"bool": {"should": should, "minimum_should_match": 1}}
    if not forgiving:
        return matching
    # Which words each hit contains (no score, and no match on its own: only to tell the
    # caller what was ignored). Beside the matching clauses, never one of them: a tag that
    # matched a document alone made it a hit with score 0, the same few services (whose
    # long details hold every common word) whatever was asked.
    tags = [
        {
            "multi_match": {
                "query": word,
                "fields": [*FOLDED, *ASCII_FIELDS],
                "boost": 0,
                "_name": f"word:{i}",
            }
        }
        for i, word in enumerate(query_words(query))
    ]
    return {"bool": {"must": [matching], "should": tags}}


def relaxed_query(query: str, relaxed: str) -> dict:
    """Never a dead end: most of the words (``relaxed``), ranked well below the matches of
    every word. Each content word is scored on its own (BM25 over the fields, with their
    schema weights: the best field counts, the others a little), so the page that has the
    rarer words, in its title or in how people ask, comes first; a blend of every word over
    every field (cross_fields) let common words decide. The `.ascii` sub-fields too (each
    with its own analysis): a word typed without diacritics meets its inflections there
    ("najemni" → "nájemní"), which `.folded` cannot promise."""
    words = query_words(query)
    if not words:  # only question and stop words: what the analyzer keeps of them
        return {
            "multi_match": {
                "query": query,
                "fields": FOLDED,
                "type": "cross_fields",
                "minimum_should_match": relaxed,
                "boost": RELAXED_BOOST,
                "_name": "relaxed",
            }
        }
    per_word = [
        {
            "multi_match": {
                "query": word,
                "fields": RELAXED_FIELDS,
                "type": "best_fields",
                "tie_breaker": RELAXED_TIE_BREAKER,
            }
        }
        for word in words
    ]
    return {
        "bool": {
            "should": per_word,
            "minimum_should_match": relaxed,
            "boost": RELAXED_BOOST,
            "_name": "relaxed",
        }
    }


def highlight(query: str, forgiving: bool) -> dict:
    """What to mark, as plain terms the unified highlighter can take apart quickly (the
    cross-field query's blended terms it cannot): on the short title and summary each word
    and its synonyms, on the long fields the words as typed (stemmed and folded; marking
    every synonym there costs more than the rest of the search). With typo tolerance on,
    near spellings too."""

    def marks(fields: list[str], **analysis: Any) -> dict:
        should: list[dict] = [{"multi_match": {"query": query, "fields": fields, **analysis}}]
        if forgiving:
            should.append(
                {
                    "multi_match": {
                        "query": query,
                        "fields": fields,
                        "fuzziness": "AUTO",
                        "prefix_length": 1,
                        "max_expansions": 10,
                        "analyzer": "ascii_plain_search",
                    }
                }
            )
        return {"bool": {"should": should}}

    short = [f"{name}.folded" for name, h in HIGHLIGHTED.items() if h.synonyms]
    long = [f"{name}.folded" for name, h in HIGHLIGHTED.items() if not h.synonyms]
    per_field = {
        **{f: marks(short, auto_generate_synonyms_phrase_query=False) for f in short},
        **{f: marks(long, analyzer="folded_index") for f in long},
    }
    return {
        **HIGHLIGHT,
        "fields": {
            name: {**options, "highlight_query": per_field[name]}
            for name, options in HIGHLIGHT["fields"].items()
        },
    }


def phrase_rescore(query: str, *, window: int) -> dict | None:
    """Phrase boost: the words together, in order, for the best hits. Only for short
    queries: a phrase over many words that each have synonyms expands into too many
    clauses."""
    if not query or len(query.split()) > MAX_PHRASE_WORDS:
        return None
    phrase = {
        "multi_match": {
            "query": query,
            "fields": PHRASE_FIELDS,
            "type": "phrase",
            "slop": 2,
            "_name": "phrase",
        }
    }
    return {
        "window_size": window,
        "query": {"rescore_query": phrase, "query_weight": 1, "rescore_query_weight": 3},
    }


def filters(request: SearchRequest) -> list[dict]:
    clauses = [{"terms": {"visibility": request.viewer.visibilities}}]
    for attribute, name in FILTER_FIELDS.items():
        values = getattr(request, attribute)
        if values:
            clauses.append({"terms": {name: list(values)}})
    return clauses


def build_body(
    request: SearchRequest, *, forgiving: bool = False, relaxed: str = RELAXED_MATCH
) -> dict:
    """Hits of the asked locale from its own index; with ``request.facets`` also the facet
    counts (the language facet is counted beside it, see `language_counts`). ``forgiving``
    adds typo tolerance and the did-you-mean suggester: the costly parts, only used when
    the strict query finds little."""
    query = bounded(request.query.strip())
    scoring = (
        text_query(
            query, forgiving=forgiving, visibilities=request.viewer.visibilities, relaxed=relaxed
        )
        if query
        else {"match_all": {}}
    )
    body: dict[str, Any] = {
        "query": {"bool": {"must": [scoring], "filter": filters(request)}},
        "from": request.offset,
        "size": request.limit,
        "track_total_hits": True,
        "_source": {"excludes": SOURCE_EXCLUDES},
    }
    if request.facets:
        body["aggs"] = {
            name: {"terms": {"field": field, "size": 50}} for name, field in FACET_FIELDS.items()
        }
    # A fixed window: every page of one search sees the same order (the best 20 re-scored,
    # the rest as matched).
    rescore = phrase_rescore(query, window=RESCORE_WINDOW)
    if rescore:
        body["rescore"] = rescore
    if query and request.highlights:
        body["highlight"] = highlight(query, forgiving)
    if query and forgiving:
        # Only from text the caller may read: one spell field per visibility.
        body["suggest"] = {
            spell_field(visibility): {
                "text": query,
                # prefix_length 0: a wrong first letter is what typo tolerance cannot forgive
                "term": {
                    "field": spell_field(visibility),
                    "suggest_mode": "always",
                    "min_word_length": 3,
                    "prefix_length": 0,
                },
            }
            for visibility in request.viewer.visibilities
        }
    return body


def language_counts(body: dict) -> dict:
    """How many hits the same query and filters give in another language's index: matched
    only (no scoring, hits, highlights or facets), in the same round trip as the search."""
    return {
        "query": {"constant_score": {"filter": body["query"]}},
        "size": 0,
        "track_total_hits": True,
    }


def _send(client: EngineClient, request: SearchRequest, body: dict) -> dict:
    """The search in the asked locale's index; with facets, the language facet's counts
    from the other locales' indices side by side in one multi-search."""
    own = alias_name(request.locale)
    if not request.facets:
        return client.search(own, body)
    others = [code for code, _ in settings.LANGUAGES if code != request.locale]
    searches = [(own, body)] + [(alias_name(code), language_counts(body)) for code in others]
    response, *counts = client.msearch(searches)
    totals = {request.locale: response["hits"]["total"]["value"]}
    totals.update(
        {code: c["hits"]["total"]["value"] for code, c in zip(others, counts, strict=True)}
    )
    response["language_totals"] = totals
    return response


def search(client: EngineClient, request: SearchRequest) -> SearchResult:
    response = _send(client, request, build_body(request))
    forgiving = response["hits"]["total"]["value"] < FEW_HITS and bool(request.query.strip())
    if forgiving:
        response = _send(client, request, build_body(request, forgiving=True))
        if not response["hits"]["total"]["value"] and len(request.query.split()) > 1:
            # Still nothing: any one of the words, the rarest weighing most.
            response = _send(client, request, build_body(request, forgiving=True, relaxed="1"))
    total = response["hits"]["total"]["value"]
    hits = [_hit(item) for item in response["hits"]["hits"]]
    match_mode, ignored = MATCH_ALL, list[str]()
    if forgiving:
        match_mode, ignored = _match_mode(bounded(request.query.strip()), response["hits"]["hits"])
    facets = _facets(request, response) if request.facets else {}
    suggestion = None
    if "suggest" in response and (total < FEW_HITS or match_mode == MATCH_MOST):
        suggestion = _suggestion(client, request, response["suggest"])
    return SearchResult(
        total=total,
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        backend="engine",
        offset=request.offset,
        limit=request.limit,
        match_mode=match_mode,
        ignored_words=ignored,
    )


def _facets(request: SearchRequest, response: dict) -> dict[str, list[FacetValue]]:
    labels = facet_labels(request.locale)
    facets = {
        name: _facet(response["aggregations"][name]["buckets"], labels[name])
        for name in FACET_FIELDS
    }
    languages = sorted(response["language_totals"].items(), key=lambda item: -item[1])
    facets["locale"] = _facet(
        [{"key": code, "doc_count": n} for code, n in languages if n], labels["locale"]
    )
    return facets


def _match_mode(query: str, items: list[dict]) -> tuple[str, list[str]]:
    """ "all" when every hit shown has all the words (or a typo of them), else "most" and
    the words that none of the shown hits contains."""
    full = {"strict", "phrase", "typo", "title"}
    matched = [set(item.get("matched_queries") or ()) for item in items]
    if all(names & full for names in matched):
        return MATCH_ALL, []
    words = query_words(query)
    seen = set().union(*matched) if matched else set()
    return MATCH_MOST, [w for i, w in enumerate(words) if f"word:{i}" not in seen]


def _facet(buckets: list[dict[str, Any]], labels: dict[str, str]) -> list[FacetValue]:
    return [
        FacetValue(code=b["key"], label=labels.get(b["key"], b["key"]), count=b["doc_count"])
        for b in buckets
    ]


def _hit(item: dict) -> SearchHit:
    return SearchHit(
        **hit_values(item["_source"]),
        score=item.get("_score"),
        highlights={
            name.removesuffix(".folded"): fragments
            for name, fragments in (item.get("highlight") or {}).items()
        },
    )


def _suggestion(client: EngineClient, request: SearchRequest, suggest: dict) -> str | None:
    """Replace each word that is not a word (see search.spelling: neither in the dictionary
    nor in the content's vocabulary, accents folded) and has a neighbour in the caller's
    visible text, by the real (accented) word as written in that text. A correctly spelled
    word is never replaced.

    The suggester's candidates come from term statistics, which keep the words of deleted
    documents until a segment merge: the text of a page just restricted, unpublished or
    edited. So every candidate is confirmed against live documents the caller may see
    (``_written_forms``); one that no such document contains is never offered."""
    text = bounded(request.query.strip())
    vocabulary = content_vocabulary(request.locale)
    candidates: dict[tuple[int, int], list[dict]] = {}
    for entries in suggest.values():
        for entry in entries:
            options = entry.get("options") or []
            key = (entry["offset"], entry["length"])
            if not options or is_known(text[key[0] : key[0] + key[1]], vocabulary):
                continue
            candidates.setdefault(key, []).extend(options)
    if not candidates:
        return None
    spelled = _written_forms(
        client, request, {o["text"] for options in candidates.values() for o in options}
    )
    best: dict[tuple[int, int], str] = {}
    for key, options in candidates.items():
        live = [o for o in options if o["text"] in spelled]
        if live:
            top = max(live, key=lambda o: (o["score"], o["freq"]))
            best[key] = spelled[top["text"]]
    if not best:
        return None
    for (offset, length), word in sorted(best.items(), reverse=True):
        text = text[:offset] + word + text[offset + length :]
    return text


MARK = re.compile(r"<em>(.+?)</em>")


def _written_forms(client: EngineClient, request: SearchRequest, folded: set[str]) -> dict:
    """folded word → the word as written (lower-cased) in a live document the caller may
    see; a word no such document contains is left out. One search per word, in one round
    trip."""
    fields = [spell_field(v) for v in request.viewer.visibilities]
    words = sorted(folded)
    searches = [
        (
            alias_name(request.locale),
            {
                "query": {
                    "bool": {
                        "must": [{"multi_match": {"query": word, "fields": fields}}],
                        "filter": [{"terms": {"visibility": request.viewer.visibilities}}],
                    }
                },
                "size": 3,
                "_source": False,
                "highlight": {
                    "type": "unified",
                    "fields": {f: {"fragment_size": 40, "number_of_fragments": 3} for f in fields},
                },
            },
        )
        for word in words
    ]
    counts: dict[str, Counter] = {word: Counter() for word in words}
    for word, response in zip(words, client.msearch(searches), strict=True):
        for item in (response.get("hits") or {}).get("hits", []):
            for fragments in (item.get("highlight") or {}).values():
                for fragment in fragments:
                    for written in MARK.findall(fragment):
                        if fold(written.lower()) == word:
                            counts[word][written.lower()] += 1
    return {word: c.most_common(1)[0][0] for word, c in counts.items() if c}


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


class EngineBackend:
    """The engine behind search.backends.base.SearchBackend; raises EngineUnavailable when
    it cannot answer (search.query then asks the database)."""

    name = "engine"

    def __init__(self, client: EngineClient) -> None:
        self.client = client

    def search(self, request: SearchRequest) -> SearchResult:
        return search(self.client, request)

    def autocomplete(
        self, *, prefix: str, locale: str, viewer: Viewer, limit: int
    ) -> list[Suggestion]:
        return autocomplete(self.client, prefix=prefix, locale=locale, viewer=viewer, limit=limit)
