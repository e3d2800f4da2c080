"""Abusive requests are refused before they run, each with its own stable code."""

import json

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import error_codes


def nested(depth: int) -> str:
    """A query nesting fields ``depth`` levels deep (body → … inside pages)."""
    inner = "id"
    for _ in range(depth - 1):
        inner = f"body {{ ... on ContactBlock {{ service {{ {inner} }} }} }}"
    return "{ " + inner + " }"


def test_query_nested_20_levels_is_refused_before_execution(gql):
    query = "{ pages { edges { node { " + "ancestors { " * 16 + "id" + " }" * 16 + " } } } }"
    with CaptureQueriesContext(connection) as queries:
        response = gql.post(query)
    body = response.json()
    assert response.status_code == 400
    assert error_codes(body) == ["QUERY_TOO_DEEP"]
    assert body["errors"][0]["extensions"]["maxDepth"] == 12
    assert "data" not in body
    assert not any("guidance_knowledgepage" in q["sql"] for q in queries.captured_queries)


def test_depth_through_fragments_counts_too(gql):
    query = (
        """{ pages { edges { node { ...A } } } }
      fragment A on KnowledgePage { ancestors { ...B } }
      fragment B on Breadcrumb { """
        + "a { " * 10
        + "id"
        + " }" * 10
        + " }"
    )
    assert error_codes(gql.post(query).json()) == ["QUERY_TOO_DEEP"]


def test_cyclic_fragments_are_refused_not_looped(gql):
    query = """{ pages { edges { node { ...A } } } }
      fragment A on KnowledgePage { translations { id } ...B }
      fragment B on KnowledgePage { ...A }"""
    response = gql.post(query)
    assert response.status_code == 400
    assert error_codes(response.json()) == ["GRAPHQL_VALIDATION_FAILED"]


def test_a_realistic_deep_query_is_allowed(gql):
    query = """{ pages(first: 5) { edges { node { body { ... on StepsBlock {
        steps { text { links { page { urlPath } } } } } } } } } }"""
    assert gql.post(query).status_code == 200


def test_too_many_aliases_are_refused(gql):
    query = "{ " + " ".join(f"t{i}: topics {{ code }}" for i in range(21)) + " }"
    body = gql.post(query).json()
    assert error_codes(body) == ["TOO_MANY_ALIASES"]
    assert body["errors"][0]["extensions"]["maxAliases"] == 20
    allowed = "{ " + " ".join(f"t{i}: topics {{ code }}" for i in range(20)) + " }"
    assert gql.post(allowed).status_code == 200


def test_expensive_queries_are_refused_by_cost(gql):
    page_fields = " ".join(["id title summary slug locale url urlPath"] * 1)
    wide = " ".join(
        f"p{i}: pages(first: 50) {{ edges {{ node {{ {page_fields} topics {{ code name }} }} }} }}"
        for i in range(10)
    )
    body = gql.post("{ " + wide + " }").json()
    assert error_codes(body) == ["QUERY_TOO_COMPLEX"]
    assert body["errors"][0]["extensions"]["cost"] > body["errors"][0]["extensions"]["maxCost"]
    # The same fields for fewer items per page fit.
    narrow = wide.replace("first: 50", "first: 5")
    assert gql.post("{ " + narrow + " }").status_code == 200


def test_cost_follows_page_sizes_given_as_variables(gql):
    query = """query($n: Int) { a: pages(first: $n) { edges { node { id title summary slug locale
        url urlPath topics { code name } audiences { code name } regions { code name } } } }
      b: services(first: $n) { edges { node { id name phones { number } topics { code } } } } }"""
    assert gql.post(query, {"n": 5}).status_code == 200
    many = (
        "query($n: Int) { "
        + " ".join(
            f"x{i}: pages(first: $n) {{ edges {{ node {{ id title summary slug locale url urlPath topics {{ code name }} }} }} }}"
            for i in range(10)
        )
        + " }"
    )
    assert error_codes(gql.post(many, {"n": 50}).json()) == ["QUERY_TOO_COMPLEX"]


