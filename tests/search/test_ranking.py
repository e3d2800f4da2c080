"""What a reader notices about the order of results: the page titled with the question comes
first, a contact card does not pull the page that shows it above the service itself, and a
question only partly answered brings the page with its rarer word, not the same few
services whatever was asked. On both real engines and in the database fallback."""

import pytest
from django.test import override_settings

from kb.folding import fold
from kb.guidance.models import KnowledgePage
from kb.services.models import Service
from search.query import search
from search.schema import title_key
from search.types import SearchRequest

pytestmark = pytest.mark.django_db

WHAT_IS = "Co je domácí násilí"
WHAT_IS_EN = "What domestic violence is"
TITLE_QUERIES = [
    ("co je domácí násilí", "cs", WHAT_IS),
    ("co je domaci nasili", "cs", WHAT_IS),
    ("Co je DOMÁCÍ násilí?", "cs", WHAT_IS),
    ("what domestic violence is", "en", WHAT_IS_EN),
    ("What is domestic violence?", "en", WHAT_IS_EN),
]
# The police service's card is shown on several pages; its words are the service's.
POLICE = {
    "cs": "Policie ČR – tísňová linka 158",
    "en": "Police of the Czech Republic – emergency line 158",
}
# One word the stalking pages have (rare in the content), two words no text has.
STALKING = {
    "cs": ("pronásledování tchyně kolo", "Nebezpečné pronásledování – stalking (§ 354)"),
    "en": ("stalking umbrella bicycle", "Stalking (section 354)"),
}


def run(query, locale="cs", limit=20):
    return search(SearchRequest(query=query, locale=locale, limit=limit, record_analytics=False))


def titles(result):
    return [hit.title for hit in result.hits]


def pages_showing(service):
    """The live pages whose body shows ``service``'s contact card."""
    pages = KnowledgePage.objects.live().filter(locale=service.locale).specific()
    return [
        page
        for page in pages
        if any(
            block.block_type == "contact" and block.value.get("service") == service
            for block in page.body or []
        )
    ]


def own_text(page):
    """A page's search text without its contact cards, accents folded."""
    texts = page.search_texts()
    texts.pop("cards")
    return fold(" ".join(texts.values()).lower())


# -- the title rule --------------------------------------------------------------------


def test_a_title_and_its_question_share_a_key():
    assert title_key("Co je domácí násilí?") == title_key("co je domaci nasili") != ""
    assert title_key("What is domestic violence?") == title_key("What domestic violence is")
    assert title_key("co je") == ""  # only question words: no title matches it
    assert title_key("domácí násilí a děti") != title_key("co je domácí násilí")


@pytest.mark.parametrize(("query", "locale", "expected"), TITLE_QUERIES)
def test_the_page_titled_with_the_question_comes_first(engine_settings, query, locale, expected):
    assert titles(run(query, locale))[0] == expected


@override_settings(SEARCH_URL="")
@pytest.mark.parametrize(("query", "locale", "expected"), TITLE_QUERIES)
def test_database_puts_the_page_titled_with_the_question_first(query, locale, expected):
    result = run(query, locale)
    assert result.backend == "database"
    assert titles(result)[0] == expected


# -- contact cards ---------------------------------------------------------------------


def test_a_contact_card_is_the_page_s_cards_text_not_its_body():
    police = Service.objects.get(name=POLICE["cs"])
    page = pages_showing(police)[0]
    texts = page.search_texts()
    assert police.name in texts["cards"]
    assert police.name not in texts["body"]
    # The database fallback finds the card's words on the service only.
    assert "tisnova linka" not in page.stored_search_text() or "tisnova linka" in own_text(page)


@pytest.mark.parametrize("locale", ["cs", "en"])
def test_the_service_outranks_the_pages_that_only_show_its_card(engine_settings, locale):
    police = Service.objects.get(name=POLICE[locale])
    found = titles(run(police.name, locale, limit=50))
    assert found[0] == police.name
    # A page that shows the card but whose own text lacks the card's words ranks below
    # every service and page whose own text has them.
    words = title_key(police.name).split()
    showing = [p for p in pages_showing(police) if not all(w in own_text(p) for w in words)]
    assert showing, "the demo shows the police card on pages that do not say its name"
    for page in showing:
        if page.title in found:
            assert found.index(page.title) > found.index(police.name)


@override_settings(SEARCH_URL="")
@pytest.mark.parametrize("locale", ["cs", "en"])
def test_database_finds_the_card_s_words_on_the_service(locale):
    police = Service.objects.get(name=POLICE[locale])
    result = run(police.name, locale, limit=50)
    assert titles(result)[0] == police.name


# -- the relaxed pass --------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["cs", "en"])
def test_a_partly_matched_question_brings_the_page_with_its_word(engine_settings, locale):
    query, expected = STALKING[locale]
    result = run(query, locale)
    assert titles(result)[0] == expected
    # Every hit matched a word of the question: none is there with nothing to rank it by.
    assert all(hit.score for hit in result.hits)
    assert result.ignored_words  # and the answer says which words it left out


def test_the_relaxed_pass_ranks_the_rarer_word_first(engine_settings):
    # "násilí" is on most pages; "pronásledování" on a few, in the stalking page's title:
    # of the pages with one of the two words (nothing has the third), that one leads.
    # ("tchyně" was the third word once; the lay vocabulary now reads it as a relative.)
    result = run("násilí pronásledování kolo")
    assert titles(result)[0] == STALKING["cs"][1]


@override_settings(SEARCH_URL="")
def test_database_relaxed_ranking_weighs_the_rarer_word():
    result = run("násilí pronásledování kolo")
    assert result.backend == "database"
    assert titles(result)[0] == STALKING["cs"][1]
