from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .panels import MyReviewsPanel
from .reports import DueForReviewView


@hooks.register("register_admin_urls")
def register_due_for_review_urls():
    return [
        path("reports/due-for-review/", DueForReviewView.as_view(), name="due_for_review"),
        path(
            "reports/due-for-review/results/",
            DueForReviewView.as_view(results_only=True),
            name="due_for_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_due_for_review_menu_item():
    return MenuItem(
        _("Due for review"),
        reverse("due_for_review"),
        name="due-for-review",
        icon_name="time",
        order=50,
    )


@hooks.register("construct_homepage_panels")
def add_my_reviews_panel(request, panels):
    panels.append(MyReviewsPanel())
