"""searchFeedback: a partner reports whether a search helped; only a masked, aggregated count
is kept, bad input is BAD_USER_INPUT with a stable reason, and calls are rate limited."""

import pytest

from search.models import SearchQueryDaily

pytestmark = pytest.mark.django_db

FEEDBACK = """
mutation Feedback($query: String!, $outcome: SearchOutcome!, $locale: Locale) {
  searchFeedback(query: $query, outcome: $outcome, locale: $locale) { recorded }
}
"""


def test_feedback_is_counted_on_the_masked_query(gql):
    data = gql.data(FEEDBACK, {"query": "Jana Nováková pritel me mlati", "outcome": "NOT_HELPFUL"})
    assert data == {"searchFeedback": {"recorded": True}}
    gql.data(FEEDBACK, {"query": "pritel me mlati", "outcome": "OPENED", "locale": "CS"})
    rows = list(SearchQueryDaily.objects.values_list("query", "opened", "not_helpful"))
    assert sorted(rows) == [("pritel me mlati", 1, 0), ("… pritel me mlati", 0, 1)]


def test_a_query_of_only_unknown_words_is_not_recorded(gql):
    data = gql.data(FEEDBACK, {"query": "Jana Nováková 777123456", "outcome": "OPENED"})
    assert data == {"searchFeedback": {"recorded": False}}
    assert not SearchQueryDaily.objects.exclude(query="…").exists()


@pytest.mark.parametrize("query", ["", "   ", "x" * 201])
def test_bad_queries_are_refused_with_a_stable_code(gql, query):
    body = gql.post(FEEDBACK, {"query": query, "outcome": "OPENED"}).json()
    error = body["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["reason"] == "INVALID_SEARCH_FEEDBACK_QUERY"
    assert body["data"] == {"searchFeedback": None}
    assert not SearchQueryDaily.objects.exists()


def test_an_unknown_outcome_is_bad_user_input(gql):
    response = gql.post(FEEDBACK, {"query": "vykazani", "outcome": "LOVED"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_a_mutation_over_get_is_refused(gql):
    response = gql.get(FEEDBACK, {"query": "vykazani", "outcome": "OPENED"})
    assert response.status_code == 405
    assert response.json()["errors"][0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"
    assert not SearchQueryDaily.objects.exists()


def test_feedback_is_rate_limited_per_call(gql, settings):
    settings.KB_API_RATE_LIMITS = {**settings.KB_API_RATE_LIMITS, "anonymous": 5}
    settings.KB_API_RATE_LIMIT_SYNC_SECONDS = 0
    aliases = " ".join(
        f'f{i}: searchFeedback(query: "vykazani", outcome: OPENED) {{ recorded }}' for i in range(6)
    )
    body = gql.post(f"mutation {{ {aliases} }}").json()
    codes = [e["extensions"]["code"] for e in body.get("errors", [])]
    assert "RATE_LIMITED" in codes
    # The request itself and the calls within the limit counted; the rest did not.
    assert SearchQueryDaily.objects.get(query="vykazani").opened < 6
    assert gql.post(FEEDBACK, {"query": "vykazani", "outcome": "OPENED"}).status_code == 429
