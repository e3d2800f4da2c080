"""Small things editors and readers notice: ASCII slugs, contact-card heading level, the
quick exit on the professionals' sign-in page."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale

from kb.guidance.models import GuidanceIndexPage, GuidancePage
from kb.services.models import Service

pytestmark = pytest.mark.django_db


def test_new_page_slugs_are_transliterated_to_ascii(client, superuser):
    section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).first()
    page = GuidancePage(title="Bezpečnostní plán pro ženy", summary="Shrnutí.")
    section.add_child(instance=page)
    assert page.slug == "bezpecnostni-plan-pro-zeny"
    client.force_login(superuser)
    url = reverse("wagtailadmin_pages:add", args=["guidance", "guidancepage", section.pk])
    response = client.post(
        url,
        {
            "title": "Plán",
            "slug": "bezpečnostní-plán",
            "summary": "S.",
            "body-count": "0",
            "visibility": "public",
            "last_reviewed": "2026-01-01",
            "next_review_due": "2027-01-01",
        },
    )
    assert response.status_code == 302
    assert GuidancePage.objects.get(title="Plán").slug == "bezpecnostni-plan"


def test_contact_card_heading_follows_the_page_title(client):
    service = Service.objects.filter(locale__language_code="cs").first()
    section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).first()
    page = GuidancePage(
        title="Kontakty",
        slug="kontakty-test",
        summary="S.",
        body=[{"type": "contact", "value": {"service": service.pk}}],
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    main = html[html.index("<h1") :]
    levels = [int(level) for level in re.findall(r"<h([1-6])", main)]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    assert f'<h2 class="service-card__name" id="service-{service.pk}"' in html


def test_login_page_has_the_quick_exit(client):
    html = client.get("/login/").content.decode()
    assert "data-quick-exit" in html
