from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "kb.guidance"
    label = "guidance"
    verbose_name = "Guidance"
