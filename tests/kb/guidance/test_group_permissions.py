"""The Editors and Legal reviewers groups can do their jobs in the admin (data migration
guidance/0005) and every listing they can open answers any search term."""

import pytest
from django.urls import reverse

from kb.services.models import Service
from kb.taxonomy.models import LegalReference

from ..test_admin_search import TERMS, _get

EDITOR_PAGES = [
    "wagtailsnippets_services_service:list",
    "wagtailsnippets_services_organization:list",
    "wagtailsnippets_taxonomy_topic:list",
    "wagtailsnippets_taxonomy_audience:list",
    "wagtailsnippets_taxonomy_region:list",
    "wagtailsnippets_taxonomy_legalreference:list",
    "wagtailsnippets_search_searchsynonym:list",
    "wagtailsearchpromotions:index",
    "wagtailsearchpromotions:add",
    "wagtailredirects:index",
    "wagtailredirects:add",
    "search_analytics",
    "due_for_review",
]
REVIEWER_PAGES = [
    "wagtailsnippets_taxonomy_legalreference:list",
    "wagtailsnippets_taxonomy_legalreference:add",
    "wagtailsnippets_services_service:list",
    "wagtailsnippets_taxonomy_topic:list",
    "search_analytics",
]
REVIEWER_FORBIDDEN = [
    "wagtailsnippets_services_service:add",
    "wagtailredirects:index",
    "wagtailsearchpromotions:add",
]


@pytest.mark.django_db
@pytest.mark.slow
def test_editor_opens_every_page_of_the_job(client, make_user):
    client.force_login(make_user("editor", "Editors"))
    for name in EDITOR_PAGES:
        assert client.get(reverse(name)).status_code == 200, name
        for term in TERMS[:6]:
            assert _get(client, reverse(name), term).status_code == 200, (name, term)
    service = Service.objects.first()
    edit = reverse("wagtailsnippets_services_service:edit", args=[service.pk])
    assert client.get(edit).status_code == 200


@pytest.mark.django_db
def test_editor_may_fix_services_but_not_delete_taxonomy(make_user):
    editor = make_user("editor", "Editors")
    assert editor.has_perm("services.change_service")
    assert editor.has_perm("taxonomy.change_legalreference")
    assert editor.has_perm("wagtailredirects.add_redirect")
    assert editor.has_perm("wagtailsearchpromotions.change_searchpromotion")
    assert editor.has_perm("search.view_searchquerydaily")
    assert editor.has_perm("simple_translation.submit_translation")
    assert not editor.has_perm("taxonomy.delete_topic")


@pytest.mark.django_db
def test_legal_reviewer_maintains_legal_references_and_reads_the_directory(client, make_user):
    reviewer = make_user("lawyer", "Legal reviewers")
    client.force_login(reviewer)
    for name in REVIEWER_PAGES:
        assert client.get(reverse(name)).status_code == 200, name
    for name in REVIEWER_FORBIDDEN:
        assert client.get(reverse(name)).status_code in (302, 403), name
    reference = LegalReference.objects.first()
    edit = reverse("wagtailsnippets_taxonomy_legalreference:edit", args=[reference.pk])
    response = client.get(edit)
    assert response.status_code == 200
    form = response.context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None and k != "needs_verification"}
    data["needs_verification"] = "on"
    data["current_as_of"] = reference.current_as_of.isoformat()
    response = client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors
    reference.refresh_from_db()
    assert reference.needs_verification
