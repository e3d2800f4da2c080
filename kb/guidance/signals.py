"""Signal handlers of the guidance app, connected in ``GuidanceConfig.ready``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .models import KnowledgePage
from .review import LEGAL_REVIEWERS, record_review

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


def is_legal_review(task: Any) -> bool:
    groups = getattr(task, "groups", None)
    return groups is not None and groups.filter(name=LEGAL_REVIEWERS).exists()


def on_task_approved(
    sender: type, instance: Any, user: AbstractBaseUser | None = None, **kwargs: Any
) -> None:
    """``task_approved`` handler; Wagtail sends it after the workflow has moved on (and, for
    the last task, published the page)."""
    if not is_legal_review(instance.task.specific):
        return
    page = instance.workflow_state.content_object
    page = getattr(page, "specific", page)
    if isinstance(page, KnowledgePage):
        page.refresh_from_db()
        record_review(page, user)