def test_lists_nested_in_lists_are_refused(gql):
    query = """{ search(query: "x") { edges { node { page { body { ... on StepsBlock {
        steps { text { links { page { id } } } } } ... on ContactBlock { service { phones { number } } } } } } } } }"""
    assert gql.post(query).status_code == 200
    deeper = (
        """{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"""
    )
    assert error_codes(gql.post(deeper).json()) == ["LISTS_TOO_NESTED"]


def test_graphiql_introspection_query_is_allowed(gql):
    from graphql import get_introspection_query

    response = gql.post(get_introspection_query(descriptions=True))
    assert response.status_code == 200
    assert response.json()["data"]["__schema"]["queryType"]["name"] == "Query"


def test_too_many_batched_operations_are_refused(gql, settings):
    batch = [{"query": "{ regions { code } }"}] * 6
    response = gql.http.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 400
    assert error_codes(response.json()) == ["TOO_MANY_OPERATIONS"]
    batch = batch[:5]
    response = gql.http.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 200 and len(response.json()) == 5


def test_huge_bodies_are_refused_with_413(gql):
    huge = json.dumps({"query": "{ topics { code } }" + " " * 40_000})
    response = gql.http.post("/graphql/", huge, content_type="application/json")
    assert response.status_code == 413
    assert error_codes(response.json()) == ["REQUEST_TOO_LARGE"]
    long_url = gql.http.get("/graphql/", {"query": "{ topics { code } }" + " " * 40_000})
    assert long_url.status_code == 413


def test_documents_with_too_many_tokens_are_refused_while_parsing(gql):
    query = "{ " + " ".join("a" for _ in range(5001)) + " }"
    response = gql.post(query)
    assert response.status_code == 400
    assert error_codes(response.json()) == ["GRAPHQL_PARSE_FAILED"]


def test_rate_limit_answers_429_per_key(gql, settings, public_key, professional_key):
    settings.KB_API_RATE_LIMITS = {"anonymous": 3, "public": 2, "professional": 5}
    for _ in range(2):
        response = gql.post("{ regions { code } }", key=public_key)
        assert response.status_code == 200
    assert response["X-RateLimit-Limit"] == "2" and response["X-RateLimit-Remaining"] == "0"
    refused = gql.post("{ regions { code } }", key=public_key)
    assert refused.status_code == 429
    assert error_codes(refused.json()) == ["RATE_LIMITED"]
    assert 0 < int(refused["Retry-After"]) <= 60
    # Other callers have their own allowance.
    assert gql.post("{ regions { code } }", key=professional_key).status_code == 200
    assert gql.post("{ regions { code } }").status_code == 200


