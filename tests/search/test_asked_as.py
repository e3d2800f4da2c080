"""A page or service is found by how people ask for it, even when its text uses other words;
a phrasing an editor adds reaches the index through the outbox."""

import pytest
from django.test import override_settings

from kb.guidance.models import KnowledgePage
from kb.services.models import Service
from search import indexer, rebuild
from search.models import IndexOutboxEntry, ObjectType
from search.query import search
from search.types import SearchRequest

pytestmark = pytest.mark.django_db

# Colloquial words no page or service text (nor any other phrasing) uses.
QUESTION = "jak vyrazit chlapa z baraku"
PHRASING = "jak vyrazit chlapa z baraku kdyz me mlati"


def titles(query, locale="cs"):
    request = SearchRequest(query=query, locale=locale, limit=50, record_analytics=False)
    return [hit.title for hit in search(request).hits]


def _overview():
    return KnowledgePage.objects.get(slug="vykazani-zakladni-prehled").specific


def _add_phrasing(page):
    page.asked_as = f"{page.asked_as}\n{PHRASING}"
    page.save_revision().publish()


@override_settings(SEARCH_URL="")
def test_the_database_fallback_finds_a_page_by_its_phrasing_only():
    page = _overview()
    assert page.title not in titles(QUESTION)
    _add_phrasing(page)
    assert titles(QUESTION)[0] == page.title


@override_settings(SEARCH_URL="")
def test_the_database_fallback_finds_a_demo_page_and_service_by_their_phrasings():
    # "vyhodit" is in no page's text, only in the expulsion overview's phrasing.
    assert "vyhodit" not in _overview().search_texts()["body"]
    assert titles("muzu ho vyhodit z bytu")[0] == _overview().title
    english = Service.objects.get(code="rosa-shelter", locale__language_code="en")
    assert english.name in titles("escape my husband with my kids", locale="en")


def test_a_published_phrasing_goes_through_the_outbox_into_the_document():
    page = _overview()
    _add_phrasing(page)
    entries = list(IndexOutboxEntry.objects.filter(object_type=ObjectType.PAGE, object_id=page.pk))
    assert entries
    docs = [op for op in indexer.operations_for(entries) if "asked_as" in op]
    assert len(docs) == 1 and PHRASING in docs[0]["asked_as"]

    service = Service.objects.get(code="ic-praha", locale__language_code="cs")
    service.asked_as += f"\n{PHRASING}"
    service.save()
    entries = list(
        IndexOutboxEntry.objects.filter(object_type=ObjectType.SERVICE, object_id=service.pk)
    )
    docs = [op for op in indexer.operations_for(entries) if "asked_as" in op]
    assert len(docs) == 1 and PHRASING in docs[0]["asked_as"]


@pytest.mark.parametrize(
    ("query", "locale", "slug"),
    [
        ("bojim se ze mi vezmou deti", "cs", "deti-ve-spolecnem-obydli-pri-vykazani"),
        ("ex mi pise stovky zprav", "cs", "nebezpecne-pronasledovani-stalking"),
        ("dcera zije s nasilnikem", "cs", "jak-muze-pomoci-pribuzny-nebo-soused"),
        ("can the police make my husband leave", "en", "expulsion-at-a-glance"),
    ],
)
def test_the_engine_ranks_a_demo_page_first_by_its_phrasing(engine_settings, query, locale, slug):
    page = KnowledgePage.objects.get(slug=slug, locale__language_code=locale)
    assert titles(query, locale=locale)[0] == page.title


def test_the_engine_ranks_a_demo_service_first_by_its_phrasing(engine_settings):
    service = Service.objects.get(code="rosa-shelter", locale__language_code="cs")
    assert titles("kam utect s detmi pred manzelem")[0] == service.name


def test_an_added_phrasing_reaches_the_engine_through_the_outbox(fresh_index):
    page = _overview()
    assert page.title not in titles(QUESTION)
    _add_phrasing(page)
    indexer.drain()
    for locale in rebuild.locales():
        fresh_index.refresh(rebuild.alias_name(locale))
    assert titles(QUESTION)[0] == page.title
