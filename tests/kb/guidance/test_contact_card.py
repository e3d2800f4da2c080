"""A contact block's service card takes the heading level that follows the page title."""

import re

import pytest
from wagtail.models import Locale

from kb.guidance.models import GuidanceIndexPage, GuidancePage
from kb.services.models import Service

pytestmark = pytest.mark.django_db


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
