"""The site's URLs plus Wagtail's API v2 (pages detail and listing) under /api/v2/."""

from django.urls import path
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from kb.guidance.models import GuidancePage, KnowledgePage, ProcedurePage
from kb.urls import urlpatterns as site_urlpatterns

api = WagtailAPIRouter("wagtailapi")
api.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("api/v2/", api.urls), *site_urlpatterns]

# Wagtail's API v2 serves only the fields a model lists; the knowledge base does not use the
# API, so the benchmark exposes what the GraphQL `page` query returns: summary, body, steps.
KnowledgePage.api_fields = [APIField("summary"), APIField("body"), APIField("visibility")]
GuidancePage.api_fields = KnowledgePage.api_fields
ProcedurePage.api_fields = [*KnowledgePage.api_fields, APIField("steps")]
handler500 = "kb.ops.errors.server_error"
