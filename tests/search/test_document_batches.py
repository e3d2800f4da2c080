"""A full rebuild builds page documents in batches; they must be exactly the documents built
one page at a time, with a number of queries that does not grow with the batch."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from kb.guidance.models import KnowledgePage
from search.documents import indexable_pages, page_batches, page_document, url_cache

pytestmark = pytest.mark.django_db


def single_page_documents() -> dict[int, str]:
    """The way documents were built before batching: page by page, each resolving its own
    blocks' snippets and its own URL."""
    urls = url_cache()
    return {
        page.pk: json.dumps(
            page_document(page, urls=urls, locale=page.locale.language_code), sort_keys=True
        )
        for page in indexable_pages()
    }


def batched_documents(size: int) -> dict[int, str]:
    ids = indexable_pages().values_list("pk", flat=True)
    return {
        pk: json.dumps(doc, sort_keys=True)
        for batch in page_batches(list(ids), size=size)
        for pk, doc in batch
    }


@pytest.mark.parametrize("language", ["cs", "en"])
def test_batched_documents_are_the_single_page_documents(language):
    with translation.override(language):
        expected = single_page_documents()
        for size in (3, 200):
            assert batched_documents(size) == expected
    docs = [json.loads(doc) for doc in expected.values()]
    # The demo content exercises what batching changes: URLs, snippets and services in
    # blocks, legal references in steps and in the body, taxonomy.
    for doc in docs:
        assert doc["url"].endswith("/") and doc["url"].startswith("/en/") == (doc["locale"] == "en")
    assert {doc["locale"] for doc in docs} == {"cs", "en"}
    assert any(doc["legal"] for doc in docs if doc["page_type"] == "procedure")
    assert any(doc["legal"] for doc in docs if doc["page_type"] != "procedure")
    assert any(doc["steps"] for doc in docs) and any(doc["topics"] for doc in docs)


def _queries(ids: list[int]) -> int:
    with CaptureQueriesContext(connection) as captured:
        (batch,) = page_batches(ids, size=len(ids))
    assert len(batch) == len(ids)
    return len(captured)


def test_a_batch_costs_the_same_queries_whatever_its_size():
    pages = list(indexable_pages().order_by("path"))
    small = [p.pk for p in pages if p.locale.language_code == "cs"]
    large = [p.pk for p in pages]
    assert len(large) >= len(small) + 10
    _queries(small)  # warm per-process caches (content types, site roots)
    assert _queries(small) == _queries(large)


def test_pages_that_are_not_indexable_are_left_out():
    live = list(indexable_pages().values_list("pk", flat=True)[:3])
    draft = KnowledgePage.objects.filter(live=False).values_list("pk", flat=True).first()
    ids = [*live, *([draft] if draft else []), 10**9]
    assert [pk for batch in page_batches(ids) for pk, _ in batch] == live
