"""Professionals-only pages never reach the public site; drafts never reach anyone."""

import pytest
from wagtail.models import Locale

from kb.guidance.choices import Visibility
from kb.guidance.models import KnowledgePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def professional_page():
    return KnowledgePage.objects.filter(
        live=True, visibility=Visibility.PROFESSIONALS, locale=Locale.get_default()
    ).first()


def test_anonymous_visitor_gets_what_a_missing_page_answers(client, professional_page):
    """A guessed URL of a professionals-only page must not reveal that the page exists."""
    response = client.get(professional_page.url)
    missing = client.get(professional_page.url.rstrip("/") + "-neexistuje/")
    assert response.status_code == missing.status_code == 404
    body = response.content.decode()
    assert body == missing.content.decode().replace("-neexistuje", "")
    assert professional_page.title not in body and professional_page.summary not in body
    assert "/login/?next=" in body  # the 404 page offers the professionals' sign-in


def test_professionals_only_page_is_private_to_caches(client, make_user, professional_page):
    client.force_login(make_user("policistka", "Professionals"))
    response = client.get(professional_page.url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_professional_sees_the_page(client, make_user, professional_page):
    client.force_login(make_user("policistka", "Professionals"))
    response = client.get(professional_page.url)
    assert response.status_code == 200
    assert professional_page.title in response.content.decode()


def test_section_listing_hides_professional_pages_from_the_public(
    client, make_user, professional_page
):
    section_url = professional_page.get_parent().url
    assert professional_page.title not in client.get(section_url).content.decode()
    client.force_login(make_user("socialni", "Professionals"))
    assert professional_page.title in client.get(section_url).content.decode()


def test_drafts_are_not_served(client):
    draft = KnowledgePage.objects.filter(live=False).first()
    assert draft is not None
    assert client.get(f"/{draft.get_parent().slug}/{draft.slug}/").status_code == 404
