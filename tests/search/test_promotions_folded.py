"""A page promoted for "vykázání" is promoted for however people type it."""

import pytest
from django.test import override_settings
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from kb.guidance.models import KnowledgePage
from search.query import search
from search.types import SearchRequest

pytestmark = pytest.mark.django_db


@override_settings(SEARCH_URL="")
@pytest.mark.parametrize("typed", ["vykázání", "vykazani", "  VYKAZANI ", "Vykázání"])
def test_promotion_matches_the_folded_query(typed):
    target = (
        KnowledgePage.objects.live()
        .filter(locale__language_code="cs", visibility="public")
        .exclude(search_text__contains="vykaz")
        .first()
    )
    query = Query.objects.create(query_string="vykázání")
    SearchPromotion.objects.create(query=query, page=target, sort_order=0, description="")
    before = Query.objects.count()

    result = search(SearchRequest(query=typed))

    assert result.hits[0].id == target.pk and result.hits[0].promoted
    assert Query.objects.count() == before  # the lookup stays read-only


@override_settings(SEARCH_URL="")
def test_other_queries_get_no_promotion():
    target = KnowledgePage.objects.live().filter(locale__language_code="cs").first()
    query = Query.objects.create(query_string="vykázání")
    SearchPromotion.objects.create(query=query, page=target, sort_order=0, description="")
    result = search(SearchRequest(query="ospod"))
    assert not any(hit.promoted for hit in result.hits)


@override_settings(SEARCH_URL="", SEARCH_PROMOTIONS_SECONDS=3600)
def test_a_query_without_promotions_reads_none_and_a_new_promotion_applies_at_once(
    django_assert_num_queries,
):
    from search.promotions import forget_promotions, promoted_pages

    forget_promotions()
    promoted_pages(SearchRequest(query="ospod"))  # reads which queries have promotions
    with django_assert_num_queries(0):
        assert promoted_pages(SearchRequest(query="ospod")) == []
    target = KnowledgePage.objects.live().filter(locale__language_code="cs").first()
    query = Query.objects.create(query_string="ospod")
    SearchPromotion.objects.create(query=query, page=target, sort_order=0, description="")
    assert [p.pk for p in promoted_pages(SearchRequest(query="OSPOD"))] == [target.pk]
