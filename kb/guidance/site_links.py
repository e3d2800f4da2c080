"""Links in the public HTML, decided for the reader: a rich-text link or a translation the
reader may not open (a draft, a professionals-only page) is never linked, so neither its
URL nor its slug reaches them. The rule is kb.guidance.visibility's, as in the API."""

from typing import Any

from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page
from wagtail.rich_text import RichText

from .richtext import LinkTarget, page_link_ids, resolve
from .visibility import Viewer, viewable_pages


def viewer_of(request: HttpRequest | None) -> Viewer:
    """The request's viewer, asked once per request (professional rights need a query)."""
    if request is None:
        return Viewer.anonymous()
    viewer = getattr(request, "_kb_viewer", None)
    if viewer is None:
        viewer = Viewer.for_user(getattr(request, "user", None))
        request._kb_viewer = viewer  # type: ignore[attr-defined]
    return viewer


def richtext_for(value: Any, request: HttpRequest | None) -> SafeString:
    """Rich text (a RichText value or its stored HTML) as HTML for this reader: internal
    links the reader may not open keep their text and lose the link."""
    source = getattr(value, "source", value) or ""
    ids = page_link_ids(source)
    if not ids:  # nothing to decide (also: text the API has already resolved)
        return mark_safe(str(value if isinstance(value, RichText) else RichText(source)))
    targets = {}
    pages = viewable_pages(Page.objects.filter(pk__in=ids), viewer_of(request))
    for page in pages.select_related("locale"):
        url = page.get_url(request)
        targets[page.pk] = LinkTarget(
            id=page.pk,
            slug=page.slug,
            title=page.title,
            locale=page.locale.language_code,
            url=url,
            url_path=url,
        )
    return mark_safe(str(resolve(source, target_for=targets.get)))


def visible_translations(page: Any, request: HttpRequest | None) -> list[Page]:
    """The page's translations this reader may open (the language switch, hreflang)."""
    if not isinstance(page, Page):
        return []
    translations = viewable_pages(page.get_translations(), viewer_of(request))
    return list(translations.select_related("locale").order_by("locale__language_code"))
