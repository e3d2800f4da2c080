from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home.sitemap import PublicSitemap
from kb.api.views import graphql_endpoint
from kb.ops.media import image

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", graphql_endpoint, name="graphql"),
    path("", include("kb.ops.urls")),  # /health/live, /health/ready, /metrics
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.SERVE_MEDIA:
    # Images only, in development and under `make serve` alike (kb/ops/media.py).
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", image, name="media"))

# Czech lives at /, English under /en/. The search page and the professionals' sign-in
# come before Wagtail's catch-all page route.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("", include("home.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# A lost database connection answers 503 with Retry-After (kb/ops/errors.py), not 500.
handler500 = "kb.ops.errors.server_error"
