from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "kb.ops"
    label = "kb_ops"
    verbose_name = "Operations"

    def ready(self) -> None:
        from . import signals

        signals.connect()
