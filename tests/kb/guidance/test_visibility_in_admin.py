"""The admin shows the project's visibility (public / professionals only) and does not offer
Wagtail's competing "Change privacy" control."""

import pytest
from django.urls import reverse

from kb.guidance.models import KnowledgePage

pytestmark = pytest.mark.django_db


def _page(visibility):
    page = KnowledgePage.objects.filter(locale__language_code="cs").first().specific
    page.visibility = visibility
    page.save_revision().publish()
    return page


def test_status_panel_says_professionals_only(client, superuser):
    page = _page("professionals")
    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Professionals only" in html or "Jen pro odborníky" in html
    assert "Visible to all" not in html
    assert 'id="set-privacy"' not in html


def test_status_panel_of_a_public_page(client, superuser):
    page = _page("public")
    client.force_login(superuser)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'id="set-privacy"' not in html


def test_page_listing_marks_professionals_only_pages(client, superuser):
    page = _page("professionals")
    client.force_login(superuser)
    url = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    html = client.get(url).content.decode()
    assert html.count('data-kb-visibility="professionals"') == (
        KnowledgePage.objects.child_of(page.get_parent()).filter(visibility="professionals").count()
    )
    assert html.count('data-kb-visibility="professionals"') >= 1
