"""The page editor's forms: slugs are ASCII (transliterated, like every other URL of the
site), and a guidance page's taxonomy choices are limited to the page's own locale, so a
Czech page cannot be classified under an English topic (and vice versa)."""

from typing import Any

from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminPageForm

LOCALISED_CHOICES = ("topics", "audiences", "regions")


class AsciiSlugPageForm(WagtailAdminPageForm):
    def clean_slug(self) -> str:
        """'bezpečnostní-plán' → 'bezpecnostni-plan' (Wagtail's model field accepts Unicode
        whatever WAGTAIL_ALLOW_UNICODE_SLUGS says)."""
        slug = self.cleaned_data.get("slug") or ""
        return slugify(slug, allow_unicode=False) or slug


class KnowledgePageForm(AsciiSlugPageForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None:
            return
        for name in LOCALISED_CHOICES:
            field = self.fields.get(name)
            if field is not None:
                field.queryset = field.queryset.filter(locale_id=locale_id)
