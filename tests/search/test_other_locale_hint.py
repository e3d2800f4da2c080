"""An English question asked in Czech (or the reverse) is told that the other language has the
answer (issue 20, item 6): on both engines and the database fallback, in GraphQL and on the
search page; never from content the caller may not see."""

import pytest
from django.test import override_settings
from django.utils import translation

from kb.guidance.visibility import Viewer
from search.query import search, written_in
from search.types import LocaleHint, SearchRequest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _language_restored():
    """A request to /en/ leaves English active for the tests that follow in this process."""
    language = translation.get_language()
    yield
    translation.activate(language)


# Words of the English professionals-only pages (statistics, checklists) and nowhere else.
RESTRICTED_ONLY = "checklist statistics"


def run(query: str, locale: str = "cs", viewer: Viewer | None = None, **kwargs):
    return search(
        SearchRequest(
            query=query,
            locale=locale,
            viewer=viewer or Viewer.anonymous(),
            record_analytics=False,
            **kwargs,
        )
    )


def professional() -> Viewer:
    return Viewer(professional=True)


def test_the_query_language_is_told_by_the_dictionaries():
    assert written_in("he choked me", "en", than="cs")
    assert written_in("restraining order", "en", than="cs")
    assert not written_in("manžel mě bije", "en", than="cs")
    assert written_in("manzel me bije", "cs", than="en")


def _hint_cases():
    return [
        ("he choked me", "cs", "en"),
        ("restraining order", "cs", "en"),
        ("manžel mě bije", "en", "cs"),
    ]


@pytest.mark.parametrize(("query", "locale", "other"), _hint_cases())
@pytest.mark.parametrize("facets", [True, False])
def test_the_other_language_is_offered_on_the_engines(
    engine_settings, query, locale, other, facets
):
    result = run(query, locale, facets=facets)
    assert result.backend == "engine"
    assert isinstance(result.other_locale_hint, LocaleHint), (result.total, result.match_mode)
    assert result.other_locale_hint.locale == other
    assert result.other_locale_hint.total == run(query, other).total


@override_settings(SEARCH_URL="")
@pytest.mark.parametrize(("query", "locale", "other"), _hint_cases())
def test_the_other_language_is_offered_without_the_engine(query, locale, other):
    result = run(query, locale)
    assert result.backend == "database"
    assert result.other_locale_hint is not None
    assert result.other_locale_hint.locale == other
    assert result.other_locale_hint.total == run(query, other).total


@pytest.mark.parametrize("query", ["vykázání", "domácí násilí", "manžel mě bije"])
def test_no_hint_when_the_asked_language_answers(engine_settings, query):
    assert run(query, "cs").other_locale_hint is None


def test_no_hint_when_asked_not_to(engine_settings):
    assert run("he choked me", "cs", locale_hint=False).other_locale_hint is None


@pytest.mark.parametrize("facets", [True, False])
def test_the_hint_counts_only_what_the_caller_may_see(engine_settings, facets):
    """From the attacker's side: words only professionals-only English pages contain, asked
    anonymously in Czech, must not reveal that such pages exist."""
    assert run(RESTRICTED_ONLY, "en", facets=facets).total == 0
    assert run(RESTRICTED_ONLY, "cs", facets=facets).other_locale_hint is None
    hint = run(RESTRICTED_ONLY, "cs", viewer=professional(), facets=facets).other_locale_hint
    assert hint is not None and hint.locale == "en"


@override_settings(SEARCH_URL="")
def test_the_database_hint_counts_only_what_the_caller_may_see():
    assert run(RESTRICTED_ONLY, "en").total == 0
    assert run(RESTRICTED_ONLY, "cs").other_locale_hint is None
    hint = run(RESTRICTED_ONLY, "cs", viewer=professional()).other_locale_hint
    assert hint is not None and hint.locale == "en"


HINT_QUERY = """query($q: String!, $l: String) {
  search(query: $q, locale: $l, first: 3) { totalCount otherLocaleHint { locale total } }
}"""


@override_settings(SEARCH_URL="")
def test_graphql_shape(client):
    def ask(query: str, locale: str) -> dict:
        response = client.post(
            "/graphql/",
            {"query": HINT_QUERY, "variables": {"q": query, "l": locale}},
            content_type="application/json",
        )
        body = response.json()
        assert "errors" not in body, body
        return body["data"]["search"]

    hinted = ask("he choked me", "cs")
    assert set(hinted["otherLocaleHint"]) == {"locale", "total"}
    assert hinted["otherLocaleHint"]["locale"] == "en"
    assert hinted["otherLocaleHint"]["total"] > 0
    assert ask("vykázání", "cs")["otherLocaleHint"] is None


@override_settings(SEARCH_URL="")
def test_the_search_page_links_to_the_other_language(client):
    czech = client.get("/search/", {"q": "he choked me"})
    page = czech.content.decode()
    assert '<html lang="cs">' in page
    hint = czech.context["result"].other_locale_hint
    assert hint is not None and hint.locale == "en"
    assert 'href="?q=he+choked+me&amp;lang=en" hreflang="en"' in page
    assert "Odpověď je v angličtině: zobrazit" in page
    english = client.get("/en/search/", {"q": "manžel mě bije"}).content.decode()
    assert "The answer is in Czech: show" in english
    assert "lang=cs" in english
