"""Applies the outbox to the engine, oldest first, with retries and backoff.

Several hosts may drain at once: each takes a batch with row locks (SKIP LOCKED on
PostgreSQL), so no entry is taken twice. Documents are rebuilt from the database at apply
time and sent with the entry id as external version, so the engine keeps the newest state
even if two hosts race on the same object."""

import datetime
import logging
import threading
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from .client import EngineClient, EngineUnavailable, alias_name, get_client
from .documents import document_id, load_documents, locale_of
from .models import IndexOutboxEntry

logger = logging.getLogger(__name__)

BATCH_SIZE = 200
MAX_BACKOFF = datetime.timedelta(minutes=30)
# After a failed drain right after a commit, editors' requests stop trying for a while.
COOLDOWN_SECONDS = 30
_cooldown_until = 0.0
# A drain started because the engine answers again, at most once per interval per process.
RECOVERY_DRAIN_INTERVAL = 30.0
_recovery_lock = threading.Lock()
_last_recovery_drain = -RECOVERY_DRAIN_INTERVAL


@dataclass
class DrainReport:
    applied: int = 0
    failed: int = 0
    batches: int = 0
    errors: list[str] = field(default_factory=list)


def backoff(attempts: int) -> datetime.timedelta:
    return min(datetime.timedelta(seconds=2 ** min(attempts, 12)), MAX_BACKOFF)


def _claim_batch(limit: int) -> list[IndexOutboxEntry]:
    now = timezone.now()
    pending = IndexOutboxEntry.objects.filter(processed_at__isnull=True).exclude(
        next_attempt_at__gt=now
    )
    if connection.features.has_select_for_update_skip_locked:
        pending = pending.select_for_update(skip_locked=True)
    return list(pending.order_by("id")[:limit])


def operations_for(entries: list[IndexOutboxEntry]) -> list[dict]:
    """Bulk operations for a batch: one per object, versioned by its newest entry."""
    latest: dict[tuple[str, int], int] = {}
    for entry in entries:
        latest[(entry.object_type, entry.object_id)] = entry.pk
    ops: list[dict] = []
    by_type: dict[str, list[int]] = {}
    for object_type, object_id in latest:
        by_type.setdefault(object_type, []).append(object_id)
    for object_type, ids in by_type.items():
        documents = load_documents(object_type, ids)
        for object_id in ids:
            version = latest[(object_type, object_id)]
            meta = {
                "_id": document_id(object_type, object_id),
                "version": version,
                "version_type": "external_gte",
            }
            doc = documents.get(object_id)
            if doc is not None:
                # require_alias: never let the engine auto-create an unmapped index.
                ops += [
                    {"index": {"_index": alias_name(doc["locale"]), "require_alias": True, **meta}},
                    doc,
                ]
                for other in _other_locales(doc["locale"]):
                    # A page moved to another locale tree must vanish from the old index.
                    ops.append(
                        {
                            "delete": {
                                "_index": alias_name(other),
                                **meta,
                                "version_type": "external",
                            }
                        }
                    )
            else:
                for locale in _candidate_locales(object_type, object_id):
                    ops.append(
                        {
                            "delete": {
                                "_index": alias_name(locale),
                                **meta,
                                "version_type": "external",
                            }
                        }
                    )
    return ops


def _other_locales(locale: str) -> list[str]:
    return [code for code, _ in settings.LANGUAGES if code != locale]


def _candidate_locales(object_type: str, object_id: int) -> list[str]:
    known = locale_of(object_type, object_id)
    return [known] if known else [code for code, _ in settings.LANGUAGES]


