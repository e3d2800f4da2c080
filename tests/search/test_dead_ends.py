"""Never a dead end: a question with one unknown word still finds the page the other words
point at, says which words it ignored, and when nothing matches offers where to go."""

import json

import pytest
from django.test import Client

from search.query import search
from search.types import SearchRequest

pytestmark = pytest.mark.django_db


def run(query, locale="cs", **kwargs):
    return search(SearchRequest(query=query, locale=locale, record_analytics=False, **kwargs))


def test_all_words_answer_in_all_words_mode(engine_settings):
    result = run("vykázání osoba")
    assert result.match_mode == "all" and result.ignored_words == []
    # few strict matches: pages with most words follow, ranked below; no word is ignored
    few = run("námitka proti vykázání")
    assert few.hits[0].title == "Námitka proti vykázání"
    assert few.ignored_words == []


def test_one_unknown_word_does_not_empty_the_answer(engine_settings):
    result = run("námitka proti vykázání kvokání")
    assert result.total > 0
    assert result.match_mode == "most"
    assert result.ignored_words == ["kvokání"]
    assert result.hits[0].title == "Námitka proti vykázání"


@pytest.mark.parametrize(
    ("query", "locale", "expected"),
    [
        ("jak dlouho trvá vykázání", "cs", "vykázání"),
        ("co dělat když mě vykázali z bytu", "cs", "vykáz"),
        ("what happens if the expelled person breaches the expulsion", "en", "breach"),
        ("do I have to leave the flat when expelled", "en", "expel"),
    ],
)
def test_questions_find_the_page_their_content_words_find(engine_settings, query, locale, expected):
    result = run(query, locale=locale)
    assert result.total > 0, query
    assert any(expected in (h.title + h.summary).lower() for h in result.hits[:3]), [
        h.title for h in result.hits[:3]
    ]


def test_nothing_found_offers_emergency_contacts_and_entry_pages(engine_settings):
    query = """query($q: String!) { search(query: $q) {
        totalCount matchMode ignoredWords
        emergencyContacts { name }
        entryPages { title url }
    } }"""
    body = (
        Client()
        .post(
            "/graphql/",
            json.dumps({"query": query, "variables": {"q": "qwxzy kvokvak"}}),
            content_type="application/json",
        )
        .json()
    )
    assert "errors" not in body, body
    answer = body["data"]["search"]
    assert answer["totalCount"] == 0
    assert answer["emergencyContacts"] and answer["entryPages"]
    assert all(page["url"].startswith("/") for page in answer["entryPages"])
    html = Client().get("/search/", {"q": "qwxzy kvokvak"}).content.decode()
    assert answer["entryPages"][0]["title"] in html
    found = (
        Client()
        .post(
            "/graphql/",
            json.dumps({"query": query, "variables": {"q": "námitka proti vykázání kvokání"}}),
            content_type="application/json",
        )
        .json()["data"]["search"]
    )
    assert found["matchMode"] == "most" and found["ignoredWords"] == ["kvokání"]
    assert found["emergencyContacts"] == [] and found["entryPages"] == []
