"""The limit rules one by one, checked with graphql-core's ``validate`` against the real
schema (no request, no database): what each accepts, what it refuses and with which code,
and that every fragment definition is measured exactly once."""

from collections import Counter

import pytest
from graphql import parse, validate

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
    """Issue 10, defect 1: each fragment spreads the previous one twice."""
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
