"""API keys in the Wagtail admin: list, edit and revoke (untick "active") or delete. Keys
are created only with `manage.py create_api_key`, which can show the secret once; the
admin never sees it."""

from collections.abc import Iterator

from django.contrib.auth.base_user import AbstractBaseUser
from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from kb.admin_policies import DeniedActionsPolicy
from kb.guidance.models import KnowledgePage

from . import admin_views
from .models import ApiKey

register_permission_policy(ApiKey, DeniedActionsPolicy(ApiKey, denied=("add", "copy")))


class ApiKeyViewSet(ModelViewSet):
    model = ApiKey
    icon = "key"
    menu_label = _("API keys")
    copy_view_enabled = False
    list_display = ["name", "prefix", "scope", "is_active", "created_at", "last_used_at"]
    list_filter = ["scope", "is_active"]
    search_fields = ["name", "prefix"]
    form_fields = ["name", "scope", "allowed_origins", "rate_limit_per_minute", "is_active"]


class ApiAdminGroup(ModelViewSetGroup):
    menu_label = _("GraphQL API")
    menu_icon = "key"
    add_to_settings_menu = True
    items = (ApiKeyViewSet("api_keys"),)


@hooks.register("register_admin_viewset")
def register_api_admin() -> ApiAdminGroup:
    return ApiAdminGroup()


class ApiPreviewMenuItem(PageMenuItem):
    label = _("API preview token")
    icon_name = "key"
    url_name = "kb_api_preview_token"
    priority = 66

    def is_shown(self, user: AbstractBaseUser) -> bool:
        return issubclass(self.page.specific_class, KnowledgePage) and (
            self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def api_preview_button(
    page: KnowledgePage, user: AbstractBaseUser, view_name: str, next_url: str | None = None
) -> Iterator[ApiPreviewMenuItem]:
    yield ApiPreviewMenuItem(page=page)


@hooks.register("register_admin_urls")
def api_admin_urls() -> list[URLPattern]:
    return [
        path(
            "api-preview/<int:page_id>/",
            admin_views.preview_token,
            name="kb_api_preview_token",
        )
    ]
