from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from kb.admin_search import FoldedSearchSnippetViewSet

from .models import Organization, Service


class ServiceViewSet(FoldedSearchSnippetViewSet):
    model = Service
    icon = "site"
    list_display = [
        "name",
        "organization",
        "category",
        "last_verified",
        "needs_verification",
        "locale",
    ]
    list_filter = ["category", "needs_verification", "is_active"]


class OrganizationViewSet(FoldedSearchSnippetViewSet):
    model = Organization
    icon = "group"
    list_display = ["name", "code", "locale"]


class ServicesDirectoryGroup(SnippetViewSetGroup):
    menu_label = _("Services directory")
    menu_icon = "site"
    menu_order = 250
    items = (ServiceViewSet, OrganizationViewSet)


register_snippet(ServicesDirectoryGroup)
