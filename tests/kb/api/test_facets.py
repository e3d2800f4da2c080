"""Multi-select facets (issue 10, point 14): a facet's counts ignore its own filter and
respect the others."""

FACETS = """query($f: SearchFilter) { search(query: "vykazani", filters: $f, first: 0) {
  totalCount facets { name values { code count } } } }"""


def counts(gql, filters):
    data = gql.data(FACETS, {"f": filters})["search"]
    facets = {f["name"]: {v["code"]: v["count"] for v in f["values"]} for f in data["facets"]}
    return data["totalCount"], facets


def test_a_facets_counts_ignore_its_own_filter(gql):
    total, unfiltered = counts(gql, None)
    assert len(unfiltered["page_type"]) >= 2
    selected_total, selected = counts(gql, {"type": ["GUIDANCE"]})
    assert selected_total < total
    # The other kinds still show what choosing them too would add.
    assert selected["page_type"] == unfiltered["page_type"]


def test_other_facets_still_respect_the_filter(gql):
    _total, unfiltered = counts(gql, None)
    _selected_total, selected = counts(gql, {"type": ["GUIDANCE"]})
    narrowed = [code for code, n in selected["topic"].items() if n is not None]
    assert any(selected["topic"][c] < unfiltered["topic"][c] for c in narrowed) or (
        selected["topic"] != unfiltered["topic"]
    )
