"""Admin view: the search analytics report (top and zero-result queries)."""

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .analytics import top_queries, unknown_word_counts

PERIODS = (7, 30, 90)


@permission_required("search.view_searchquerydaily", raise_exception=True)
def search_analytics_report(request: HttpRequest) -> HttpResponse:
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    days = days if days in PERIODS else 30
    locale = request.GET.get("locale") or None
    if locale not in (None, *dict(settings.LANGUAGES)):
        locale = None
    return render(
        request,
        "search/admin/analytics_report.html",
        {
            "top": top_queries(days=days, locale=locale)[:50],
            "zero": top_queries(days=days, locale=locale, zero_only=True)[:50],
            "unknown": unknown_word_counts(days=days, locale=locale),
            "min_days": settings.SEARCH_ANALYTICS_MIN_DAYS,
            "days": days,
            "periods": PERIODS,
            "locale": locale,
            "languages": settings.LANGUAGES,
            "retention_days": settings.SEARCH_ANALYTICS_RETENTION_DAYS,
        },
    )
