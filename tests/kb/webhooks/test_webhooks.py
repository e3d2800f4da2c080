"""Partners hear about publishing through signed webhooks, delivered from an outbox with
retries, and only about pages their key may read."""

import datetime
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.urls import reverse
from django.utils import timezone

from kb.api.keys import api_key_create
from kb.api.models import ApiKey
from kb.guidance.models import KnowledgePage
from kb.webhooks import delivery as delivery_module
from kb.webhooks.delivery import MAX_ATTEMPTS, deliver_due
from kb.webhooks.models import DeliveryStatus, Webhook, WebhookDelivery
from tests.support.pages import publish


class Partner:
    """A partner's webhook endpoint on 127.0.0.1 that answers with the statuses given."""

    def __init__(self, statuses):
        self.statuses = list(statuses)
        self.received = []
        partner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                partner.received.append((self.headers, body))
                self.send_response(partner.statuses.pop(0) if partner.statuses else 200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/kb"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def partner():
    endpoints = []

    def start(*statuses):
        endpoint = Partner(statuses)
        endpoints.append(endpoint)
        return endpoint

    yield start
    for endpoint in endpoints:
        endpoint.close()


def webhook_for(scope, url="https://partner.example/hook"):
    key, _raw = api_key_create(name=f"{scope} partner", scope=scope)
    return Webhook.objects.create(api_key=key, url=url)


def events(webhook):
    return [(d.event, d.payload["page"]["slug"]) for d in webhook.deliveries.order_by("pk")]


def test_publishing_queues_a_notification_for_partners_who_may_see_the_page(db):
    public, professional = webhook_for("public"), webhook_for("professional")
    publish("postup-pri-vykazani", summary="Upraveno.")
    publish("statistika-vykazani", summary="Upraveno.")  # professionals only
    assert events(public) == [("page.changed", "postup-pri-vykazani")]
    assert events(professional) == [
        ("page.changed", "postup-pri-vykazani"),
        ("page.changed", "statistika-vykazani"),
    ]


def test_first_publication_unpublishing_and_drafts(db):
    hook = webhook_for("public")
    draft = KnowledgePage.objects.get(slug="definice-domaciho-nasili-obcansky-zakonik").specific
    draft.save_revision()  # saving a draft tells nobody
    assert events(hook) == []
    draft.get_latest_revision().publish()
    KnowledgePage.objects.get(slug="postup-pri-vykazani").specific.unpublish()
    assert events(hook) == [
        ("page.published", "definice-domaciho-nasili-obcansky-zakonik"),
        ("page.unpublished", "postup-pri-vykazani"),
    ]
    KnowledgePage.objects.get(slug="statistika-vykazani").specific.unpublish()
    assert len(events(hook)) == 2  # a public key never knew that page


def test_revoked_keys_and_inactive_webhooks_get_nothing(db):
    hook = webhook_for("public")
    ApiKey.objects.filter(pk=hook.api_key_id).update(is_active=False)
    publish("postup-pri-vykazani", summary="Upraveno.")
    assert events(hook) == []


def test_delivery_is_signed_with_the_webhooks_secret(db, partner):
    endpoint = partner(200)
    hook = webhook_for("public", endpoint.url)
    publish("postup-pri-vykazani", summary="Upraveno.")
    assert deliver_due() == {"delivered": 1, "failed": 0, "waiting": 0}
    headers, body = endpoint.received[0]
    expected = hmac.new(
        hook.secret.encode(), headers["X-KB-Timestamp"].encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    assert headers["X-KB-Signature"] == f"sha256={expected}"
    assert headers["X-KB-Event"] == "page.changed"
    payload = json.loads(body)
    assert payload["page"]["slug"] == "postup-pri-vykazani"
    assert payload["page"]["urlPath"].endswith("/postup-pri-vykazani/")
    assert WebhookDelivery.objects.get().status == DeliveryStatus.DELIVERED


def test_a_partner_that_is_down_gets_everything_later_and_in_order(db, partner):
    endpoint = partner(503)
    hook = webhook_for("public", endpoint.url)
    publish("postup-pri-vykazani", summary="Poprvé.")
    publish("postup-pri-vykazani", summary="Podruhé.")
    now = timezone.now()
    assert deliver_due(now=now) == {"delivered": 0, "failed": 1, "waiting": 1}
    first = hook.deliveries.order_by("pk").first()
    assert first.attempts == 1 and first.last_error == "HTTP 503"
    assert first.next_attempt_at > now
    # Not yet due: nothing is sent, and the later event does not overtake the first.
    assert deliver_due(now=now + datetime.timedelta(seconds=10))["delivered"] == 0
    assert len(endpoint.received) == 1
    later = now + datetime.timedelta(minutes=2)
    assert deliver_due(now=later) == {"delivered": 2, "failed": 0, "waiting": 0}
    summaries = [json.loads(body)["page"]["slug"] for _h, body in endpoint.received[1:]]
    assert summaries == ["postup-pri-vykazani"] * 2
    ids = [int(h["X-KB-Delivery"]) for h, _b in endpoint.received[1:]]
    assert ids == sorted(ids)


def test_unreachable_partner_is_retried_with_backoff_then_given_up(db, monkeypatch):
    webhook_for("public", "http://127.0.0.1:9/nothing-listens-here")
    publish("postup-pri-vykazani", summary="Upraveno.")
    delivery = WebhookDelivery.objects.get()
    now = timezone.now()
    waits = []
    for _ in range(MAX_ATTEMPTS):
        now = max(now, delivery.next_attempt_at)
        deliver_due(now=now)
        delivery.refresh_from_db()
        waits.append(delivery.next_attempt_at - now)
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == MAX_ATTEMPTS
    assert waits[0] == datetime.timedelta(minutes=1)
    assert waits[1] == datetime.timedelta(minutes=2)
    assert max(waits) == datetime.timedelta(hours=6)


def test_admin_registers_a_webhook(client, superuser):
    key, _raw = api_key_create(name="NGO", scope="public")
    client.force_login(superuser)
    response = client.post(
        reverse("webhooks:add"),
        {
            "api_key": key.pk,
            "url": "https://ngo.example.cz/kb-hook",
            "secret": "s" * 40,
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    assert Webhook.objects.get().url == "https://ngo.example.cz/kb-hook"
    assert client.get(reverse("webhook_deliveries:index")).status_code == 200


def test_send_refuses_non_2xx(db, partner):
    endpoint = partner(404)
    with pytest.raises(delivery_module.DeliveryFailed):
        delivery_module.send(endpoint.url, b"{}", {"Content-Type": "application/json"})
