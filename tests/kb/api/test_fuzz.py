"""Fuzzing the live schema (issue 10): schemathesis generates queries for every root field
from the committed SDL (enum locales, any strings, ids and cursors), hypothesis generates
hostile ids, cursors and strings; no answer may be a 5xx or INTERNAL_SERVER_ERROR.
A bounded run is part of the suite; the README has the long one against a running server."""

import json
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SDL = Path(__file__).resolve().parents[3] / "kb" / "api" / "schema.graphql"
EXAMPLES = 8
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)

schema = schemathesis.graphql.from_file(SDL.read_text(encoding="utf-8"))
pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]


@pytest.fixture
def unlimited(settings):
    settings.KB_API_RATE_LIMITS = {"anonymous": 10**6, "public": 10**6, "professional": 10**6}
    settings.KB_API_CORS_ORIGINS = []


def failures(status: int, body: bytes) -> list[str]:
    if status >= 500:
        return [f"HTTP {status}"]
    if not body:
        return []
    payload = json.loads(body)
    answers = payload if isinstance(payload, list) else [payload]
    return [
        error["message"]
        for answer in answers
        for error in answer.get("errors") or []
        if error.get("extensions", {}).get("code") == "INTERNAL_SERVER_ERROR"
    ]


@schema.parametrize()
@FUZZ
def test_generated_queries_never_fail_inside(case, gql, unlimited):
    # Through Django's test client, which keeps the test's database connection open (a
    # WSGI call would close it at the end of each request).
    query = case.body["query"] if isinstance(case.body, dict) else case.body
    response = gql.post(query)
    assert failures(response.status_code, response.content) == [], query


ids = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.binary(max_size=30).map(lambda b: __import__("base64").b64encode(b).decode()),
    st.sampled_from(["S25vd2xlZGdlUGFnZTo5OTk5OTk5OTk5OTk5OTk5OTk5OQ==", "U2VydmljZTot", "²"]),
)
cursors = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(
        lambda n: __import__("base64").b64encode(f"arrayconnection:{n}".encode()).decode()
    ),
)
QUERIES = [
    ("query($v: ID!) { node(id: $v) { id } }", ids),
    ("query($v: ID) { page(id: $v) { id title } }", ids),
    ("query($v: String) { pages(after: $v) { totalCount } }", cursors),
    ("query($v: String) { services(after: $v) { totalCount } }", cursors),
    ('query($v: String) { search(query: "policie", after: $v) { totalCount } }', cursors),
    ("query($v: String!) { search(query: $v) { totalCount } }", st.text(max_size=300)),
    ("query($v: String!) { autocomplete(prefix: $v) { text } }", st.text(max_size=100)),
    ("query($v: String) { page(urlPath: $v) { id } }", st.text(max_size=100)),
    ("query($v: String) { topics(locale: $v) { code } }", st.text(max_size=10)),
]


@pytest.mark.parametrize(("query", "values"), QUERIES, ids=[q for q, _v in QUERIES])
def test_hostile_ids_cursors_and_strings_are_answered_with_a_code(gql, unlimited, query, values):
    @FUZZ
    @given(value=values)
    def check(value):
        response = gql.post(query, {"v": value})
        assert failures(response.status_code, response.content) == [], value
        codes = [e["extensions"]["code"] for e in response.json().get("errors", [])]
        assert all(codes), response.json()

    check()
