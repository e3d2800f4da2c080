"""Change notifications for partners: a webhook per partner key, and an outbox of
deliveries written in the same transaction as the publish that caused them, so a partner
that is down misses nothing."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class Webhook(models.Model):
    api_key = models.ForeignKey(
        "api.ApiKey",
        on_delete=models.CASCADE,
        related_name="webhooks",
        verbose_name=_("partner key"),
        help_text=_("Notifications cover only what this key may read."),
    )
    url = models.URLField(_("URL"), max_length=500, help_text=_("Where to POST notifications."))
    secret = models.CharField(
        _("signing secret"),
        max_length=64,
        default=new_secret,
        help_text=_("Give this to the partner: it checks the X-KB-Signature header with it."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")
        ordering = ["api_key__name", "url"]
        db_table = "api_webhook"  # created by the API app before webhooks had their own

    def __str__(self) -> str:
        return f"{self.api_key.name} → {self.url}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed (gave up)")


class WebhookDelivery(models.Model):
    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=40)
    payload = models.JSONField()
    status = models.CharField(
        max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["pk"]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="api_webhook_status_5921e6_idx")
        ]
        db_table = "api_webhookdelivery"

    def __str__(self) -> str:
        return f"{self.event} → {self.webhook_id} ({self.status})"
