"""The database fallback scans stored text; on PostgreSQL a search it cannot answer within
SEARCH_DATABASE_TIMEOUT is cancelled and answered "nothing found, timed out" — never a
request kept busy, never a 503, and the connection serves the next request."""

import json
import time

import pytest
from django.db import connection
from django.test import Client, override_settings

from search.backends import database
from search.query import search
from search.types import SearchRequest

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]


def _slow_search(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(5)")
    raise AssertionError("the time budget did not cancel the query")


@pytest.fixture
def slow_database(monkeypatch):
    if connection.vendor != "postgresql":
        pytest.fail("this test needs PostgreSQL (make test provides it)")
    monkeypatch.setattr(database, "_search", _slow_search)


@override_settings(SEARCH_URL="", SEARCH_DATABASE_TIMEOUT=0.3)
def test_a_database_search_over_its_time_budget_answers_nothing_found_and_says_why(
    slow_database,
):
    started = time.monotonic()
    result = search(SearchRequest(query="vykázání", record_analytics=False))
    assert time.monotonic() - started < 4  # cancelled, not the 5 s the query asked for
    assert result.total == 0 and result.backend == "database"
    assert "database search (timed out)" in result.unavailable_features
    # the same connection answers the next query, with no timeout left behind
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"


@override_settings(SEARCH_URL="", SEARCH_DATABASE_TIMEOUT=0.3)
def test_graphql_and_the_search_page_answer_normally_when_the_fallback_times_out(slow_database):
    body = (
        Client()
        .post(
            "/graphql/",
            json.dumps(
                {
                    "query": '{ search(query: "vykázání") { totalCount unavailableFeatures '
                    "emergencyContacts { name } } }"
                }
            ),
            content_type="application/json",
        )
        .json()
    )
    assert "errors" not in body, body
    answer = body["data"]["search"]
    assert answer["totalCount"] == 0 and answer["emergencyContacts"]
    assert "database search (timed out)" in answer["unavailableFeatures"]
    page = Client().get("/search/", {"q": "vykázání"})
    assert page.status_code == 200
    assert "neodpovědělo včas" in page.content.decode()
