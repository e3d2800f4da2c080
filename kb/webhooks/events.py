"""Turns publishing, unpublishing, restricting, moving and deleting pages into outbox
entries for the partners allowed to see (or who could see) the page."""

from typing import Any

from django.db.models import QuerySet
from django.db.models.signals import post_save, pre_delete
from django.utils import timezone
from wagtail.signals import page_published, page_unpublished, post_page_move

from kb.api.core.nodes import PAGE, global_id
from kb.api.guidance.page_urls import page_url
from kb.api.tombstones import being_deleted, is_deleted_page, restricted_from
from kb.guidance.models import KnowledgePage
from kb.guidance.visibility import visible_pages

from .models import Webhook, WebhookDelivery

PUBLISHED, CHANGED, UNPUBLISHED = "page.published", "page.changed", "page.unpublished"
MOVED, DELETED = "page.moved", "page.deleted"


def _payload(event: str, page: KnowledgePage, **extra: Any) -> dict[str, Any]:
    url, path = page_url(page, None)
    return {
        "event": event,
        "occurredAt": timezone.now().isoformat(),
        **extra,
        "page": {
            "id": str(page.pk),
            "globalId": global_id(PAGE, page.pk),
            "translationKey": str(page.translation_key),
            "locale": page.locale.language_code,
            "slug": page.slug,
            "title": page.title,
            "url": url,
            "urlPath": path,
        },
    }


def _may_see(webhook: Webhook, page: KnowledgePage, event: str) -> bool:
    viewer = webhook.api_key.viewer
    if event in (UNPUBLISHED, DELETED):
        # Gone for everyone now: tell those who could read it while it was live.
        return page.visibility in viewer.visibilities
    return visible_pages(KnowledgePage.objects.filter(pk=page.pk), viewer).exists()


def _webhooks() -> QuerySet[Webhook]:
    return Webhook.objects.filter(is_active=True, api_key__is_active=True).select_related("api_key")


def enqueue_page_event(page: KnowledgePage, event: str, **extra: Any) -> list[WebhookDelivery]:
    now = timezone.now()
    deliveries = [
        WebhookDelivery(
            webhook=w, event=event, payload=_payload(event, page, **extra), next_attempt_at=now
        )
        for w in _webhooks()
        if _may_see(w, page, event)
    ]
    return WebhookDelivery.objects.bulk_create(deliveries)


def enqueue_restriction(page: KnowledgePage, *, before: str) -> list[WebhookDelivery]:
    """A live page whose visibility changed: partners who could read it and no longer may
    get ``page.unpublished`` with ``reason: restricted`` — their handler for removals
    already does the right thing."""
    now = timezone.now()
    deliveries = [
        WebhookDelivery(
            webhook=w,
            event=UNPUBLISHED,
            payload=_payload(UNPUBLISHED, page, reason="restricted"),
            next_attempt_at=now,
        )
        for w in _webhooks()
        if before in w.api_key.viewer.visibilities
        and page.visibility not in w.api_key.viewer.visibilities
    ]
    return WebhookDelivery.objects.bulk_create(deliveries)


def on_page_published(sender: type, instance: object, **kwargs: Any) -> None:
    if isinstance(instance, KnowledgePage):
        first = instance.first_published_at == instance.last_published_at
        enqueue_page_event(instance, PUBLISHED if first else CHANGED)


def on_page_unpublished(sender: type, instance: object, **kwargs: Any) -> None:
    # A page being deleted gets page.deleted instead.
    if isinstance(instance, KnowledgePage) and not being_deleted(instance):
        enqueue_page_event(instance, UNPUBLISHED, reason="unpublished")


def on_page_saved(sender: type, instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw"):  # fixtures and test-database restores are not edits
        return
    before = restricted_from(instance, kwargs.get("update_fields"))
    if before:
        enqueue_restriction(instance, before=before)


def on_page_moved(
    sender: type,
    instance: Any,
    url_path_before: str | None = None,
    url_path_after: str | None = None,
    **kwargs: Any,
) -> None:
    page = instance.specific if not isinstance(instance, KnowledgePage) else instance
    if isinstance(page, KnowledgePage) and page.live and url_path_before != url_path_after:
        enqueue_page_event(page, MOVED)


def on_page_deleted(sender: type, instance: Any, **kwargs: Any) -> None:
    if is_deleted_page(instance):
        enqueue_page_event(instance, DELETED)


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="kb_api_webhooks_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="kb_api_webhooks_unpublished")
    post_save.connect(on_page_saved, dispatch_uid="kb_webhooks_restricted")
    post_page_move.connect(on_page_moved, dispatch_uid="kb_webhooks_moved")
    pre_delete.connect(on_page_deleted, dispatch_uid="kb_webhooks_deleted")
