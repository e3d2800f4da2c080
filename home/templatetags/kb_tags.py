"""Presentation helpers for the reader-facing templates: human labels in the active
language, localized deadlines, safe search highlights and the quick-exit decision."""

import html
import re
from collections.abc import Mapping
from typing import Any

from django import template
from django.template import Context
from django.urls import translate_url
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.models import HomePage
from kb.guidance import site_links
from kb.guidance.choices import Actor, PageType
from kb.guidance.deadlines import limit_text
from kb.languages import content_languages
from search.models import ResultKind
from search.types import FacetValue, SearchHit, SearchResult

register = template.Library()

ENDANGERED_PERSON = "endangered-person"
_MARK = re.compile(r"(</?mark>)")


@register.simple_tag
def actor_label(code: str) -> str:
    """'police' → 'Policie' on Czech pages, 'Police' on English ones."""
    try:
        return str(Actor(code).label)
    except ValueError:
        return code or ""


@register.simple_tag(takes_context=True)
def deadline(context: Context, time_limit: Mapping[str, Any] | None) -> str:
    """A time limit stored as data, in words: 'do 24 hodin od vstupu do obydlí'. What it
    counts from is named by ``anchor_labels`` in the context (the API passes them) or by
    the procedure page being rendered."""
    if not time_limit or not time_limit.get("amount") or not time_limit.get("unit"):
        return ""
    text = limit_text(int(time_limit["amount"]), time_limit["unit"], within=True)
    labels = context.get("anchor_labels")
    if labels is None:
        page: Any = context.get("page")
        is_procedure = getattr(page, "page_type", None) == PageType.PROCEDURE
        labels = page.anchor_labels() if is_procedure else {}
    starts_from = labels.get((time_limit.get("counts_from") or "").strip(), "")
    return f"{text} {starts_from}" if starts_from else text


@register.filter
def highlight(fragment: str) -> SafeString:
    """A search highlight as HTML where only <mark> is markup.

    The engine HTML-encodes the text around its <mark> tags; decoding each text part and
    escaping it again keeps that encoding single and makes any other tag inert, whatever
    the backend sent."""
    parts = _MARK.split(fragment or "")
    out = [part if part in ("<mark>", "</mark>") else escape(html.unescape(part)) for part in parts]
    opened = out.count("<mark>") - out.count("</mark>")
    return mark_safe("".join(out) + "</mark>" * max(opened, 0))


@register.simple_tag
def for_endangered_persons(page: object) -> bool:
    """Pages meant for endangered persons carry the quick exit."""
    if not isinstance(page, Page):
        return False
    model = page.specific_class
    if model is not None and issubclass(model, HomePage):
        return True
    audiences = getattr(page.specific, "audiences", None)
    return bool(audiences is not None and audiences.filter(code=ENDANGERED_PERSON).exists())


@register.simple_tag(takes_context=True)
def translated_url(context: Context, language: str) -> str:
    """The current non-page view (search, login) in another language; the result language
    and the page number start afresh there."""
    request = context["request"]
    params = request.GET.copy()
    for name in ("lang", "page"):
        params.pop(name, None)
    query = f"?{params.urlencode()}" if params else ""
    return translate_url(request.path, language) + query


@register.simple_tag(takes_context=True)
def query_url(context: Context, toggle: str = "", value: str = "", **replace: object) -> str:
    """This search with one filter value toggled or parameters replaced (page reset)."""
    params = context["request"].GET.copy()
    params.pop("page", None)
    if toggle:
        values = params.getlist(toggle)
        params.setlist(
            toggle, [v for v in values if v != value] if value in values else [*values, value]
        )
    for name, new in replace.items():
        if new in (None, ""):
            params.pop(name, None)
        else:
            params[name] = str(new)
    return f"?{params.urlencode()}"


FACETS = (  # result facet → URL parameter, heading
    ("topic", "topic", _("Topic")),
    ("audience", "audience", _("Audience")),
    ("page_type", "type", _("Page type")),
    ("region", "region", _("Region")),
    ("locale", "lang", _("Language")),
)


@register.simple_tag(takes_context=True)
def facet_groups(
    context: Context, result: SearchResult, result_locale: str
) -> list[dict[str, Any]]:
    """The result's facets as filter links with counts, selected values marked."""
    params = context["request"].GET
    groups = []
    for name, param, heading in FACETS:
        values = []
        facets = result.facets.get(name, [])
        if param == "lang" and not facets:
            # the database fallback has no language counts: offer the languages alone
            facets = [FacetValue(code, str(label), None) for code, label in content_languages()]
        for facet in facets:
            if param == "lang":
                selected = facet.code == result_locale
                url = query_url(context, lang=facet.code)
            else:
                selected = facet.code in params.getlist(param)
                url = query_url(context, toggle=param, value=facet.code)
            values.append({"facet": facet, "selected": selected, "url": url})
        if values:
            groups.append({"param": param, "heading": heading, "values": values})
    return groups


SNIPPET_FIELDS = ("summary", "steps", "legal", "body")


@register.simple_tag
def page_type_label(code: str) -> str:
    return str(ResultKind(code).label) if code in ResultKind.values else code


@register.simple_tag
def page_type_of(page: Page) -> str:
    return page_type_label(page.specific_class.page_type)


@register.simple_tag
def snippets(hit: SearchHit, limit: int = 2) -> list[str]:
    """The highlighted fragments to show under a hit, most telling fields first."""
    fragments = [f for name in SNIPPET_FIELDS for f in hit.highlights.get(name, [])]
    return fragments[:limit]


@register.simple_tag
def lookup(mapping: Mapping[Any, Any] | None, key: Any) -> Any:
    return mapping.get(key) if mapping else None


@register.simple_tag
def quick_exit_url() -> str:
    return gettext("https://www.google.com/search?q=weather")


@register.simple_tag(takes_context=True)
def richtext_for_reader(context: Context, value: Any) -> SafeString:
    """Use instead of ``|richtext``: links the reader may not open become plain text."""
    return site_links.richtext_for(value, context.get("request"))


@register.simple_tag(takes_context=True)
def visible_translations(context: Context, page: Page) -> list[Page]:
    return site_links.visible_translations(page, context.get("request"))
