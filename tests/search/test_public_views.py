"""The professionals' search page (/search/) and its autocomplete endpoint, as plain HTTP:
what a visitor without JavaScript gets, on the database fallback and on real engines."""

import re
from urllib.parse import unquote

import pytest
from django.test import override_settings

from search import public_views
from search.types import MAX_QUERY_LENGTH, FacetValue, SearchHit, SearchResult

pytestmark = pytest.mark.django_db

CHECKLIST = "Kontrolní seznam pro policisty"
EMERGENCY = ('href="tel:158"', 'href="tel:112"', 'href="tel:116006"')


def html(response) -> str:
    return response.content.decode()


def hit_titles(response) -> list[str]:
    titles = re.findall(r'<h3 class="hit__title"[^>]*>(.*?)</h3>', html(response), re.S)
    return [re.sub(r"<[^>]+>", "", t).strip() for t in titles]


def total(response) -> int:
    match = re.search(r'<h2 id="results-heading">(\d+)', html(response))
    return int(match.group(1)) if match else 0


database = override_settings(SEARCH_URL="")


@database
def test_the_form_works_without_javascript(client):
    page = html(client.get("/search/"))
    assert '<form role="search" method="get" action="/search/"' in page
    assert '<label for="search-q"' in page and 'id="search-q" name="q"' in page

    response = client.get("/search/", {"q": "vykazani"})
    assert response.status_code == 200
    assert 'value="vykazani"' in html(response)
    assert "Vykázání v kostce" in hit_titles(response)
    assert total(response) >= 10
    first_hit = html(response).split('<li class="hit')[1]
    assert re.search(r'<a href="/[^"]+/"[^>]*>', first_hit)  # the title links to the page
    assert re.search(r"Postup|Průvodce", first_hit)  # page type
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\d">', first_hit)  # last reviewed


@database
def test_database_fallback_is_announced_with_what_is_missing(client):
    page = html(client.get("/search/", {"q": "vykazani"}))
    assert "jednoduššího hledání v databázi" in page
    assert "tolerance překlepů" in page and "zvýraznění" in page
    assert "<mark>" not in page


@override_settings(SEARCH_URL="http://127.0.0.1:9", SEARCH_TIMEOUT=1)
def test_an_engine_outage_falls_back_and_says_so(client):
    response = client.get("/search/", {"q": "vykazani"})
    assert response.status_code == 200
    assert "vyhledávač (dočasně nedostupný)" in html(response)
    assert "Vykázání v kostce" in hit_titles(response)


def test_engine_results_show_highlights_and_no_fallback_note(client, engine_settings):
    page = html(client.get("/search/", {"q": "vykazani"}))
    assert re.search(r"<mark>vykázání</mark>", page, re.I)
    assert "jednoduššího hledání v databázi" not in page


def test_did_you_mean_links_to_the_corrected_search(client, engine_settings):
    page = html(client.get("/search/", {"q": "wykazani"}))
    link = re.search(r'<p class="did-you-mean">.*?<a href="([^"]+)"[^>]*>(\w+)</a>', page, re.S)
    # the real word, not the folded form the index stores
    assert link and link.group(2) == "vykázání"
    assert "q=vykázání" in unquote(link.group(1))
    assert all(number in page for number in EMERGENCY)  # nothing found: help numbers


def test_only_the_engines_mark_tags_become_markup(client, monkeypatch):
    hostile = SearchHit(
        kind="page",
        id=1,
        translation_key="x",
        title="<b>Titulek</b>",
        url="/x/",
        summary="<script>alert('summary')</script>",
        page_type="guidance",
        locale="cs",
        highlights={
            "title": ["<img src=x onerror=alert(1)><mark>Vykázání</mark>"],
            "body": ["&lt;b&gt;tučně&lt;/b&gt; a <mark>vykázání</mark> <script>alert(2)</script>"],
        },
    )
    result = SearchResult(
        total=1, hits=[hostile], facets={"topic": [FacetValue("x", "<i>téma</i>", 1)]}
    )
    monkeypatch.setattr(public_views, "search", lambda request: result)
    page = html(client.get("/search/", {"q": "vykazani"}))
    assert "<mark>Vykázání</mark>" in page and "<mark>vykázání</mark>" in page
    assert "<img" not in page and "<script>alert" not in page and "<i>téma</i>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;tučně&lt;/b&gt;" in page  # the engine's own encoding, not doubled


@database
@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * (MAX_QUERY_LENGTH + 1)},
        {"q": "vykazani", "page": "101"},  # past the paging cap (result 1000)
        {"q": "vykazani", "page": "abc"},
        {"q": "vykazani", "page": "0"},
    ],
)
def test_impossible_searches_get_a_friendly_page_not_an_error(client, params):
    response = client.get("/search/", params)
    assert response.status_code == 400
    page = html(response)
    assert "Takto hledat nelze" in page and 'role="alert"' in page
    assert all(number in page for number in EMERGENCY)


