from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and its loader; an app only so that its commands are found."""

    name = "kb.demo"
    label = "demo"
    verbose_name = "Demo content"
