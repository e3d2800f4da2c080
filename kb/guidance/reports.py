"""'Due for review' report in the Wagtail admin's Reports menu."""

import datetime
from typing import Any

import django_filters
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import PageReportView

from .models import KnowledgePage
from .selectors import abandoned_drafts, pages_due_for_review, pages_without_active_owner


class DueForReviewFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("Review state"),
        empty_label=_("Overdue or due soon"),
        choices=[("overdue", _("Overdue")), ("soon", _("Due within 30 days"))],
        method="filter_state",
    )

    class Meta:
        model = KnowledgePage
        fields = ["state", "content_owner", "locale", "live"]

    def filter_state(
        self, queryset: QuerySet[KnowledgePage], name: str, value: str
    ) -> QuerySet[KnowledgePage]:
        today = timezone.localdate()
        if value == "overdue":
            return queryset.filter(next_review_due__lt=today)
        if value == "soon":
            return queryset.filter(next_review_due__gte=today)
        return queryset


class DueForReviewView(PageReportView):
    page_title = _("Due for review")
    header_icon = "time"
    results_template_name = "guidance/reports/due_for_review_results.html"
    filterset_class = DueForReviewFilterSet
    index_url_name = "due_for_review"
    index_results_url_name = "due_for_review_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = [
        "title",
        "locale",
        "status_string",
        "last_reviewed",
        "next_review_due",
        "content_owner",
    ]
    export_headings = {
        "status_string": _("Status"),
        "last_reviewed": _("Last reviewed"),
        "next_review_due": _("Next review due"),
        "content_owner": _("Content owner"),
    }

    def get_filename(self) -> str:
        return f"due-for-review-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self) -> QuerySet[KnowledgePage]:
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = pages_due_for_review().filter(pk__in=editable.values("pk"))
        return super().get_queryset()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["today"] = timezone.localdate()
        return context


class EditablePagesReportMixin:
    """Reports over KnowledgePage limited to the pages the user may edit."""

    permission_policy: Any
    request: Any
    any_permission_required = ["add", "change", "publish"]

    def editable(self, queryset: QuerySet[KnowledgePage]) -> QuerySet[KnowledgePage]:
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return queryset.filter(pk__in=editable.values("pk"))


class WithoutOwnerView(EditablePagesReportMixin, PageReportView):
    """Pages whose review reminders reach nobody (no owner, or the owner's account is
    inactive)."""

    page_title = _("Pages without an active owner")
    header_icon = "user"
    index_url_name = "pages_without_owner"
    index_results_url_name = "pages_without_owner_results"
    list_export = ["title", "locale", "status_string", "content_owner", "next_review_due"]
    export_headings = {
        "status_string": _("Status"),
        "content_owner": _("Content owner"),
        "next_review_due": _("Next review due"),
    }

    def get_filename(self) -> str:
        return f"pages-without-owner-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self) -> QuerySet[KnowledgePage]:
        self.queryset = self.editable(pages_without_active_owner())
        return super().get_queryset()


class AbandonedDraftsView(EditablePagesReportMixin, PageReportView):
    """Never-published pages nobody has touched for a while, e.g. left behind by autosave."""

    page_title = _("Abandoned drafts")
    header_icon = "draft"
    index_url_name = "abandoned_drafts"
    index_results_url_name = "abandoned_drafts_results"

    def get_filename(self) -> str:
        return f"abandoned-drafts-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self) -> QuerySet[KnowledgePage]:
        self.queryset = self.editable(abandoned_drafts())
        return super().get_queryset()
