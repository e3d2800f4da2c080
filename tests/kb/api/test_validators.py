"""The limits on a document (kb/api/validators/). First the rules one by one, checked with
graphql-core's ``validate`` against the real schema (no request, no database): what each
accepts, what it refuses and with which code, and that every fragment definition is measured
exactly once. Then the same limits through /graphql/: abusive documents are refused before
they run (kb/api/documents.py), each with its own stable code, and real queries pass."""

from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from graphql import get_introspection_query, parse, validate

from kb.api.schema import schema
from kb.api.validators import (
    RULES,
    MaxAliasesRule,
    MaxCostRule,
    MaxDepthRule,
    MaxListNestingRule,
    MeasuringRule,
    limit_rules,
)

from .conftest import error_codes


def codes(document: str, rules, **bound) -> list[str]:
    if bound:
        rules = [type(r.__name__, (r,), bound) for r in rules]
    errors = validate(schema.graphql_schema, parse(document), list(rules))
    return [(e.extensions or {}).get("code") for e in errors]


@pytest.fixture
def fragment_visits(monkeypatch):
    """Counts (rule, fragment name) each time a rule measures a fragment definition."""
    visits = Counter()
    measure = MeasuringRule.measure_fragment

    def counted(self, fragment):
        visits[(type(self).__name__, fragment.name.value)] += 1
        return measure(self, fragment)

    monkeypatch.setattr(MeasuringRule, "measure_fragment", counted)
    return visits


def doubling(levels: int, leaf: str = "totalCount") -> str:
    """Issue 10, defect 1: each fragment spreads the previous one twice (1.7 KB at 30)."""
    fragments = [f"fragment F0 on KnowledgePageConnection {{ {leaf} }}"] + [
        f"fragment F{i} on KnowledgePageConnection {{ ...F{i - 1} ...F{i - 1} }}"
        for i in range(1, levels)
    ]
    return f"{{ pages {{ ...F{levels - 1} }} }} " + " ".join(fragments)


def ancestors(levels: int) -> str:
    return "ancestors { " * levels + "id" + " }" * levels


# -- depth ---------------------------------------------------------------------------------


def test_depth_counts_nested_fields():
    allowed = "{ pages { edges { node { " + ancestors(8) + " } } } }"  # 12 deep
    assert codes(allowed, [MaxDepthRule]) == []
    assert codes(allowed.replace("id", "ancestors { id }", 1), [MaxDepthRule]) == ["QUERY_TOO_DEEP"]


def test_depth_of_a_fragment_depends_on_where_it_is_spread():
    fragment = "fragment A on Breadcrumb { " + ancestors(8) + " }"
    shallow = "{ page(id: 1) { ancestors { ...A } } } " + fragment
    deep = "{ pages { edges { node { ancestors { ...A } } } } } " + fragment
    assert codes(shallow, [MaxDepthRule]) == []
    assert codes(deep, [MaxDepthRule]) == ["QUERY_TOO_DEEP"]


def test_introspection_has_its_own_depth_allowance():
    fields = "ofType { " * 11 + "name" + " }" * 11
    assert codes("{ __schema { types { fields { type { " + fields + " } } } } }", RULES) == []
    assert codes(
        "{ __schema { types { " + "ofType { " * 15 + "name" + " }" * 15 + " } } }", [MaxDepthRule]
    ) == ["QUERY_TOO_DEEP"]


def test_a_long_chain_of_nesting_fragments_is_measured_without_recursion(fragment_visits):
    # Each fragment adds one level and spreads the next: 400 definitions, 401 levels.
    chain = "{ page(id: 1) { ancestors { ...F0 } } } " + " ".join(
        f"fragment F{i} on Breadcrumb {{ ancestors {{ ...F{i + 1} }} }}" for i in range(400)
    )
    chain += " fragment F400 on Breadcrumb { id }"
    errors = validate(schema.graphql_schema, parse(chain, max_tokens=None), [MaxDepthRule])
    # graphql-core adds "Validation aborted." for fragments nested this far; the view
    # answers it as QUERY_TOO_DEEP too.
    assert errors[0].extensions["code"] == "QUERY_TOO_DEEP"
    assert "403 deep" in errors[0].message
    assert set(fragment_visits.values()) == {1} and len(fragment_visits) == 401


