"""The search document, declared once: each field's name, kind, analysis, weights, whether it
is highlighted, faceted, filtered or spelled, what a hit reads from it, and how it is taken
from a page and from a service.

Everything else is derived from ``FIELDS``: the index mapping (search.analysis), the engine
query's field lists, boosts, highlights, facets and filters (search.backends.engine), the
database fallback's ranked columns and facet relations (search.backends.database), the
documents (search.documents) and the hits (search.types.SearchHit). Adding a searchable
field is one line here (and the model field it reads). The index version follows this file
(search.analysis.INDEX_VERSION), so `search_index rebuild` builds the new shape beside the
old one."""

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from kb.guidance.choices import Visibility
from kb.guidance.text import html_to_text

from .models import ObjectType, ResultKind

if TYPE_CHECKING:
    from kb.guidance.models import KnowledgePage
    from kb.services.models import Service


class Kind(StrEnum):
    """How the engine stores a field."""

    TEXT = "text"  # analysed per language, with the accent-free `.folded` sub-field
    KEYWORD = "keyword"  # exact codes: filters and facets
    STORED = "stored"  # returned with hits, never searched (a keyword with index off)
    LONG = "long"
    DATE = "date"


@dataclass(frozen=True)
class PageSource:
    """What a page's fields are read from: the specific page and what its batch looked up
    once for every page (URL, locale code, taxonomy codes, the texts per search field)."""

    page: "KnowledgePage"
    url: str
    locale: str
    taxonomy: dict[str, list[str]]
    texts: dict[str, str]


@dataclass(frozen=True)
class Highlight:
    """Snippets shown from a text field: ``fragments`` of it (0: the whole field), marking
    the query's synonyms too (``synonyms``, cheap on short fields) or the words as typed."""

    fragments: int
    synonyms: bool = False


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    page: Callable[[PageSource], Any]
    service: Callable[["Service"], Any]
    # -- text fields: the main query's boost on `.folded` (0: not queried) ...
    weight: float = 0
    # ... the typo clause's boost on the `.ascii` sub-field (None: no `.ascii`) ...
    typo_weight: float | None = None
    # ... the phrase boost's weight (None: not in the phrase boost) ...
    phrase_weight: float | None = None
    highlight: Highlight | None = None
    spelling: bool = False  # feeds did-you-mean (the spell field of the doc's visibility)
    autocomplete: bool = False  # a `.autocomplete` edge-n-gram sub-field
    raw: bool = False  # a `.raw` keyword sub-field
    # -- database fallback: rank weight of the column a hit's score reads (0: not ranked),
    # plus ``short_bonus`` divided by the number of the text's content words
    database_weight: float = 0
    short_bonus: float = 0
    # -- keyword fields: the facet it feeds, the SearchRequest filter that narrows it, and
    # the page and service relations the database fallback reads them from
    facet: str | None = None
    filter: str | None = None
    relations: tuple[str, str] | None = None
    # -- hits: the SearchHit attribute filled from the stored field (None: not in hits)
    hit: str | None = None
    parse: Callable[[Any], Any] | None = None


def _date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value[:10]) if value else None


def _text(name: str) -> Callable[[PageSource], str]:
    return lambda src: src.texts[name]


def _codes(name: str) -> Callable[[PageSource], list[str]]:
    return lambda src: sorted(src.taxonomy[name])


def _service_codes(relation: str) -> Callable[["Service"], list[str]]:
    return lambda service: sorted(term.code for term in getattr(service, relation).all())


def _actors(src: PageSource) -> list[str]:
    return sorted({step["actor"] for step in src.page.step_values if step.get("actor")})


def _nothing(_source: object) -> str:
    return ""


def title_key(text: str) -> str:
    """A title's or a query's content words, accent-folded, lower-cased, without
    punctuation, question and stop words, distinct and sorted: "Co je domácí násilí?" and
    "co je domaci nasili" give the same key "domaci nasili", "What domestic violence is" and
    "what is domestic violence" too. The engine and the database rank the page whose title
    has the key of the query first (an exact or near-exact title match); "" never matches."""
    from kb.folding import fold

    from .analysis import IGNORABLE_WORDS  # search.analysis reads this module

    words = {fold(word) for word in re.findall(r"\w+", (text or "").lower())}
    return " ".join(sorted(words - IGNORABLE_WORDS))


def _title_key(src: PageSource) -> str:
    return title_key(src.texts["title"])


# A service's text parts (kb.services.models.SEARCH_PARTS) by field: the name is its title,
# the description its summary, the details its body. The database fallback, which has no
# body column for services, matches the name, description, how people ask and organisation.
SERVICE_DETAILS = ("organization", "eligibility", "fees", "phones", "locations")
SERVICE_DATABASE_TEXT = ("name", "description", "asked_as", "organization")


def _service_part(name: str) -> Callable[["Service"], str]:
    return lambda service: service.search_parts(name)[0]


def _service_body(service: "Service") -> str:
    return html_to_text(" ".join(part for part in service.search_parts(*SERVICE_DETAILS) if part))


