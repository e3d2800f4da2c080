"""Reads of guidance pages."""

import datetime

from django.conf import settings
from django.db import models
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


def pages_without_active_owner() -> QuerySet[KnowledgePage]:
    """Pages whose reminders reach nobody: no content owner, or an inactive one."""
    return (
        KnowledgePage.objects.filter(
            models.Q(content_owner__isnull=True) | models.Q(content_owner__is_active=False)
        )
        .select_related("content_owner", "locale", "content_type")
        .order_by("title")
    )


def abandoned_drafts(*, today: datetime.date | None = None) -> QuerySet[KnowledgePage]:
    """Pages that were never published and not edited for ``KB_ABANDONED_DRAFT_DAYS``: mostly
    new pages that autosave created and the editor left behind."""
    today = today or timezone.localdate()
    cutoff = timezone.make_aware(
        datetime.datetime.combine(
            today - datetime.timedelta(days=settings.KB_ABANDONED_DRAFT_DAYS), datetime.time()
        )
    )
    return (
        KnowledgePage.objects.filter(live=False, first_published_at__isnull=True)
        .filter(
            models.Q(latest_revision_created_at__lt=cutoff)
            | models.Q(latest_revision_created_at__isnull=True)
        )
        .select_related("owner", "locale", "content_type")
        .order_by("latest_revision_created_at")
    )
