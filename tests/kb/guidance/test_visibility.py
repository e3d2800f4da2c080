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


def test_anonymous_visitor_is_sent_to_login(client, professional_page):
    response = client.get(professional_page.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert (
        professional_page.summary
        not in client.get(professional_page.url, follow=True).content.decode()
    )


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
