"""Reads of guidance pages."""

import datetime

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from .models import KnowledgePage


def pages_due_for_review(
    *, today: datetime.date | None = None, within_days: int | None = None
) -> QuerySet[KnowledgePage]:
    """Pages whose review date has passed or falls within ``within_days``, most urgent first.
    Drafts count too: an unpublished page can still go out of date."""
    today = today or timezone.localdate()
    within_days = settings.KB_REVIEW_WARNING_DAYS if within_days is None else within_days
    horizon = today + datetime.timedelta(days=within_days)
    return (
        KnowledgePage.objects.filter(next_review_due__lte=horizon)
        .select_related("content_owner", "locale", "content_type")
        .order_by("next_review_due", "title")
    )
