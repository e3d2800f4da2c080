from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The site root of each locale: lists the guidance sections and the helplines."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    emergency_note = models.CharField(
        max_length=255,
        blank=True,
        help_text=_("Shown above the emergency numbers, e.g. 'In danger call 158 or 112.'"),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("emergency_note")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["guidance.GuidanceIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from kb.services.selectors import emergency_services

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().specific()
        context["emergency_services"] = emergency_services(locale=self.locale)
        return context
