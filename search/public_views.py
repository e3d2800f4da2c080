"""The professionals' search page and its autocomplete endpoint. Thin on purpose: parse the
request, ask the query service (search.query), render. Who sees what is the Viewer's call."""

from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from kb.guidance.visibility import Viewer
from kb.services.models import Service
from kb.services.selectors import emergency_services

from .analytics import Outcome, record_outcome
from .query import autocomplete, entry_pages, search
from .types import (
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    MAX_QUERY_LENGTH,
    SearchInputError,
    SearchRequest,
    SearchResult,
)

PAGE_SIZE = min(10, MAX_PAGE_SIZE)
MAX_FILTER_VALUES = 20
# URL parameter → SearchRequest field. The language facet is `lang` (the result locale).
FILTER_PARAMS = {
    "topic": "topics",
    "audience": "audiences",
    "type": "page_types",
    "region": "regions",
}
# The query service names what the database fallback lacks; readers get it in their language.
FEATURE_LABELS = {
    "typo tolerance": _("typo tolerance"),
    "database search (timed out)": _("database search (did not answer in time)"),
    "highlights": _("highlights"),
    "did-you-mean suggestion": _("did-you-mean suggestion"),
    "engine (temporarily unavailable)": _("search engine (temporarily unavailable)"),
    "engine (timed out)": _("search engine (did not answer in time)"),
    "engine (index missing)": _("search engine (index not built yet)"),
    "engine (query rejected)": _("search engine (could not run this query)"),
    "engine (skipped after a recent failure)": _("search engine (temporarily unavailable)"),
}


def result_locale(request: HttpRequest) -> str:
    lang = request.GET.get("lang", "")
    return lang if lang in dict(settings.LANGUAGES) else translation.get_language()


def _filters(request: HttpRequest) -> dict[str, tuple[str, ...]]:
    return {
        field: tuple(v[:64] for v in request.GET.getlist(param) if v)[:MAX_FILTER_VALUES]
        for param, field in FILTER_PARAMS.items()
    }


def _page_number(request: HttpRequest) -> int:
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        raise SearchInputError("The page number is not a number.") from None
    if number < 1:
        raise SearchInputError("Pages are numbered from 1.")
    return number


def _services_of(result: SearchResult) -> dict[int, Service]:
    ids = [hit.id for hit in result.hits if hit.kind == "service"]
    services = Service.objects.filter(pk__in=ids).select_related("organization")
    return {s.pk: s for s in services.prefetch_related("phones", "schedules")}


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    filters = _filters(request)
    context: dict[str, Any] = {
        "query": query,
        "result_locale": result_locale(request),
        "max_query_length": MAX_QUERY_LENGTH,
        "max_offset": MAX_OFFSET,
    }
    status = 200
    if query or any(filters.values()):
        try:
            page_number = _page_number(request)
            result = search(
                SearchRequest(
                    query=query,
                    locale=context["result_locale"],
                    viewer=Viewer.for_user(request.user),
                    offset=(page_number - 1) * PAGE_SIZE,
                    limit=PAGE_SIZE,
                    # a facet click or the next page is the same search, counted once
                    record_analytics=not any(filters.values()) and page_number == 1,
                    topics=filters["topics"],
                    audiences=filters["audiences"],
                    page_types=filters["page_types"],
                    regions=filters["regions"],
                )
            )
        except SearchInputError:
            context["input_error"] = True
            status = 400
        else:
            reachable = min(result.total, MAX_OFFSET)
            # The hit links' ``ping``: counts that a result of this query was opened.
            opened = urlencode({"q": query, "lang": context["result_locale"]})
            context.update(
                opened_url=f"{reverse('search:opened')}?{opened}",
                result=result,
                services=_services_of(result),
                page_number=page_number,
                last_page=max(1, -(-reachable // PAGE_SIZE)),
                missing_features=[
                    FEATURE_LABELS.get(name, name) for name in result.unavailable_features
                ],
            )
    if not context.get("result") or not context["result"].total:
        context["emergency_services"] = emergency_services(locale=Locale.get_active())
        if context.get("result"):
            context["entry_pages"] = entry_pages(
                locale=context["result_locale"], viewer=Viewer.for_user(request.user)
            )
    response = render(request, "search/search.html", context, status=status)
    # What a professional finds must never be served to anyone else from a shared cache.
    patch_cache_control(response, private=True)
    return response


@require_GET
def autocomplete_view(request: HttpRequest) -> JsonResponse:
    suggestions = autocomplete(
        prefix=request.GET.get("q", ""),
        locale=result_locale(request),
        viewer=Viewer.for_user(request.user),
        limit=8,
    )
    response = JsonResponse(
        {"suggestions": [{"text": s.text, "url": s.url, "kind": s.kind} for s in suggestions]},
        json_dumps_params={"ensure_ascii": False},
    )
    # Professionals get professionals-only titles: never from a shared cache.
    patch_cache_control(response, private=True, no_store=True)
    return response


@csrf_exempt  # a browser's <a ping> carries no token; it can only add one to a count
@require_POST
def result_opened(request: HttpRequest) -> HttpResponse:
    """A result of the search page was opened (the hit link's ``ping``): one more "opened"
    on the masked query's count for today. No user, address, session or result is kept."""
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    record_outcome(query=query, locale=result_locale(request), outcome=Outcome.OPENED)
    return HttpResponse(status=204)
