"""People's own words for the legal terms find the pages that use the legal terms."""

import pytest

from search.query import search
from search.types import SearchRequest

pytestmark = pytest.mark.django_db

LAY_WORDS = [
    ("odvolání proti vykázání", "cs", "námitka"),
    ("soudní zákaz", "cs", "předběžné opatření"),
    ("odškodnění od státu", "cs", "peněžit"),
    ("bezpečný dům", "cs", "azylov"),
    ("vyhodili ho z bytu", "cs", "vykáz"),
    ("nedodržel vykázání", "cs", "vykáz"),
    ("obtěžování a sledování", "cs", "pronásledování"),
    ("restraining order", "en", "preliminary measure"),
    ("appeal against expulsion", "en", "object"),
    ("compensation", "en", "financial assistance"),
    ("safe house", "en", "shelter"),
    ("child welfare", "en", "child"),
    ("stalker", "en", "stalking"),
    ("he broke the ban", "en", "breach"),
]


@pytest.mark.parametrize(("query", "locale", "expected"), LAY_WORDS)
def test_lay_words_find_the_legal_term(engine_settings, query, locale, expected):
    result = search(SearchRequest(query=query, locale=locale, record_analytics=False))
    top = [f"{h.title} {h.summary}".lower() for h in result.hits[:3]]
    assert any(expected in text for text in top), (
        [h.title for h in result.hits[:3]],
        result.unavailable_features,
    )


@pytest.mark.parametrize("query", ["policie ho vyhodila z domu", "manžel ji pořád bije"])
def test_pronouns_are_neither_required_nor_reported_as_missing(engine_settings, query):
    """The analyzers drop "ho" and "ji"; a word nothing can match must not count against
    the relaxed match, nor be shown to the caller as a word the results leave out."""
    result = search(SearchRequest(query=query, locale="cs", record_analytics=False))
    assert result.total > 0
    assert not {"ho", "ji"} & set(result.ignored_words), result.ignored_words
