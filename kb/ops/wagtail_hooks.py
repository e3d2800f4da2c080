"""Administrators see failed sign-in lockouts in Wagtail's admin (Settings → Sign-in
lockouts) and unlock a user by deleting the lockout."""

from axes.models import AccessAttempt
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet


class LockoutViewSet(ModelViewSet):
    model = AccessAttempt
    name = "login-lockouts"
    icon = "lock"
    menu_label = "Sign-in lockouts"
    add_to_settings_menu = True
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    search_fields = ["username", "ip_address"]
    form_fields = ["username"]  # read-only in practice: nobody needs to create one
    inspect_view_enabled = True
    copy_view_enabled = False
    # Hide the GET/POST data: it may carry whatever was typed (never a password: axes
    # strips AXES_SENSITIVE_PARAMETERS).
    inspect_view_fields = ["username", "ip_address", "user_agent", "path_info", "attempt_time"]


@hooks.register("register_admin_viewset")
def register_lockouts() -> LockoutViewSet:
    return LockoutViewSet()
