"""The query service's contract, shared by GraphQL, the search page and the tests."""

import datetime
from dataclasses import dataclass, field

from kb.guidance.visibility import Viewer
from kb.languages import DEFAULT_LANGUAGE

MAX_PAGE_SIZE = 50
MAX_OFFSET = 1000  # deep paging is capped: results past this are not reachable
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class SearchRequest:
    query: str
    locale: str = DEFAULT_LANGUAGE
    viewer: Viewer = field(default_factory=Viewer.anonymous)
    topics: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    page_types: tuple[str, ...] = ()  # "guidance", "procedure", "service"
    regions: tuple[str, ...] = ()
    offset: int = 0
    limit: int = 10
    record_analytics: bool = True
    # What the caller will read: each costs engine time (GraphQL asks only when selected).
    facets: bool = True
    highlights: bool = True
    # Whether to say that another language has the answer (``SearchResult.other_locale_hint``)
    locale_hint: bool = True


@dataclass
class SearchHit:
    kind: str  # "page" or "service"
    id: int
    translation_key: str
    title: str
    url: str
    summary: str
    page_type: str
    locale: str
    score: float | None = None
    highlights: dict[str, list[str]] = field(default_factory=dict)  # field → HTML with <mark>
    last_reviewed: datetime.date | None = None
    visibility: str = "public"
    promoted: bool = False


@dataclass
class FacetValue:
    code: str
    label: str
    count: int | None  # None: the database fallback has no count for this value


@dataclass(frozen=True)
class LocaleHint:
    """The asked language found nothing or little, another has results: which, how many."""

    locale: str
    total: int


# SearchResult.match_mode: every word matched, or the relaxed pass answered with most of them
MATCH_ALL, MATCH_MOST = "all", "most"


@dataclass
class SearchResult:
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    suggestion: str | None = None
    backend: str = "engine"  # "engine" or "database"
    unavailable_features: list[str] = field(default_factory=list)
    offset: int = 0
    limit: int = 10
    match_mode: str = MATCH_ALL
    # Words of the query that none of the hits shown contains (with MATCH_MOST)
    ignored_words: list[str] = field(default_factory=list)
    # Another language's results, when the asked language has few (see search.query)
    other_locale_hint: LocaleHint | None = None


@dataclass
class EntryPage:
    """Where to start reading when a search finds nothing: a section of the asked language."""

    title: str
    url: str


@dataclass
class Suggestion:
    text: str
    url: str
    id: int
    kind: str = "page"


class SearchInputError(ValueError):
    """The request cannot be answered as asked (too long, bad paging): a 4xx, never a 500."""
