from typing import Any

from django.http import HttpRequest
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .panels import MyReviewsPanel
from .reports import AbandonedDraftsView, DueForReviewView, WithoutOwnerView


@hooks.register("register_admin_urls")
def register_due_for_review_urls() -> list[URLPattern]:
    return [
        path("reports/due-for-review/", DueForReviewView.as_view(), name="due_for_review"),
        path(
            "reports/due-for-review/results/",
            DueForReviewView.as_view(results_only=True),
            name="due_for_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_due_for_review_menu_item() -> MenuItem:
    return MenuItem(
        _("Due for review"),
        reverse("due_for_review"),
        name="due-for-review",
        icon_name="time",
        order=50,
    )


@hooks.register("construct_homepage_panels")
def add_my_reviews_panel(request: HttpRequest, panels: list[Any]) -> None:
    panels.append(MyReviewsPanel())


@hooks.register("register_admin_urls")
def register_owner_and_draft_report_urls() -> list[URLPattern]:
    return [
        path("reports/without-owner/", WithoutOwnerView.as_view(), name="pages_without_owner"),
        path(
            "reports/without-owner/results/",
            WithoutOwnerView.as_view(results_only=True),
            name="pages_without_owner_results",
        ),
        path("reports/abandoned-drafts/", AbandonedDraftsView.as_view(), name="abandoned_drafts"),
        path(
            "reports/abandoned-drafts/results/",
            AbandonedDraftsView.as_view(results_only=True),
            name="abandoned_drafts_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_without_owner_menu_item() -> MenuItem:
    return MenuItem(
        _("Pages without an active owner"),
        reverse("pages_without_owner"),
        name="pages-without-owner",
        icon_name="user",
        order=51,
    )


@hooks.register("register_reports_menu_item")
def register_abandoned_drafts_menu_item() -> MenuItem:
    return MenuItem(
        _("Abandoned drafts"),
        reverse("abandoned_drafts"),
        name="abandoned-drafts",
        icon_name="draft",
        order=52,
    )
