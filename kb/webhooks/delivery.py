"""Sends due deliveries, oldest first per webhook, with exponential backoff. A partner that
is down keeps its notifications queued and receives them in order once it is back."""

import datetime
import hashlib
import hmac
import json
import logging
import urllib.error
import urllib.request

from django.utils import timezone

from .models import DeliveryStatus, WebhookDelivery

logger = logging.getLogger("kb.webhooks")

TIMEOUT_SECONDS = 10
MAX_ATTEMPTS = 12  # about a day and a half with the backoff below
FIRST_RETRY = datetime.timedelta(minutes=1)
LONGEST_WAIT = datetime.timedelta(hours=6)


class DeliveryFailed(Exception):
    pass


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` of ``"<timestamp>.<body>"``: partners recompute it with the secret
    and reject stale timestamps, so a captured notification cannot be replayed later."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def send(url: str, body: bytes, headers: dict[str, str]) -> None:
    """POSTs ``body``; raises DeliveryFailed unless the partner answers 2xx."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            status = response.status
    except urllib.error.HTTPError as error:
        raise DeliveryFailed(f"HTTP {error.code}") from None
    except (urllib.error.URLError, OSError) as error:
        raise DeliveryFailed(str(getattr(error, "reason", error))[:200]) from None
    if not 200 <= status < 300:
        raise DeliveryFailed(f"HTTP {status}")


def backoff(attempts: int) -> datetime.timedelta:
    return min(FIRST_RETRY * (2 ** max(0, attempts - 1)), LONGEST_WAIT)


def deliver(delivery: WebhookDelivery, *, now: datetime.datetime | None = None) -> bool:
    now = now or timezone.now()
    body = json.dumps(delivery.payload, separators=(",", ":"), ensure_ascii=False).encode()
    timestamp = str(int(now.timestamp()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "kb-webhooks/1",
        "X-KB-Event": delivery.event,
        "X-KB-Delivery": str(delivery.pk),
        "X-KB-Timestamp": timestamp,
        "X-KB-Signature": signature(delivery.webhook.secret, timestamp, body),
    }
    delivery.attempts += 1
    try:
        send(delivery.webhook.url, body, headers)
    except DeliveryFailed as error:
        delivery.last_error = str(error)[:300]
        if delivery.attempts >= MAX_ATTEMPTS:
            delivery.status = DeliveryStatus.FAILED
            logger.warning("Webhook delivery %s given up: %s", delivery.pk, error)
        else:
            delivery.next_attempt_at = now + backoff(delivery.attempts)
        delivery.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
        return False
    delivery.status = DeliveryStatus.DELIVERED
    delivery.delivered_at = now
    delivery.last_error = ""
    delivery.save(update_fields=["attempts", "last_error", "status", "delivered_at"])
    return True


def deliver_due(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """One pass over the outbox. Within one webhook, a failure holds back the later
    deliveries, so partners never see events out of order."""
    now = now or timezone.now()
    pending = (
        WebhookDelivery.objects.filter(
            status=DeliveryStatus.PENDING,
            webhook__is_active=True,
            webhook__api_key__is_active=True,
        )
        .select_related("webhook")
        .order_by("webhook_id", "pk")
    )
    counts = {"delivered": 0, "failed": 0, "waiting": 0}
    blocked: set[int] = set()
    for delivery in pending:
        if delivery.webhook_id in blocked or delivery.next_attempt_at > now:
            blocked.add(delivery.webhook_id)
            counts["waiting"] += 1
            continue
        if deliver(delivery, now=now):
            counts["delivered"] += 1
        else:
            blocked.add(delivery.webhook_id)
            counts["failed"] += 1
    return counts
