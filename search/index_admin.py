"""Building, swapping and inspecting the indices (the `search_index` command's work)."""

import datetime
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from .analysis import INDEX_VERSION, index_body
from .client import EngineClient, alias_name
from .documents import (
    document_id,
    indexable_pages,
    indexable_services,
    page_document,
    service_document,
    url_cache,
)
from .indexer import operations_for
from .models import IndexOutboxEntry, ObjectType

CHUNK = 100


def locales() -> list[str]:
    return [code for code, _ in settings.LANGUAGES]


def _documents(locale: str):
    urls = url_cache()
    for page in indexable_pages().filter(locale__language_code=locale):
        yield ObjectType.PAGE, page.pk, page_document(page, urls=urls, locale=locale)
    for service in indexable_services().filter(locale__language_code=locale):
        yield ObjectType.SERVICE, service.pk, service_document(service)


def expected_count(locale: str) -> int:
    return (
        indexable_pages().filter(locale__language_code=locale).count()
        + indexable_services().filter(locale__language_code=locale).count()
    )


@dataclass
class Progress:
    locale: str
    done: int
    total: int
    started: float

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0


def rebuild(
    client: EngineClient, *, on_progress: Callable[[Progress], None] | None = None
) -> dict[str, str]:
    """Build a fresh index per locale beside the live one, then move the alias in one atomic
    step: searches keep hitting the old index until the new one is complete."""
    snapshot = IndexOutboxEntry.objects.aggregate(m=Max("id"))["m"] or 0
    built = {}
    for locale in locales():
        name = f"{alias_name(locale)}-v{INDEX_VERSION}-{timezone.now():%Y%m%d%H%M%S%f}"
        client.create_index(name, index_body(locale))
        progress = Progress(locale, 0, expected_count(locale), time.monotonic())
        batch: list[dict] = []
        for object_type, object_id, doc in _documents(locale):
            batch += [
                {
                    "index": {
                        "_index": name,
                        "_id": document_id(object_type, object_id),
                        "version": snapshot,
                        "version_type": "external_gte",
                    }
                },
                doc,
            ]
            progress.done += 1
            if len(batch) >= 2 * CHUNK:
                _send(client, batch)
                batch = []
                if on_progress:
                    on_progress(progress)
        _send(client, batch)
        if on_progress:
            on_progress(progress)
        client.refresh(name)
        for old in client.point_alias(alias_name(locale), name):
            client.delete_index(old)
        built[locale] = name
    _replay_since(client, snapshot)
    # Everything up to the snapshot is in the new indices already.
    IndexOutboxEntry.objects.filter(id__lte=snapshot, processed_at__isnull=True).update(
        processed_at=timezone.now(), last_error=""
    )
    return built


def _send(client: EngineClient, batch: list[dict]) -> None:
    failures = client.bulk(batch)
    if failures:
        raise RuntimeError(f"{len(failures)} documents failed to index: {failures[0]}")


def _replay_since(client: EngineClient, snapshot: int) -> None:
    """Changes applied to the old index while the new one was being built are applied again
    to the new one (versions make this idempotent)."""
    entries = list(IndexOutboxEntry.objects.filter(id__gt=snapshot, processed_at__isnull=False))
    if entries:
        client.bulk(operations_for(entries))


def ensure_indices(client: EngineClient) -> bool:
    """Build the indices if an alias is missing (first start). Returns True if it built."""
    if all(client.indices_for_alias(alias_name(locale)) for locale in locales()):
        return False
    rebuild(client)
    return True


@dataclass
class IndexStatus:
    locale: str
    alias: str
    indices: list[str]
    documents: int
    expected: int


@dataclass
class Backlog:
    pending: int
    failing: int
    oldest: datetime.datetime | None
    last_error: str


def status(client: EngineClient) -> list[IndexStatus]:
    rows = []
    for locale in locales():
        alias = alias_name(locale)
        indices = client.indices_for_alias(alias)
        rows.append(
            IndexStatus(
                locale,
                alias,
                indices,
                client.count(alias) if indices else 0,
                expected_count(locale),
            )
        )
    return rows


def backlog() -> Backlog:
    pending = IndexOutboxEntry.objects.filter(processed_at__isnull=True)
    oldest = pending.order_by("id").values_list("created_at", flat=True).first()
    failing = pending.filter(attempts__gt=0)
    last = failing.order_by("-id").values_list("last_error", flat=True).first() or ""
    return Backlog(pending.count(), failing.count(), oldest, last)
