"""New page slugs are ASCII: Czech titles and typed slugs are transliterated."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from kb.guidance.models import GuidanceIndexPage, GuidancePage

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
            "sources-TOTAL_FORMS": "0",
            "sources-INITIAL_FORMS": "0",
            "sources-MIN_NUM_FORMS": "0",
            "sources-MAX_NUM_FORMS": "1000",
            "last_reviewed": "2026-01-01",
            "next_review_due": "2027-01-01",
        },
    )
    assert response.status_code == 302
    assert GuidancePage.objects.get(title="Plán").slug == "bezpecnostni-plan"
