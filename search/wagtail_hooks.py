from django.http import HttpRequest
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import add_phrasing, choose_page, search_analytics_report
from .models import SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_settings_menu = True
    list_display = ["terms", "content_terms", "kind", "locale", "note"]
    list_filter = ["kind", "locale"]


register_snippet(SearchSynonymViewSet)


@hooks.register("register_admin_urls")
def register_search_analytics_url() -> list[URLPattern]:
    return [
        path("reports/search-analytics/", search_analytics_report, name="search_analytics"),
        path(
            "reports/search-analytics/answer/",
            choose_page,
            name="search_analytics_choose_page",
        ),
        path(
            "reports/search-analytics/answer/<int:page_id>/",
            add_phrasing,
            name="search_analytics_add_phrasing",
        ),
    ]


class SearchAnalyticsMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm("search.view_searchquerydaily")


@hooks.register("register_reports_menu_item")
def register_search_analytics_menu_item() -> MenuItem:
    return SearchAnalyticsMenuItem(
        _("Search analytics"),
        reverse("search_analytics"),
        name="search-analytics",
        icon_name="search",
        order=60,
    )


@hooks.register("construct_reports_menu")
def hide_wagtail_search_terms_report(request: HttpRequest, menu_items: list[MenuItem]) -> None:
    """Wagtail's "Search terms" report reads its query table, which stays empty on purpose
    (searches are counted privately in search analytics instead)."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]


def _drop_promotion_views_column() -> None:
    """The promotions listing's "Views" column counts hits in the same empty table."""
    from wagtail.contrib.search_promotions.views.settings import IndexView

    IndexView.columns = [c for c in IndexView.columns if getattr(c, "name", None) != "views"]


_drop_promotion_views_column()
