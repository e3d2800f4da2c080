"""Multi-select facets through the GraphQL API on a real engine (issue 10, point 14): a
facet's counts ignore its own filter (tests/kb/api/test_facets.py covers the database)."""

import json

from django.test import Client

FACETS = """query($f: SearchFilter) { search(query: "vykazani", filters: $f, first: 0) {
  totalCount backend facets { name values { code count } } } }"""


def counts(filters):
    response = Client(HTTP_HOST="localhost").post(
        "/graphql/",
        json.dumps({"query": FACETS, "variables": {"f": filters}}),
        content_type="application/json",
    )
    data = response.json()["data"]["search"]
    assert data["backend"] == "engine"
    facets = {f["name"]: {v["code"]: v["count"] for v in f["values"]} for f in data["facets"]}
    return data["totalCount"], facets


def test_facet_counts_ignore_their_own_filter_on_the_engine(engine_settings, db):
    total, unfiltered = counts(None)
    assert len(unfiltered["page_type"]) >= 2
    selected_total, selected = counts({"type": ["GUIDANCE"]})
    assert selected_total < total
    assert selected["page_type"] == unfiltered["page_type"]
    assert selected["topic"] != unfiltered["topic"]
