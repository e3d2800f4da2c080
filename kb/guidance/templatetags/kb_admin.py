"""Admin template helpers: the project's visibility of a page (public / professionals only)."""

from typing import Any

from django import template

from kb.guidance.choices import Visibility

register = template.Library()


@register.simple_tag
def kb_visibility(page: Any) -> str | None:
    """'public' or 'professionals' for guidance pages, None for other page types."""
    from kb.guidance.models import KnowledgePage

    value = getattr(page, "visibility", None)
    if value is None and getattr(page, "pk", None):
        model = page.specific_class
        if model is not None and issubclass(model, KnowledgePage):
            value = page.specific_deferred.visibility
    return value if value in Visibility.values else None