# -- aliases -------------------------------------------------------------------------------


def test_aliases_are_counted_up_to_the_limit():
    twenty = "{ " + " ".join(f"t{i}: topics {{ code }}" for i in range(20)) + " }"
    assert codes(twenty, [MaxAliasesRule]) == []
    assert codes(twenty.replace("}", "} x: regions { code }", 1), [MaxAliasesRule]) == [
        "TOO_MANY_ALIASES"
    ]


def test_aliases_inside_fragments_count_each_time_the_fragment_is_spread():
    fragment = (
        "fragment T on Query { " + " ".join(f"t{i}: topics {{ code }}" for i in range(11)) + " }"
    )
    assert codes("{ ...T } " + fragment, [MaxAliasesRule]) == []
    assert codes("{ ...T ... on Query { ...T } } " + fragment, [MaxAliasesRule]) == [
        "TOO_MANY_ALIASES"
    ]


def test_aliases_on_typename_are_free():
    query = "{ " + " ".join(f"t{i}: __typename" for i in range(40)) + " }"
    assert codes(query, [MaxAliasesRule]) == []


# -- list nesting --------------------------------------------------------------------------


def test_lists_nested_in_lists_are_counted(settings):
    # No valid data query nests five lists, so the limit is lowered to show the boundary.
    settings.KB_API_MAX_LIST_NESTING = 3
    three = (
        "{ pages { edges { node { body { ... on StepsBlock { steps { text { html } } } } } } } }"
    )
    assert codes(three, [MaxListNestingRule]) == []
    four = three.replace("html", "links { text }")
    assert codes(four, [MaxListNestingRule]) == ["LISTS_TOO_NESTED"]


def test_list_nesting_counts_through_fragments(settings):
    settings.KB_API_MAX_LIST_NESTING = 3
    fragment = "fragment L on StepsBlock { steps { text { links { text } } } }"
    under_a_list = "{ pages { edges { node { body { ...L } } } } } " + fragment
    assert codes(under_a_list, [MaxListNestingRule]) == ["LISTS_TOO_NESTED"]
    assert codes("{ page(id: 1) { body { ...L } } } " + fragment, [MaxListNestingRule]) == []


def test_introspection_may_nest_three_lists():
    three = "{ __schema { types { fields { args { name } } } } }"
    assert codes(three, [MaxListNestingRule]) == []
    four = "{ __schema { types { fields { type { fields { args { name } } } } } } }"
    assert codes(four, [MaxListNestingRule]) == ["LISTS_TOO_NESTED"]


# -- cost ----------------------------------------------------------------------------------


def test_cost_multiplies_by_the_page_size_of_each_connection_above():
    query = "{ pages(first: 50) { edges { node { id title } } } }"
    assert codes(query, [MaxCostRule]) == []
    # pages 1 + 50 × (edges 1 + node 1 + id 1 + title 1)
    wide = "{ " + " ".join(f"p{i}: {query[2:-2]}" for i in range(26)) + " }"
    errors = validate(schema.graphql_schema, parse(wide), [MaxCostRule])
    assert [e.extensions["code"] for e in errors] == ["QUERY_TOO_COMPLEX"]
    assert errors[0].extensions["cost"] == 26 * (1 + 50 * 4)


def test_cost_of_a_fragment_is_multiplied_where_it_is_spread():
    fragment = "fragment N on KnowledgePage { id title summary slug locale url urlPath }"
    spread = (
        "{ "
        + " ".join(
            f"p{i}: pages(first: 50) {{ edges {{ node {{ ...N topics {{ code name }} }} }} }}"
            for i in range(10)
        )
        + " } "
        + fragment
    )
    assert codes(spread, [MaxCostRule]) == ["QUERY_TOO_COMPLEX"]
    assert codes(spread.replace("first: 50", "first: 5"), [MaxCostRule]) == []


