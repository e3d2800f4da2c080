"""Review bookkeeping that follows the workflow: when a legal reviewer approves a page in the
'Legal review' task, the page counts as reviewed today by that reviewer and its next review
moves forward by the page's review interval (a year unless the editor chose otherwise)."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from django.utils import timezone

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

    from .models import KnowledgePage

LEGAL_REVIEWERS = "Legal reviewers"
# The review cycle: a new page, and a reviewed one whose editor set no other interval, is
# due again this long after its last review (the demo content follows it too).
REVIEW_CYCLE = datetime.timedelta(days=365)


def review_interval(page: KnowledgePage) -> datetime.timedelta:
    if page.last_reviewed and page.next_review_due and page.next_review_due > page.last_reviewed:
        return page.next_review_due - page.last_reviewed
    return REVIEW_CYCLE


def record_review(
    page: KnowledgePage, reviewer: AbstractBaseUser | None, *, today: datetime.date | None = None
) -> None:
    """Writes the review to the page row and to its live and latest revisions, so neither a
    later edit (which starts from the latest revision) nor a republish undoes it."""
    today = today or timezone.localdate()
    next_due = today + review_interval(page)
    values = {
        "last_reviewed": today,
        "next_review_due": next_due,
        "last_reviewed_by": reviewer.pk if reviewer else None,
    }
    type(page).objects.filter(pk=page.pk).update(
        last_reviewed=today,
        next_review_due=next_due,
        last_reviewed_by=reviewer,
    )
    revisions = {page.live_revision_id, page.latest_revision_id} - {None}
    for revision in page.revisions.filter(pk__in=revisions):
        revision.content.update(
            {
                "last_reviewed": today.isoformat(),
                "next_review_due": next_due.isoformat(),
                "last_reviewed_by": values["last_reviewed_by"],
            }
        )
        revision.save(update_fields=["content"])
