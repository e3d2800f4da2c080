from django.apps import AppConfig


class ServicesConfig(AppConfig):
    name = "kb.services"
    label = "services"
    verbose_name = "Follow-up services"