def test_cost_reads_page_sizes_from_variables():
    query = (
        "query($n: Int) { "
        + " ".join(
            f"p{i}: pages(first: $n) {{ edges {{ node {{ id title summary slug locale }} }} }}"
            for i in range(15)
        )
        + " }"
    )
    assert codes(query, [MaxCostRule], variables={"n": 50}) == ["QUERY_TOO_COMPLEX"]
    assert codes(query, [MaxCostRule], variables={"n": 5}) == []


# -- fragments: once each, cycles cut ------------------------------------------------------


def test_fragments_that_double_at_each_level_are_measured_once_each(fragment_visits):
    document = parse(doubling(30))
    errors = validate(schema.graphql_schema, document, limit_rules())
    assert [e.extensions["code"] for e in errors] == ["QUERY_TOO_COMPLEX"]
    # pages costs 1 + 20 (default page size) × 2^29 spreads of totalCount.
    assert errors[0].extensions["cost"] == 1 + 20 * 2**29
    assert len(fragment_visits) == len(RULES) * 30
    assert set(fragment_visits.values()) == {1}


def test_cyclic_fragments_are_measured_once_and_left_to_graphql_core(fragment_visits):
    document = parse(
        "{ pages { ...A } } fragment A on KnowledgePageConnection { totalCount ...B ...B }"
        " fragment B on KnowledgePageConnection { ...A ...A ...C } fragment C on"
        " KnowledgePageConnection { ...B }"
    )
    assert validate(schema.graphql_schema, document, limit_rules()) == []
    assert set(fragment_visits.values()) == {1} and len(fragment_visits) == len(RULES) * 3
    [cycle, *_] = validate(schema.graphql_schema, document)
    assert "Cannot spread fragment" in cycle.message


def test_only_the_operation_that_runs_is_measured():
    document = (
        """query Small { topics { code } }
      query Deep { pages { edges { node { """
        + ancestors(20)
        + " } } } }"
    )
    assert codes(document, limit_rules(operation_name="Small")) == []
    assert codes(document, limit_rules(operation_name="Deep")) == ["QUERY_TOO_DEEP"]
    assert codes(document, limit_rules()) == ["QUERY_TOO_DEEP"]


# -- through the endpoint ------------------------------------------------------------------


def aliased(count: int, field: str = "topics { code }") -> str:
    return " ".join(f"t{i}: {field}" for i in range(count))


WIDE_PAGES = " ".join(
    f"p{i}: pages(first: 50) {{ edges {{ node {{ id title summary slug locale url urlPath"
    " topics { code name } } } }"
    for i in range(10)
)
ALIASES_IN_A_FRAGMENT = "fragment T on Query { " + aliased(11) + " }"
BREADCRUMBS_TEN_DEEP = "a { " * 10 + "id" + " }" * 10


@pytest.mark.parametrize(
    "query, variables",
    [
        pytest.param(
            """{ pages(first: 5) { edges { node { body { ... on StepsBlock {
            steps { text { links { page { urlPath } } } } } } } } } }""",
            None,
            id="a realistic deep query",
        ),
        pytest.param("{ " + aliased(20) + " }", None, id="20 aliases"),
        pytest.param("{ " + WIDE_PAGES.replace("first: 50", "first: 5") + " }", None, id="narrow"),
        pytest.param(
            """query($n: Int) { a: pages(first: $n) { edges { node { id title summary slug
            locale url urlPath topics { code name } audiences { code name } regions { code name }
            } } } b: services(first: $n) { edges { node { id name phones { number }
            topics { code } } } } }""",
            {"n": 5},
            id="page sizes as variables",
        ),
        pytest.param(
            """{ search(query: "x") { edges { node { page { body { ... on StepsBlock { steps {
            text { links { page { id } } } } } ... on ContactBlock { service { phones { number }
            } } } } } } } }""",
            None,
            id="lists in lists within the limit",
        ),
        pytest.param("{ ...T } " + ALIASES_IN_A_FRAGMENT, None, id="aliases in a fragment"),
    ],
)
def test_real_queries_are_answered(gql, query, variables):
    assert gql.post(query, variables).status_code == 200


