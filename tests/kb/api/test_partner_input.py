"""Hostile or unusual input a partner can send (issue 10, defects 2, 3 and 8): each gets a
clear BAD_USER_INPUT or a consistent answer, never INTERNAL_SERVER_ERROR."""

import base64

import pytest

from kb.guidance.models import KnowledgePage

from .conftest import error_codes

PAGE = "query($id: ID!) { page(id: $id) { id title } }"


def bad_input(response) -> str:
    """The message of the single BAD_USER_INPUT error the answer must carry."""
    body = response.json()
    assert error_codes(body) == ["BAD_USER_INPUT"], body
    return body["errors"][0]["message"]


# -- defect 2: ids, text and cursors the database cannot take ------------------------------


@pytest.mark.parametrize(
    "page_id", ["99999999999999999999999", "9" * 400, "9" * 5000, "9223372036854775808"]
)
def test_page_ids_too_large_for_any_page_are_bad_input(gql, page_id):
    response = gql.post(PAGE, {"id": page_id})
    assert response.status_code == 200
    assert "too large" in bad_input(response)
    assert response.json()["data"] == {"page": None}


@pytest.mark.parametrize("page_id", ["²", "١٢", "12a", "-3", " 12", ""])
def test_page_ids_that_are_not_decimal_numbers_are_bad_input(gql, page_id):
    response = gql.post(PAGE, {"id": page_id})
    assert "digits 0-9" in bad_input(response)


def test_a_page_id_beyond_the_last_page_is_simply_not_found(gql):
    assert gql.data(PAGE, {"id": "2147483647"}) == {"page": None}
    assert gql.data(PAGE, {"id": "9223372036854775807"}) == {"page": None}
    page = KnowledgePage.objects.get(slug="postup-pri-vykazani")
    assert gql.data(PAGE, {"id": f"{page.pk}"})["page"]["title"] == page.title


def test_lone_surrogates_in_variables_are_bad_input(gql):
    query = "query($q: String!) { search(query: $q) { totalCount } }"
    response = gql.post(query, {"q": "\ud800"})
    assert response.status_code == 400
    assert "$q" in bad_input(response) and "U+D800" in bad_input(response)
    nested = 'query($f: SearchFilter) { search(query: "x", filters: $f) { totalCount } }'
    response = gql.post(nested, {"f": {"topic": ["ok", "a\udfffb"]}})
    assert "U+DFFF" in bad_input(response)


def test_lone_surrogates_in_the_query_text_are_bad_input(gql):
    # The JSON escape turns into a real lone surrogate inside the GraphQL string literal.
    response = gql.http.post(
        "/graphql/",
        '{"query": "{ search(query: \\"\\ud800\\") { totalCount } }"}',
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "U+D800" in bad_input(response)
    # Written as a GraphQL escape, the parser refuses it itself.
    escaped = gql.post('{ search(query: "\\ud800") { totalCount } }')
    assert error_codes(escaped.json()) == ["GRAPHQL_PARSE_FAILED"]


@pytest.mark.parametrize("field", ["pages", "services"])
def test_cursors_past_any_list_are_bad_input(gql, field):
    cursor = base64.b64encode(b"arrayconnection:9223372036854775807").decode()
    query = f"query($after: String) {{ {field}(after: $after) {{ totalCount }} }}"
    response = gql.post(query, {"after": cursor})
    assert "`after`" in bad_input(response)
    huge = base64.b64encode(b"arrayconnection:" + b"9" * 5000).decode()
    assert "`after`" in bad_input(gql.post(query, {"after": huge}))


# -- defect 3: weak ETags revalidate ---------------------------------------------------------

CACHED = "{ regions { code } }"


@pytest.mark.parametrize(
    "if_none_match",
    ["W/{etag}", '"other", W/{etag}', 'W/"other",{etag}', "*", "{etag}"],
)
def test_if_none_match_uses_weak_comparison(gql, if_none_match):
    etag = gql.get(CACHED)["ETag"]
    again = gql.get(CACHED, HTTP_IF_NONE_MATCH=if_none_match.format(etag=etag))
    assert again.status_code == 304
    assert again["ETag"] == etag


@pytest.mark.parametrize("if_none_match", ['W/"other"', '"other", W/"another"', "garbage"])
def test_other_etags_get_the_answer(gql, if_none_match):
    response = gql.get(CACHED, HTTP_IF_NONE_MATCH=if_none_match)
    assert response.status_code == 200
    assert response.json()["data"]["regions"]


# -- defect 8: page sizes --------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "{ pages(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }",
        "{ services(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }",
        '{ search(query: "vykazani", first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }',
    ],
)
def test_first_zero_gives_empty_edges_and_the_total_everywhere(gql, query):
    [connection] = gql.data(query).values()
    assert connection["edges"] == []
    assert connection["totalCount"] > 0
    assert connection["pageInfo"]["hasNextPage"] is True


@pytest.mark.parametrize("limit", [0, -1, 21])
def test_autocomplete_limit_outside_1_to_20_is_bad_input(gql, limit):
    response = gql.post(
        'query($n: Int) { autocomplete(prefix: "vy", limit: $n) { text } }', {"n": limit}
    )
    message = bad_input(response)
    assert "between 1 and 20" in message


def test_autocomplete_limit_within_range_is_honoured(gql):
    query = 'query($n: Int) { autocomplete(prefix: "po", limit: $n) { text } }'
    assert len(gql.data(query, {"n": 1})["autocomplete"]) == 1
    assert len(gql.data(query, {"n": 20})["autocomplete"]) <= 20
    assert len(gql.data(query, {})["autocomplete"]) <= 8


def test_json_nested_past_the_decoders_reach_is_a_bad_request(gql):
    response = gql.http.post("/graphql/", "[" * 30_000, content_type="application/json")
    assert response.status_code == 400
    assert error_codes(response.json()) == ["BAD_REQUEST"]
    nested = gql.http.get(
        "/graphql/",
        {"query": "{ regions { code } }", "variables": "[" * 10_000},
        HTTP_ACCEPT="application/json",
    )
    assert error_codes(nested.json()) == ["BAD_REQUEST"]