@database
@pytest.mark.parametrize("url", ["/search/", "/search/?q=qqxxzz", "/en/search/?q=qqxxzz"])
def test_the_empty_state_always_shows_the_emergency_and_helpline_numbers(client, url):
    page = html(client.get(url))
    assert 'class="empty-state"' in page
    for number in EMERGENCY:
        assert number in page
    assert ">116 006</a>" in page


@database
def test_professionals_only_results_need_a_professional(client, make_user):
    def titles_for(user=None):
        client.logout()
        if user:
            client.force_login(user)
        return hit_titles(client.get("/search/", {"q": "kontrolni seznam"}))

    assert not any(CHECKLIST in t for t in titles_for())
    staff_outside_group = make_user("recepce")
    staff_outside_group.is_staff = True
    staff_outside_group.save()
    assert not any(CHECKLIST in t for t in titles_for(staff_outside_group))
    assert any(CHECKLIST in t for t in titles_for(make_user("policistka", "Professionals")))


@database
def test_autocomplete_endpoint_answers_json_for_the_viewer(client, make_user):
    response = client.get("/search/autocomplete/", {"q": "vykaz"})
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    suggestions = response.json()["suggestions"]
    assert "Vykázání v kostce" in [s["text"] for s in suggestions]
    assert all(s["url"].startswith("/") for s in suggestions if s["kind"] == "page")

    english = client.get("/search/autocomplete/", {"q": "expul", "lang": "en"}).json()
    assert any("Expulsion" in s["text"] for s in english["suggestions"])
    assert client.get("/search/autocomplete/", {"q": "v"}).json() == {"suggestions": []}

    def checklist_suggested() -> bool:
        found = client.get("/search/autocomplete/", {"q": "kontrolni"}).json()["suggestions"]
        return any(CHECKLIST in s["text"] for s in found)

    assert not checklist_suggested()
    client.force_login(make_user("ospod", "Professionals"))
    assert checklist_suggested()


def test_autocomplete_endpoint_on_the_engine(client, engine_settings):
    found = client.get("/search/autocomplete/", {"q": "vykaz"}).json()["suggestions"]
    assert "Vykázání v kostce" in [s["text"] for s in found]


@database
def test_facet_links_filter_and_mark_the_choice(client):
    before = client.get("/search/", {"q": "vykazani"})
    link = re.search(r'href="(\?[^"]*topic=preliminary-measure[^"]*)"', html(before))
    assert link, "each facet value is a link that adds the filter"
    after = client.get("/search/" + link.group(1).replace("&amp;", "&"))
    assert 0 < total(after) < total(before)
    selected = re.search(
        r'<a href="(\?[^"]*)" class="facet__link facet__link--selected" aria-current="true">'
        r"\s*<span[^>]*>☑</span>\s*<span class=\"facet__label\">Předběžné opatření",
        html(after),
    )
    assert selected and "topic=" not in selected.group(1)  # choosing it again removes it
    for name in ("Téma", "Pro koho", "Typ stránky", "Jazyk"):
        assert f">{name}</h3>" in html(after)


@database
def test_paging_moves_through_the_results(client):
    first = client.get("/search/", {"q": "vykazani"})
    assert total(first) > public_views.PAGE_SIZE
    assert len(hit_titles(first)) == public_views.PAGE_SIZE
    assert 'rel="next"' in html(first) and "Stránka 1 z" in html(first)
    second = client.get("/search/", {"q": "vykazani", "page": "2"})
    assert '<ol class="hits" start="11">' in html(second)
    assert 'rel="prev"' in html(second)
    assert not set(hit_titles(first)) & set(hit_titles(second))


@database
def test_czech_by_default_english_under_en(client):
    czech = html(client.get("/search/", {"q": "vykazani"}))
    assert '<html lang="cs">' in czech
    assert "Rychle odejít" in czech and "Hledat ve znalostní bázi" in czech
    assert '<a href="/en/search/?q=vykazani" lang="en" hreflang="en">English</a>' in czech

    english = html(client.get("/en/search/", {"q": "expulsion"}))
    assert '<html lang="en">' in english
    assert "Leave this page quickly" in english and "Search the knowledge base" in english
    assert "Expulsion at a glance" in english
    assert 'href="/search/?q=expulsion" lang="cs"' in english


@database
def test_english_results_inside_the_czech_page_via_the_language_facet(client):
    page = html(client.get("/search/", {"q": "expulsion", "lang": "en"}))
    assert '<html lang="cs">' in page  # the interface stays Czech
    assert re.search(r'<h3 class="hit__title" id="[^"]+" lang="en">', page)
    assert 'name="lang" value="en"' in page  # the next search stays in English
