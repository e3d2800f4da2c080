"""The admin speaks Czech: project labels, help texts, validation messages, report and CSV
headers, and choice values in revision compare."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from kb.guidance.models import GuidanceIndexPage, ProcedurePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def czech_admin(client, superuser):
    client.force_login(superuser)
    return client


def test_snippet_forms_are_czech(czech_admin):
    html = czech_admin.get(reverse("wagtailsnippets_taxonomy_legalreference:add")).content
    html = html.decode()
    assert "Krátký název" in html and "Číslo zákona" in html
    assert "Short title" not in html
    service = czech_admin.get(reverse("wagtailsnippets_services_service:add")).content.decode()
    assert "Telefony" in service and "Otevírací doba" in service


def test_validation_message_is_czech(czech_admin):
    url = reverse("wagtailsnippets_taxonomy_legalreference:add")
    response = czech_admin.post(
        url,
        {
            "short_title": "Zákon",
            "act_number": "273",
            "act_year": "1800",
            "current_as_of": "2026-01-01",
            "locale": Locale.get_default().pk,
        },
    )
    assert "Zadejte rok vydání zákona" in response.content.decode()


def test_review_report_csv_headers_are_czech(czech_admin):
    response = czech_admin.get(reverse("due_for_review"), {"export": "csv"})
    head = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()[0]
    assert "Příští revize" in head and "Správce obsahu" in head


def test_revision_compare_shows_choice_labels(czech_admin):
    section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).first()

    def step(actor):
        return [
            {
                "type": "step",
                "value": {
                    "actor": actor,
                    "title": "Krok",
                    "time_limit": {},
                    "text": "<p>Text.</p>",
                    "legal_basis": [],
                },
            }
        ]

    page = ProcedurePage(title="Porovnání", slug="porovnani", summary="S.", steps=step("police"))
    section.add_child(instance=page)
    first = page.save_revision()
    page.steps = step("court")
    second = page.save_revision()
    url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
    html = czech_admin.get(url).content.decode()
    assert "Policie" in html and "Soud" in html
    assert ">police<" not in html