# Facets are offered in the order of their fields here.
# fmt: off
FIELDS: tuple[Field, ...] = (
    Field("kind", Kind.KEYWORD, lambda src: ObjectType.PAGE, lambda s: ObjectType.SERVICE,
          hit="kind"),
    Field("object_id", Kind.LONG, lambda src: src.page.pk, lambda s: s.pk, hit="id"),
    Field("translation_key", Kind.KEYWORD, lambda src: str(src.page.translation_key),
          lambda s: str(s.translation_key), hit="translation_key"),
    Field("locale", Kind.KEYWORD, lambda src: src.locale, lambda s: s.locale.language_code,
          hit="locale"),
    Field("visibility", Kind.KEYWORD, lambda src: src.page.visibility,
          lambda s: Visibility.PUBLIC, hit="visibility"),
    Field("url", Kind.STORED, lambda src: src.url, _nothing, hit="url"),
    Field("title", Kind.TEXT, _text("title"), _service_part("name"),
          weight=6, typo_weight=5, phrase_weight=3, highlight=Highlight(0, synonyms=True),
          spelling=True, autocomplete=True, raw=True, database_weight=3, short_bonus=3,
          hit="title"),
    Field("summary", Kind.TEXT, _text("summary"), _service_part("description"),
          weight=3, typo_weight=2.5, phrase_weight=2, highlight=Highlight(2, synonyms=True),
          spelling=True, database_weight=1, hit="summary"),
    # How people ask (editors' lay phrasings): nearly a title's weight, as words and as
    # phrases; not spelled, as colloquial unaccented words are no did-you-mean suggestions.
    Field("asked_as", Kind.TEXT, _text("asked_as"), _service_part("asked_as"),
          weight=5, typo_weight=4, phrase_weight=4, database_weight=2),
    # The exact or near-exact title match (see title_key): a keyword, not analysed.
    Field("title_key", Kind.KEYWORD, _title_key, lambda s: title_key(s.name)),
    Field("steps", Kind.TEXT, _text("steps"), _nothing,
          weight=2, phrase_weight=1, highlight=Highlight(2), spelling=True),
    Field("legal", Kind.TEXT, _text("legal"), _nothing, weight=2, spelling=True),
    Field("body", Kind.TEXT, _text("body"), _service_body,
          weight=1, typo_weight=1, phrase_weight=1, highlight=Highlight(2), spelling=True),
    # The contact cards a page shows (their services' names): searchable, so a page still
    # comes up for its card's service, but weighing little, as the page is not about them;
    # the service's own document carries the card's words with full weight. Not
    # highlighted, not spelled, not in the database fallback's ranking or text.
    Field("cards", Kind.TEXT, _text("cards"), _nothing, weight=0.2),
    Field("topics", Kind.KEYWORD, _codes("topics"), _service_codes("topics"),
          facet="topic", filter="topics", relations=("topics", "topics")),
    Field("audiences", Kind.KEYWORD, _codes("audiences"), _service_codes("audiences"),
          facet="audience", filter="audiences", relations=("audiences", "audiences")),
    Field("page_type", Kind.KEYWORD, lambda src: src.page.page_type,
          lambda s: ResultKind.SERVICE, facet="page_type", filter="page_types",
          hit="page_type"),
    Field("regions", Kind.KEYWORD, _codes("regions"), _service_codes("service_areas"),
          facet="region", filter="regions", relations=("regions", "service_areas")),
    Field("actors", Kind.KEYWORD, _actors, lambda s: []),
    Field("category", Kind.KEYWORD, _nothing, lambda s: s.category),
    Field("phones", Kind.KEYWORD, lambda src: [],
          lambda s: [phone.number for phone in s.phones.all()]),
    Field("last_reviewed", Kind.DATE, lambda src: _date(src.page.last_reviewed),
          lambda s: s.last_verified.isoformat(), hit="last_reviewed", parse=_parse_date),
    Field("next_review_due", Kind.DATE, lambda src: _date(src.page.next_review_due),
          lambda s: None),
)
# fmt: on


@dataclass(frozen=True)
class Related:
    """A facet whose codes the database fallback reads through a relation of the page and
    one of the service (topics, audiences, regions)."""

    facet: str
    filter: str  # the SearchRequest attribute
    page: str
    service: str


def _related() -> tuple[Related, ...]:
    found = []
    for field in FIELDS:
        if field.facet and field.filter and field.relations:
            found.append(Related(field.facet, field.filter, *field.relations))
    return tuple(found)


BY_NAME = {field.name: field for field in FIELDS}
TEXT_FIELDS = tuple(f for f in FIELDS if f.kind == Kind.TEXT)
SPELLED = tuple(f for f in TEXT_FIELDS if f.spelling)
FACETED = tuple(f for f in FIELDS if f.facet)
HIT_FIELDS = tuple(f for f in FIELDS if f.hit)
RELATED = _related()


def spell_field(visibility: str) -> str:
    """Did-you-mean reads only this field for callers who may see ``visibility``."""
    return f"spell_{visibility}"


def spell_fields(doc: dict[str, Any]) -> dict[str, str]:
    """A document's text in the spell field of its own visibility only, so a word from a
    professionals-only page is never suggested to the public."""
    text = " ".join(str(doc.get(f.name) or "") for f in SPELLED)
    return {spell_field(v): text if v == doc["visibility"] else "" for v in Visibility.values}


def page_document(source: PageSource) -> dict[str, Any]:
    doc = {field.name: field.page(source) for field in FIELDS}
    return doc | spell_fields(doc)


def service_document(service: "Service") -> dict[str, Any]:
    doc = {field.name: field.service(service) for field in FIELDS}
    return doc | spell_fields(doc)


def hit_values(source: dict[str, Any]) -> dict[str, Any]:
    """The SearchHit attributes an engine hit's stored fields give."""
    values = {}
    for field in HIT_FIELDS:
        value = source.get(field.name)
        values[str(field.hit)] = field.parse(value) if field.parse else value
    return values
