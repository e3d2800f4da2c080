"""The outbox is written with the edit, and several indexers never take the same entry."""

import threading

import pytest
from django.db import connection, transaction
from wagtail.models import Locale

from kb.guidance.models import GuidanceIndexPage, GuidancePage, KnowledgePage
from search import indexer
from search.models import IndexOutboxEntry, ObjectType


def _new_page(slug):
    section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).first()
    page = GuidancePage(title=f"Stránka {slug}", slug=slug, summary="Shrnutí.")
    section.add_child(instance=page)
    return page


@pytest.mark.django_db
def test_publishing_writes_an_entry_and_a_rolled_back_edit_writes_none():
    page = _new_page("outbox-a")
    page.save_revision().publish()
    entries = IndexOutboxEntry.objects.filter(object_type=ObjectType.PAGE, object_id=page.pk)
    assert entries.filter(reason="published").count() == 1

    other = _new_page("outbox-b")
    with pytest.raises(RuntimeError), transaction.atomic():
        other.save_revision().publish()
        raise RuntimeError("the editor's request failed after publishing")
    assert not IndexOutboxEntry.objects.filter(object_id=other.pk, reason="published").exists()


@pytest.mark.django_db
def test_unpublish_delete_and_move_write_entries():
    page = KnowledgePage.objects.live().filter(locale=Locale.get_default()).first().specific
    page.unpublish()
    reasons = set(
        IndexOutboxEntry.objects.filter(object_id=page.pk).values_list("reason", flat=True)
    )
    assert "unpublished" in reasons
    target = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).last()
    page.move(target, pos="last-child")
    assert IndexOutboxEntry.objects.filter(object_id=page.pk, reason="moved").exists()
    page_id = page.pk
    page.delete()
    assert IndexOutboxEntry.objects.filter(object_id=page_id, reason="deleted").exists()


@pytest.mark.django_db
def test_taxonomy_rename_reindexes_its_pages():
    page = KnowledgePage.objects.live().filter(topics__isnull=False).first()
    topic = page.topics.first()
    topic.name = "Přejmenované téma"
    topic.save()
    assert IndexOutboxEntry.objects.filter(object_id=page.pk, reason="taxonomy").exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_indexers_never_claim_the_same_entry():
    if not connection.features.has_select_for_update_skip_locked:
        pytest.fail("this test needs PostgreSQL (make test provides it)")
    # Start from an empty backlog, whatever earlier tests or the demo load left pending.
    IndexOutboxEntry.objects.all().delete()
    IndexOutboxEntry.objects.bulk_create(
        [IndexOutboxEntry(object_type=ObjectType.PAGE, object_id=i) for i in range(1, 61)]
    )
    claimed: list[list[int]] = []
    barrier = threading.Barrier(3)

    def claim():
        from django.db import connection as thread_connection

        try:
            with transaction.atomic():
                batch = indexer._claim_batch(30)
                barrier.wait(timeout=10)  # hold the row locks while the others claim
                claimed.append([e.pk for e in batch])
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=claim) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    all_ids = [pk for batch in claimed for pk in batch]
    assert len(all_ids) == len(set(all_ids)) == 60
    assert all(batch == sorted(batch) for batch in claimed)


def test_backoff_grows_and_is_capped():
    delays = [indexer.backoff(n).total_seconds() for n in (1, 2, 3, 20)]
    assert delays[0] < delays[1] < delays[2]
    assert delays[3] == indexer.MAX_BACKOFF.total_seconds()
