"""Reports that would always be empty (queries are not stored in Wagtail's table) are gone."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_no_search_terms_report_in_the_menu(client, superuser):
    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("wagtailsearchpromotions:search_terms") not in html
    assert reverse("search_analytics") in html


def test_promotions_offer_no_popular_searches_and_no_views_column(client, superuser):
    client.force_login(superuser)
    add = client.get(reverse("wagtailsearchpromotions:add")).content.decode()
    assert "popular search terms" not in add
    listing = client.get(reverse("wagtailsearchpromotions:index")).content.decode()
    assert ">Views<" not in listing.replace("\n", "").replace(" ", "")
