"""On both real engines: a phrasing an editor adds from the unanswered-questions report makes
its page answer that question once the draft is published — through the outbox, drained on
commit, with no command."""

import pytest
from django.test import override_settings
from django.urls import reverse

from kb.guidance.models import KnowledgePage
from search import rebuild
from search.models import IndexOutboxEntry
from search.query import search
from search.types import SearchRequest

pytestmark = pytest.mark.django_db

# Colloquial words that no page text (nor any demo phrasing) uses.
QUESTION = "jak vyrazit chlapa z baraku"


def _titles(query):
    request = SearchRequest(query=query, locale="cs", limit=20, record_analytics=False)
    return [hit.title for hit in search(request).hits]


def test_a_phrasing_added_in_the_report_answers_the_question_after_publishing(
    fresh_index, make_user, client, django_capture_on_commit_callbacks
):
    page = KnowledgePage.objects.get(slug="vykazani-zakladni-prehled").specific
    assert page.title not in _titles(QUESTION)[:3]
    client.force_login(make_user("editor", "Editors"))
    with override_settings(SEARCH_DRAIN_ON_COMMIT=True):
        added = client.post(
            reverse("search_analytics_add_phrasing", args=[page.pk]),
            {"phrasing": QUESTION, "key": "baraku chlapa vyrazit", "locale": "cs"},
        )
        assert added.status_code == 302
        # A draft is not searchable.
        assert page.title not in _titles(QUESTION)[:3]
        page.refresh_from_db()
        # The test runs in one transaction: run what its commit would run.
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            page.get_latest_revision().publish()
        assert callbacks
    assert not IndexOutboxEntry.objects.filter(processed_at__isnull=True).exists()
    for locale in rebuild.locales():
        fresh_index.refresh(rebuild.alias_name(locale))
    assert _titles(QUESTION)[0] == page.title
