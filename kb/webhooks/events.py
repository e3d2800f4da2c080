"""Turns publishing into outbox entries for the partners allowed to see the page."""

from django.utils import timezone
from wagtail.signals import page_published, page_unpublished

from kb.api.guidance.page_urls import page_url
from kb.guidance.models import KnowledgePage
from kb.guidance.visibility import visible_pages

from .models import Webhook, WebhookDelivery

PUBLISHED, CHANGED, UNPUBLISHED = "page.published", "page.changed", "page.unpublished"


def _payload(event: str, page: KnowledgePage) -> dict:
    url, path = page_url(page, None)
    return {
        "event": event,
        "occurredAt": timezone.now().isoformat(),
        "page": {
            "id": str(page.pk),
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
    if event == UNPUBLISHED:
        # Gone for everyone now: tell those who could read it while it was live.
        return page.visibility in viewer.visibilities
    return visible_pages(KnowledgePage.objects.filter(pk=page.pk), viewer).exists()


def enqueue_page_event(page: KnowledgePage, event: str) -> list[WebhookDelivery]:
    webhooks = Webhook.objects.filter(is_active=True, api_key__is_active=True).select_related(
        "api_key"
    )
    now = timezone.now()
    deliveries = [
        WebhookDelivery(webhook=w, event=event, payload=_payload(event, page), next_attempt_at=now)
        for w in webhooks
        if _may_see(w, page, event)
    ]
    return WebhookDelivery.objects.bulk_create(deliveries)


def on_page_published(sender, instance, **kwargs):
    if isinstance(instance, KnowledgePage):
        first = instance.first_published_at == instance.last_published_at
        enqueue_page_event(instance, PUBLISHED if first else CHANGED)


def on_page_unpublished(sender, instance, **kwargs):
    if isinstance(instance, KnowledgePage):
        enqueue_page_event(instance, UNPUBLISHED)


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="kb_api_webhooks_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="kb_api_webhooks_unpublished")
