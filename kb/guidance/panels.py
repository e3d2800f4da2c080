"""Admin dashboard panel: the reviews an editor owns that are overdue or due soon."""

from collections.abc import Mapping
from typing import Any

from django.utils import timezone
from wagtail.admin.ui.components import Component

from .selectors import pages_due_for_review


class MyReviewsPanel(Component):
    name = "my_reviews"
    template_name = "guidance/panels/my_reviews.html"
    order = 150

    def get_context_data(self, parent_context: Mapping[str, Any]) -> dict[str, Any]:
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["pages"] = list(pages_due_for_review().filter(content_owner=user)[:10])
        context["today"] = timezone.localdate()
        return context