def test_anonymous_callers_are_limited_by_address(gql, settings):
    settings.KB_API_RATE_LIMITS = {"anonymous": 2, "public": 10, "professional": 10}
    assert gql.post("{ regions { code } }").status_code == 200
    assert gql.post("{ regions { code } }").status_code == 200
    assert gql.post("{ regions { code } }").status_code == 429
    other = gql.post("{ regions { code } }", REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 200


def test_guessing_keys_counts_against_the_address(gql, settings):
    settings.KB_API_RATE_LIMITS = {"anonymous": 2, "public": 10, "professional": 10}
    for _ in range(2):
        assert gql.post("{ regions { code } }", key="kb_00000000_guess").status_code == 401
    assert gql.post("{ regions { code } }", key="kb_00000000_guess").status_code == 429


def test_a_keys_own_limit_wins(gql, settings):
    from kb.api.keys import api_key_create

    settings.KB_API_RATE_LIMITS = {"anonymous": 100, "public": 100, "professional": 100}
    _key, raw = api_key_create(name="Small partner", scope="public", rate_limit_per_minute=1)
    assert gql.post("{ regions { code } }", key=raw).status_code == 200
    assert gql.post("{ regions { code } }", key=raw).status_code == 429


def test_absurd_nesting_is_a_400_not_a_crash(gql):
    for levels in (300, 1500):
        braces = "{ " + "a { " * levels + "b" + " }" * levels + " }"
        response = gql.post(braces)
        assert response.status_code == 400
        assert error_codes(response.json()) == ["QUERY_TOO_DEEP"]
    chain = (
        "{ pages { edges { node { ...F0 } } } } "
        + " ".join(f"fragment F{i} on KnowledgePage {{ ...F{i + 1} }}" for i in range(700))
        + " fragment F700 on KnowledgePage { id }"
    )
    response = gql.post(chain)
    assert response.status_code == 400


def doubling_fragments(levels: int, leaf: str) -> str:
    """Issue 10, defect 1: each fragment spreads the previous one twice (1.7 KB at 30)."""
    fragments = [f"fragment F0 on KnowledgePageConnection {{ {leaf} }}"] + [
        f"fragment F{i} on KnowledgePageConnection {{ ...F{i - 1} ...F{i - 1} }}"
        for i in range(1, levels)
    ]
    return f"{{ pages {{ ...F{levels - 1} }} }} " + " ".join(fragments)


def test_fragments_doubling_30_levels_deep_are_refused_by_cost(gql, monkeypatch):
    from kb.api.validators import RULES, MeasuringRule

    visits = []
    measure = MeasuringRule.measure_fragment
    monkeypatch.setattr(
        MeasuringRule,
        "measure_fragment",
        lambda rule, fragment: visits.append(fragment.name.value) or measure(rule, fragment),
    )
    response = gql.post(doubling_fragments(30, "totalCount"))
    assert response.status_code == 400
    body = response.json()
    assert error_codes(body) == ["QUERY_TOO_COMPLEX"]
    assert body["errors"][0]["extensions"]["cost"] == 1 + 20 * 2**29
    # Each rule measured each of the 30 fragment definitions once: 2^30 spreads, 120 visits.
    assert len(visits) == len(RULES) * 30 and len(set(visits)) == 30


def test_doubling_fragments_that_cost_nothing_are_answered(gql):
    # __typename is free, so the limits pass; validation and execution merge the spreads.
    response = gql.post(doubling_fragments(30, "__typename"))
    assert response.status_code == 200
    assert response.json() == {"data": {"pages": {"__typename": "KnowledgePageConnection"}}}


def test_mutually_spreading_fragments_are_refused_as_cycles(gql):
    query = """{ pages { ...A } }
      fragment A on KnowledgePageConnection { totalCount ...B ...B }
      fragment B on KnowledgePageConnection { ...A ...A }"""
    response = gql.post(query)
    assert response.status_code == 400
    assert set(error_codes(response.json())) == {"GRAPHQL_VALIDATION_FAILED"}


def test_aliases_inside_fragments_count_for_every_spread(gql):
    fragment = (
        "fragment T on Query { " + " ".join(f"t{i}: topics {{ code }}" for i in range(11)) + " }"
    )
    assert gql.post("{ ...T } " + fragment).status_code == 200
    body = gql.post("{ ...T ... on Query { ...T } } " + fragment).json()
    assert error_codes(body) == ["TOO_MANY_ALIASES"]


def test_a_chain_of_fragments_nested_beyond_reading_is_too_deep(gql, settings):
    settings.KB_API_MAX_BODY_BYTES = 100_000
    chain = (
        "{ page(id: 1) { ...F0 } } "
        + " ".join(
            f"fragment F{i} on KnowledgePage {{ ... on KnowledgePage {{ ...F{i + 1} }} }}"
            for i in range(300)
        )
        + " fragment F300 on KnowledgePage { id }"
    )
    response = gql.post(chain)
    assert response.status_code == 400
    assert error_codes(response.json()) == ["QUERY_TOO_DEEP"]
    assert response.json()["errors"][0]["message"] == "Fragments nest far too deep to read."
