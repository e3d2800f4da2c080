"""Building, swapping and inspecting the indices (the `search_index` command's work)."""

import datetime
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from .analysis import index_body, index_version
from .client import EngineClient, alias_name
from .documents import (
    document_id,
    indexable_pages,
    indexable_services,
    page_batches,
    service_document,
)
from .indexer import operations_for
from .models import IndexOutboxEntry, ObjectType

# Documents per bulk request (a page document is a few kB of text).
CHUNK = 250
# Bulk requests in flight at once: the engine indexes them on several threads.
SENDERS = 2


def locales() -> list[str]:
    return [code for code, _ in settings.LANGUAGES]


def _documents(locale: str) -> Iterator[tuple[str, int, dict[str, Any]]]:
    ids = (
        indexable_pages()
        .filter(locale__language_code=locale)
        .order_by("path")
        .values_list("pk", flat=True)
    )
    for batch in page_batches(list(ids)):
        for pk, doc in batch:
            yield ObjectType.PAGE, pk, doc
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
    step: searches keep hitting the old index until the new one is complete.

    The engine requests (create, bulks, then refresh and alias swap) go out from background
    threads while the next documents are being built, two bulk requests at a time. The new
    index is not refreshed while it fills (nobody searches it before the alias moves); its
    refresh interval is restored, and the index refreshed, before the swap."""
    snapshot = IndexOutboxEntry.objects.aggregate(m=Max("id"))["m"] or 0
    built = {}
    with _Background() as engine:
        for locale in locales():
            name = f"{alias_name(locale)}-v{index_version()}-{timezone.now():%Y%m%d%H%M%S%f}"
            body = index_body(locale)
            body["settings"]["index"]["refresh_interval"] = "-1"
            engine.run(client.create_index, name, body)
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
                    engine.run(_send, client, batch, ordered=False)
                    batch = []
                    if on_progress:
                        on_progress(progress)
            if batch:
                engine.run(_send, client, batch, ordered=False)
            engine.run(_go_live, client, locale, name)
            if on_progress:
                on_progress(progress)
            built[locale] = name
    _replay_since(client, snapshot)
    # Everything up to the snapshot is in the new indices already.
    IndexOutboxEntry.objects.filter(id__lte=snapshot, processed_at__isnull=True).update(
        processed_at=timezone.now(), last_error=""
    )
    return built


def _go_live(client: EngineClient, locale: str, name: str) -> None:
    client.put_settings(name, {"refresh_interval": None})
    client.refresh(name)
    for old in client.point_alias(alias_name(locale), name):
        client.delete_index(old)


class _Background:
    """Runs engine requests in background threads. An ordered request (create, alias swap)
    starts after every request before it; the bulk requests between two ordered ones run
    ``senders`` at a time. At most ``senders`` requests wait behind the running ones
    (``run`` blocks until then), which bounds the memory. The first failure stops
    everything queued after it and is raised by the next ``run`` or on exit."""

    def __init__(self, senders: int = SENDERS) -> None:
        self.pool = ThreadPoolExecutor(max_workers=senders, thread_name_prefix="search-rebuild")
        self.senders = senders
        self.queued: list[Future] = []
        self.last_ordered: Future | None = None
        self.failed = False

    def run(self, fn: Callable[..., object], *args: Any, ordered: bool = True) -> None:
        while self.queued and (self.queued[0].done() or len(self.queued) >= 2 * self.senders):
            self.queued.pop(0).result()
        # An ordered request waits for everything before it; a bulk for the last ordered one.
        after = list(self.queued) if ordered else [f for f in [self.last_ordered] if f]
        future = self.pool.submit(self._after, after, fn, *args)
        if ordered:
            self.last_ordered = future
        self.queued.append(future)

    def _after(self, after: list[Future], fn: Callable[..., object], *args: Any) -> None:
        # The executor starts requests in the order they were queued, so the ones waited
        # for here are running already: no deadlock.
        wait(after)
        if not self.failed:
            try:
                fn(*args)
            except BaseException:
                self.failed = True
                raise

    def __enter__(self) -> "_Background":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self.failed = True  # the caller failed: send nothing more
        try:
            while self.queued:
                future = self.queued.pop(0)
                if exc_type is None:
                    future.result()
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)


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
