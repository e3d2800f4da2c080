"""Partners' webhooks in the Wagtail admin (Settings → Webhooks). Deliveries are a log of
what was sent: only the delivery job writes them."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from kb.admin_policies import DeniedActionsPolicy

from .models import Webhook, WebhookDelivery

register_permission_policy(
    WebhookDelivery, DeniedActionsPolicy(WebhookDelivery, denied=("add", "change", "copy"))
)


class WebhookViewSet(ModelViewSet):
    model = Webhook
    icon = "link"
    menu_label = _("Webhooks")
    copy_view_enabled = False
    list_display = ["api_key", "url", "is_active", "created_at"]
    list_filter = ["is_active"]
    form_fields = ["api_key", "url", "secret", "is_active"]


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "history"
    menu_label = _("Webhook deliveries")
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["event", "webhook", "status", "attempts", "next_attempt_at", "last_error"]
    list_filter = ["status", "event"]
    form_fields = ["status"]


class WebhookAdminGroup(ModelViewSetGroup):
    menu_label = _("Webhooks")
    menu_icon = "link"
    add_to_settings_menu = True
    items = (WebhookViewSet("webhooks"), WebhookDeliveryViewSet("webhook_deliveries"))


@hooks.register("register_admin_viewset")
def register_webhook_admin() -> WebhookAdminGroup:
    return WebhookAdminGroup()
