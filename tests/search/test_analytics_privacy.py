"""Names, addresses, birth numbers and dates never reach the analytics tables; the report
stays useful (known words of failed searches, a count of searches with unknown words) and
shows a query only after it was searched on several different days."""

import datetime

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from search import analytics
from search.models import SearchQueryDaily
from search.vocabulary import content_vocabulary, forget_vocabulary

pytestmark = pytest.mark.django_db

PERSONAL = [
    "Jana Nováková",
    "jana novakova vykázání",
    "Vinohradská 12 Praha 2",
    "Petr Svoboda, Korunní 1024/45, 120 00",
    "rč 850312/1234",
    "8503121234",
    "narozena 12. 3. 1985",
    "12.3.1985 vykázání",
    "2024-05-01",
    "jana.novakova@seznam.cz",
    "+420 777 123 456",
]
LEAKS = ["jana", "novakova", "vinohradska", "svoboda", "petr", "korunni", "seznam", "@"]


@pytest.fixture(autouse=True)
def fresh_vocabulary():
    forget_vocabulary()
    yield
    forget_vocabulary()


def test_names_addresses_and_numbers_never_reach_the_table():
    for query in PERSONAL:
        for _ in range(3):
            analytics.record_search(query=query, locale="cs", total=0)
    stored = list(SearchQueryDaily.objects.values_list("query", flat=True))
    assert stored
    for text in stored:
        assert not any(ch.isdigit() for ch in text), text
        for leak in LEAKS:
            assert leak not in text, text


def test_known_words_survive_next_to_masked_ones():
    analytics.record_search(query="Jana Nováková vykázání", locale="cs", total=0)
    assert analytics.normalise_query("Jana Nováková vykázání", "cs") == "… vykazani"
    assert SearchQueryDaily.objects.filter(query="… vykazani").exists()
    assert "vykazani" in content_vocabulary("cs")


def test_synonym_words_count_as_vocabulary():
    assert analytics.normalise_query("agresor", "cs") == "agresor"


def _seed(query, days, *, zero=0):
    today = timezone.localdate()
    for age in range(days):
        SearchQueryDaily.objects.create(
            day=today - datetime.timedelta(days=age),
            locale="cs",
            query=query,
            searches=2,
            zero_results=zero,
        )


@override_settings(SEARCH_ANALYTICS_MIN_DAYS=3)
def test_query_shows_only_after_several_different_days(client, make_user):
    _seed("ospod", 3)
    _seed("exekuce", 2)
    _seed("… vykazani", 4, zero=2)
    _seed(analytics.UNKNOWN, 4, zero=1)
    shown = [row["query"] for row in analytics.top_queries()]
    assert shown == ["… vykazani", "ospod"]
    assert [row["query"] for row in analytics.top_queries(zero_only=True)] == ["… vykazani"]
    counts = analytics.unknown_word_counts()
    assert counts == {"searches": 16, "zero": 12}

    client.force_login(make_user("redaktor", "Editors"))
    html = client.get(reverse("search_analytics")).content.decode()
    assert "ospod" in html and "exekuce" not in html
    assert "16" in html
