"""sitemap.xml: the public, live pages of every language, each with its translations as
hreflang alternates. What an anonymous visitor may open is kb.guidance.visibility's rule,
so professionals-only pages and drafts never appear."""

from collections import defaultdict
from typing import Any

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from kb.guidance.visibility import Viewer, viewable_pages


class PublicSitemap(Sitemap):
    def items(self) -> list[Page]:
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for home in Page.objects.filter(translation_key=root.translation_key):
            pages = pages | home.get_descendants(inclusive=True)
        visible = viewable_pages(pages.public(), Viewer.anonymous())
        items = list(visible.select_related("locale").order_by("path"))
        self._alternates = defaultdict(list)
        for page in items:
            url = page.get_full_url(self.request)
            if url:
                self._alternates[page.translation_key].append(
                    {"lang_code": page.locale.language_code, "location": url}
                )
        return items

    def _urls(
        self, page: int | str, protocol: str | None, domain: str | None
    ) -> list[dict[str, Any]]:
        urls = []
        for item in self.paginator.page(page).object_list:
            location = item.get_full_url(self.request)
            if not location:
                continue
            alternates = self._alternates[item.translation_key]
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": self.lastmod(item),
                    "changefreq": None,
                    "priority": None,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        return urls
