import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from search import analytics
from search.models import SearchQueryDaily
from search.query import search
from search.types import SearchRequest

pytestmark = pytest.mark.django_db


@override_settings(SEARCH_URL="")
def test_searches_are_counted_per_normalised_query_and_day_without_who():
    for query in ["Vykázání", "  vykazani ", "VYKÁZÁNÍ"]:
        search(SearchRequest(query=query))
    search(SearchRequest(query="xyzzy qwrtzk"))
    row = SearchQueryDaily.objects.get(query="vykazani")
    assert (row.searches, row.zero_results, row.day) == (3, 0, timezone.localdate())
    # Words the knowledge base does not use are masked before anything is stored.
    assert SearchQueryDaily.objects.get(query=analytics.UNKNOWN).zero_results == 1
    fields = {f.name for f in SearchQueryDaily._meta.get_fields()}
    assert not fields & {"user", "ip", "session", "created_at", "user_agent"}


def test_personal_data_is_never_stored_as_typed():
    for query in [
        "Jana Nováková 777 123 456",
        "jana@example.cz",
        "nar. 12. 3. 1985",
        "rč 850312/1234",
    ]:
        analytics.record_search(query=query, locale="cs", total=0)
    stored = set(SearchQueryDaily.objects.values_list("query", flat=True))
    assert stored == {analytics.REDACTED}


@override_settings(SEARCH_ANALYTICS_RETENTION_DAYS=90)
def test_old_rows_are_purged():
    today = timezone.localdate()
    for age in (10, 89, 91, 400):
        SearchQueryDaily.objects.create(
            day=today - datetime.timedelta(days=age), locale="cs", query=f"q{age}", searches=1
        )
    assert analytics.purge_expired() == 2
    assert set(SearchQueryDaily.objects.values_list("query", flat=True)) == {"q10", "q89"}


def test_report_hides_one_off_queries():
    today = timezone.localdate()
    SearchQueryDaily.objects.create(
        day=today, locale="cs", query="ospod", searches=5, zero_results=0
    )
    SearchQueryDaily.objects.create(
        day=today, locale="cs", query="jmeno klientky", searches=1, zero_results=1
    )
    SearchQueryDaily.objects.create(
        day=today, locale="cs", query="exekuce", searches=3, zero_results=3
    )
    top = [r["query"] for r in analytics.top_queries(min_days=1)]
    assert top == ["ospod", "exekuce"]
    assert [r["query"] for r in analytics.top_queries(zero_only=True, min_days=1)] == ["exekuce"]


@override_settings(SEARCH_ANALYTICS_MIN_DAYS=1)
def test_editors_see_the_report_and_others_do_not(client, superuser, make_user):
    today = timezone.localdate()
    SearchQueryDaily.objects.create(
        day=today, locale="cs", query="ospod", searches=4, zero_results=0
    )
    SearchQueryDaily.objects.create(
        day=today, locale="cs", query="exekuce", searches=2, zero_results=2
    )
    client.force_login(make_user("moderator", "Moderators"))
    denied = client.get("/admin/reports/search-analytics/", follow=True)
    assert "exekuce" not in denied.content.decode()
    assert denied.redirect_chain[-1][0] == "/admin/"
    client.force_login(make_user("redaktor", "Editors"))
    html = client.get("/admin/reports/search-analytics/").content.decode()
    assert "ospod" in html and "exekuce" in html
    client.force_login(superuser)
    html = client.get("/admin/reports/search-analytics/").content.decode()
    assert "ospod" in html and "exekuce" in html


def test_purge_command_applies_the_retention(capsys):
    from django.core.management import call_command

    SearchQueryDaily.objects.create(
        day=timezone.localdate() - datetime.timedelta(days=120),
        locale="cs",
        query="stare",
        searches=3,
    )
    call_command("purge_search_analytics")
    assert not SearchQueryDaily.objects.filter(query="stare").exists()
    assert "Deleted 1 search count rows" in capsys.readouterr().out


@override_settings(SEARCH_URL="")
def test_searching_stores_no_query_text_outside_the_daily_counts():
    from wagtail.contrib.search_promotions.models import Query

    before = Query.objects.count()
    search(SearchRequest(query="Jana Nováková vykázání"))
    assert Query.objects.count() == before


@override_settings(SEARCH_ANALYTICS_FLUSH_SECONDS=3600)
def test_searches_are_counted_without_a_database_write_each(django_assert_num_queries):
    """Counting a search touches no database; the counts held are written together."""
    analytics.flush()
    with django_assert_num_queries(0):
        for query in ["vykázání", "vykazani", "policie", "xyzzy"]:
            analytics.record_search(query=query, locale="cs", total=0 if query == "xyzzy" else 3)
    assert not SearchQueryDaily.objects.exists()
    analytics.flush()
    counts = dict(SearchQueryDaily.objects.values_list("query", "searches"))
    assert counts == {"vykazani": 2, "policie": 1, analytics.UNKNOWN: 1}
    assert SearchQueryDaily.objects.get(query=analytics.UNKNOWN).zero_results == 1
