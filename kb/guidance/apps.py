from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "kb.guidance"
    label = "guidance"
    verbose_name = "Guidance"

    def ready(self) -> None:
        from wagtail.signals import copy_for_translation_done, task_approved

        from kb import images

        from . import compare
        from .signals import on_task_approved
        from .translation import on_copy_for_translation_done

        copy_for_translation_done.connect(
            on_copy_for_translation_done, dispatch_uid="guidance_map_translation"
        )
        task_approved.connect(on_task_approved, dispatch_uid="guidance_record_review")
        compare.install()
        images.connect()  # renditions are made when an image is saved, not per request
