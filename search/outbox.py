"""Writes to the indexing outbox. Called from signal handlers inside the editor's transaction,
so an edit and its outbox entry commit (or roll back) together."""

from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.dispatch import Signal

from .models import IndexOutboxEntry, ObjectType

# Sent after the commit that queued index changes when a worker, not this process, applies
# them: the worker (kb.ops) makes its drain due now rather than at its next period.
drain_requested = Signal()


def outbox_enqueue(*, object_type: str, object_ids: Iterable[int | None], reason: str) -> None:
    ids = list(dict.fromkeys(int(i) for i in object_ids if i))
    if not ids:
        return
    IndexOutboxEntry.objects.bulk_create(
        [IndexOutboxEntry(object_type=object_type, object_id=i, reason=reason) for i in ids]
    )
    if settings.SEARCH_DRAIN_ON_COMMIT and settings.SEARCH_URL:
        from .indexer import drain_after_commit

        transaction.on_commit(drain_after_commit)
    elif settings.SEARCH_URL:
        # The worker indexes: make its drain due now rather than at its next period.
        transaction.on_commit(_request_drain)


def _request_drain() -> None:
    drain_requested.send(sender=IndexOutboxEntry)


def enqueue_pages(page_ids: Iterable[int | None], reason: str) -> None:
    outbox_enqueue(object_type=ObjectType.PAGE, object_ids=page_ids, reason=reason)


def enqueue_services(service_ids: Iterable[int | None], reason: str) -> None:
    outbox_enqueue(object_type=ObjectType.SERVICE, object_ids=service_ids, reason=reason)