@pytest.mark.parametrize(
    "query, variables, code",
    [
        pytest.param(
            "{ pages { edges { node { ...A } } } } fragment A on KnowledgePage"
            " { ancestors { ...B } } fragment B on Breadcrumb { " + BREADCRUMBS_TEN_DEEP + " }",
            None,
            "QUERY_TOO_DEEP",
            id="depth through fragments",
        ),
        pytest.param(
            "{ pages { edges { node { ...A } } } } fragment A on KnowledgePage"
            " { translations { id } ...B } fragment B on KnowledgePage { ...A }",
            None,
            "GRAPHQL_VALIDATION_FAILED",
            id="cyclic fragments",
        ),
        pytest.param(
            "{ ...T ... on Query { ...T } } " + ALIASES_IN_A_FRAGMENT,
            None,
            "TOO_MANY_ALIASES",
            id="aliases count for every spread",
        ),
        pytest.param(
            "query($n: Int) { " + WIDE_PAGES.replace("first: 50", "first: $n") + " }",
            {"n": 50},
            "QUERY_TOO_COMPLEX",
            id="page sizes as variables",
        ),
        pytest.param(
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            None,
            "LISTS_TOO_NESTED",
            id="lists in lists",
        ),
        pytest.param(
            "{ " + " ".join("a" for _ in range(5001)) + " }",
            None,
            "GRAPHQL_PARSE_FAILED",
            id="too many tokens, refused while parsing",
        ),
    ],
)
def test_abusive_queries_are_refused_with_their_code(gql, query, variables, code):
    response = gql.post(query, variables)
    assert response.status_code == 400
    assert error_codes(response.json()) == [code]


def test_mutually_spreading_fragments_are_refused_as_cycles(gql):
    query = """{ pages { ...A } }
      fragment A on KnowledgePageConnection { totalCount ...B ...B }
      fragment B on KnowledgePageConnection { ...A ...A }"""
    response = gql.post(query)
    assert response.status_code == 400
    assert set(error_codes(response.json())) == {"GRAPHQL_VALIDATION_FAILED"}


def test_query_nested_20_levels_is_refused_before_execution(gql):
    query = "{ pages { edges { node { " + ancestors(16) + " } } } }"
    with CaptureQueriesContext(connection) as queries:
        response = gql.post(query)
    body = response.json()
    assert response.status_code == 400
    assert error_codes(body) == ["QUERY_TOO_DEEP"]
    assert body["errors"][0]["extensions"]["maxDepth"] == 12
    assert "data" not in body
    assert not any("guidance_knowledgepage" in q["sql"] for q in queries.captured_queries)


def test_the_limits_refusal_says_the_limit(gql):
    body = gql.post("{ " + aliased(21) + " }").json()
    assert error_codes(body) == ["TOO_MANY_ALIASES"]
    assert body["errors"][0]["extensions"]["maxAliases"] == 20
    body = gql.post("{ " + WIDE_PAGES + " }").json()
    assert error_codes(body) == ["QUERY_TOO_COMPLEX"]
    assert body["errors"][0]["extensions"]["cost"] > body["errors"][0]["extensions"]["maxCost"]


def test_graphiql_introspection_query_is_allowed(gql):
    response = gql.post(get_introspection_query(descriptions=True))
    assert response.status_code == 200
    assert response.json()["data"]["__schema"]["queryType"]["name"] == "Query"


def test_fragments_doubling_30_levels_deep_are_refused_measuring_each_once(gql, fragment_visits):
    response = gql.post(doubling(30))
    assert response.status_code == 400
    body = response.json()
    assert error_codes(body) == ["QUERY_TOO_COMPLEX"]
    assert body["errors"][0]["extensions"]["cost"] == 1 + 20 * 2**29
    # The whole request measures each of the 30 definitions once per rule: 2^30 spreads.
    assert len(fragment_visits) == len(RULES) * 30 and set(fragment_visits.values()) == {1}


def test_doubling_fragments_that_cost_nothing_are_answered(gql):
    # __typename is free, so the limits pass; validation and execution merge the spreads.
    response = gql.post(doubling(30, "__typename"))
    assert response.status_code == 200
    assert response.json() == {"data": {"pages": {"__typename": "KnowledgePageConnection"}}}


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
