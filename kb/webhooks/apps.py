from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "kb.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"

    def ready(self) -> None:
        from . import events

        events.connect()
