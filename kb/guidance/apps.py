from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "kb.guidance"
    label = "guidance"
    verbose_name = "Guidance"

    def ready(self):
        from kb import images

        images.connect()  # renditions are made when an image is saved, not per request