def drain(*, max_batches: int | None = None, client: EngineClient | None = None) -> DrainReport:
    """Apply pending entries until none is left (or ``max_batches``). Raises
    EngineUnavailable when the engine is down; nothing is lost, entries stay pending."""
    client = client or get_client()
    report = DrainReport()
    if client is None:
        return report
    while max_batches is None or report.batches < max_batches:
        unavailable = None
        with transaction.atomic():
            entries = _claim_batch(BATCH_SIZE)
            if not entries:
                break
            report.batches += 1
            try:
                # Refreshed at once: a published change is searchable when the drain ends.
                failures = client.bulk(operations_for(entries), refresh=True)
            except EngineUnavailable as error:
                unavailable = error
            else:
                client.breaker.record_success()  # the engine is back for searches too
                _apply_outcome(entries, failures, report)
        if unavailable is not None:
            # Recorded after the claim's transaction, in its own: whatever rolls back the
            # caller's work, attempts, last error and backoff survive.
            with transaction.atomic():
                _mark_failed(entries, str(unavailable))
            report.failed += len(entries)
            report.errors.append(str(unavailable))
            client.breaker.record_failure()
            raise unavailable
    return report


def _apply_outcome(
    entries: list[IndexOutboxEntry], failures: list[dict], report: DrainReport
) -> None:
    now = timezone.now()
    failed_ids = {f.get("_id") for f in failures}
    done = [e.pk for e in entries if _doc_id(e) not in failed_ids]
    IndexOutboxEntry.objects.filter(pk__in=done).update(processed_at=now, last_error="")
    retry = [e for e in entries if _doc_id(e) in failed_ids]
    if retry:
        message = "; ".join(str(f.get("error"))[:300] for f in failures[:3])
        _mark_failed(retry, message)
        report.errors.append(message)
    report.applied += len(done)
    report.failed += len(retry)


def _doc_id(entry: IndexOutboxEntry) -> str:
    return document_id(entry.object_type, entry.object_id)


def _mark_failed(entries: list[IndexOutboxEntry], message: str) -> None:
    now = timezone.now()
    for entry in entries:
        entry.attempts += 1
        entry.last_error = message[:2000]
        entry.next_attempt_at = now + backoff(entry.attempts)
    IndexOutboxEntry.objects.bulk_update(entries, ["attempts", "last_error", "next_attempt_at"])


def drain_after_commit() -> None:
    """Best effort right after an edit commits; the periodic drain catches up on failure."""
    global _cooldown_until
    if time.monotonic() < _cooldown_until:
        return
    try:
        drain(max_batches=5)
    except EngineUnavailable as error:
        _cooldown_until = time.monotonic() + COOLDOWN_SECONDS
        logger.warning("Search engine unavailable, index changes queued: %s", error)


def drain_on_recovery(client: EngineClient) -> bool:
    """The engine answers again after an outage: apply pending entries (failed ones too)."""
    return drain_soon(client)


def drain_soon(client: EngineClient) -> bool:
    """Apply pending entries in the background, at most once per RECOVERY_DRAIN_INTERVAL
    per process (after an outage, or when a search met a stale hit). Returns True if a
    drain was started."""
    global _last_recovery_drain
    if not settings.SEARCH_DRAIN_ON_RECOVERY:
        return False
    with _recovery_lock:
        now = time.monotonic()
        if now - _last_recovery_drain < RECOVERY_DRAIN_INTERVAL:
            return False
        _last_recovery_drain = now
    if settings.SEARCH_RECOVERY_DRAIN_INLINE:
        _recovery_drain(client)
    else:
        threading.Thread(target=_recovery_drain, args=(client,), daemon=True).start()
    return True


def _recovery_drain(client: EngineClient) -> None:
    from django.db import connection as thread_connection

    try:
        retry_now()
        report = drain(client=client)
        logger.info("Engine back: applied %s queued index changes", report.applied)
    except Exception as error:  # noqa: BLE001 - a background drain must never crash a request
        logger.warning("Drain after engine recovery failed: %s", error)
    finally:
        if not settings.SEARCH_RECOVERY_DRAIN_INLINE:
            thread_connection.close()


def retry_now() -> int:
    """Make failed entries due immediately (after the engine is back)."""
    return IndexOutboxEntry.objects.filter(processed_at__isnull=True).update(next_attempt_at=None)


def purge_processed(*, older_than: datetime.timedelta = datetime.timedelta(days=7)) -> int:
    cutoff = timezone.now() - older_than
    deleted, _ = IndexOutboxEntry.objects.filter(processed_at__lt=cutoff).delete()
    return deleted
