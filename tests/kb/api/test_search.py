"""search and autocomplete go through the query service in search/ and never surface a
page the caller may not see."""

from kb.guidance.models import KnowledgePage

from .conftest import error_codes

SEARCH = """query($q: String!, $l: String, $f: SearchFilter, $n: Int, $after: String) {
  search(query: $q, locale: $l, filters: $f, first: $n, after: $after) {
    totalCount backend unavailableFeatures suggestion
    pageInfo { hasNextPage endCursor }
    facets { name values { code label count } }
    edges { score highlights { field fragments }
            node { kind id title url summary pageType locale isProfessionalsOnly
                   page { id slug title } service { code name } } }
  }
}"""


def titles(data):
    return [e["node"]["title"] for e in data["search"]["edges"]]


def test_search_without_diacritics_finds_pages(gql):
    data = gql.data(SEARCH, {"q": "vykazani", "l": "cs", "n": 50})["search"]
    assert data["totalCount"] > 0
    assert data["backend"] in ("engine", "database")
    slugs = {e["node"]["page"]["slug"] for e in data["edges"] if e["node"]["kind"] == "PAGE"}
    assert "postup-pri-vykazani" in slugs
    for edge in data["edges"]:
        node = edge["node"]
        assert node["locale"] == "cs"
        if node["kind"] == "PAGE":
            assert node["page"]["id"] == node["id"]
        assert isinstance(edge["highlights"], list)
    assert {f["name"] for f in data["facets"]} <= {
        "topic",
        "audience",
        "page_type",
        "region",
        "locale",
    }


def test_done_means_curl_example_returns_hits(gql):
    # The issue's acceptance example, verbatim.
    data = gql.data('{ search(query: "vykazani", locale: "cs") { totalCount } }')
    assert data["search"]["totalCount"] > 0


def test_search_never_returns_professionals_only_pages_to_the_public(
    gql, public_key, professional_key
):
    hidden = KnowledgePage.objects.get(slug="statistika-vykazani")
    for key in (None, public_key):
        data = gql.data(SEARCH, {"q": "statistika", "n": 50}, key=key)["search"]
        assert hidden.title not in titles({"search": data})
        assert all(not e["node"]["isProfessionalsOnly"] for e in data["edges"])
    pro = gql.data(SEARCH, {"q": "statistika", "n": 50}, key=professional_key)
    assert hidden.title in titles(pro)


def test_search_never_returns_drafts(gql, professional_key):
    for query in ("obcanskem zakoniku 3021", "pracovni verze"):
        data = gql.data(SEARCH, {"q": query, "n": 50}, key=professional_key)
        assert "Domácí násilí v občanském zákoníku (§ 3021)" not in titles(data)
        assert "Novela č. 78/2025 Sb.: co se mění ve vykázání (pracovní verze)" not in titles(data)


def test_search_filters_by_kind_and_pages_with_cursors(gql):
    services = gql.data(SEARCH, {"q": "linka", "f": {"type": ["SERVICE"]}, "n": 50})["search"]
    assert services["edges"] and all(e["node"]["kind"] == "SERVICE" for e in services["edges"])
    assert all(e["node"]["service"]["name"] == e["node"]["title"] for e in services["edges"])
    first = gql.data(SEARCH, {"q": "vykazani", "n": 2})["search"]
    second = gql.data(SEARCH, {"q": "vykazani", "n": 2, "after": first["pageInfo"]["endCursor"]})
    assert first["pageInfo"]["hasNextPage"] is True
    assert not set(titles({"search": first})) & set(titles(second))


def test_search_refuses_bad_input_with_codes(gql):
    too_long = gql.post(SEARCH, {"q": "x" * 500}).json()
    assert error_codes(too_long) == ["BAD_USER_INPUT"]
    assert error_codes(gql.post(SEARCH, {"q": "x", "n": 51}).json()) == ["PAGE_SIZE_TOO_LARGE"]
    assert error_codes(gql.post(SEARCH, {"q": "x", "l": "xx"}).json()) == ["BAD_USER_INPUT"]


AUTOCOMPLETE = """query($p: String!, $l: String) { autocomplete(prefix: $p, locale: $l) {
  text url id kind } }"""


def test_autocomplete_completes_titles(gql):
    suggestions = gql.data(AUTOCOMPLETE, {"p": "vykaz"})["autocomplete"]
    assert suggestions
    assert all(s["url"] for s in suggestions)
    assert any("ykázání" in s["text"] for s in suggestions)
    english = gql.data(AUTOCOMPLETE, {"p": "expul", "l": "en"})["autocomplete"]
    assert any("xpulsion" in s["text"] for s in english)


def test_autocomplete_hides_what_the_caller_may_not_see(gql, professional_key):
    hidden = KnowledgePage.objects.get(slug="statistika-vykazani")
    public = gql.data(AUTOCOMPLETE, {"p": "statistika"})["autocomplete"]
    assert hidden.title not in [s["text"] for s in public]
    pro = gql.data(AUTOCOMPLETE, {"p": "statistika"}, key=professional_key)["autocomplete"]
    assert hidden.title in [s["text"] for s in pro]
    drafts = gql.data(AUTOCOMPLETE, {"p": "novela"}, key=professional_key)["autocomplete"]
    assert not any("pracovní verze" in s["text"] for s in drafts)
