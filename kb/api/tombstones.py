"""What partners must forget. A page leaves a partner's view when it is deleted,
unpublished, or restricted to professionals; each such change writes a Tombstone (read by
``deletions(since:)``) and the webhooks app turns the same changes into events. The live
visibility before a save is remembered on the instance by ``remember_live_visibility``."""

import datetime
from collections.abc import Iterable
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from kb.guidance.models import KnowledgePage
from kb.guidance.visibility import Viewer

from .models import Tombstone

DELETED, UNPUBLISHED, RESTRICTED = "deleted", "unpublished", "restricted"
BEFORE = "_kb_live_visibility_before_save"


def remember_live_visibility(sender: type, instance: Any, **kwargs: Any) -> None:
    """pre_save: the visibility the page had while live, or None when it was not live."""
    if isinstance(instance, KnowledgePage) and instance.pk and not kwargs.get("raw"):
        setattr(
            instance,
            BEFORE,
            KnowledgePage.objects.filter(pk=instance.pk, live=True)
            .values_list("visibility", flat=True)
            .first(),
        )


def live_visibility_before_save(page: KnowledgePage) -> str | None:
    return getattr(page, BEFORE, None)


def restricted_from(instance: Any, update_fields: Iterable[str] | None = None) -> str | None:
    """post_save: the visibility a live page had before this save changed it, if it did.
    Saving a draft writes only some fields (``update_fields``), never the visibility."""
    if not isinstance(instance, KnowledgePage) or not instance.live:
        return None
    if update_fields is not None and "visibility" not in update_fields:
        return None
    before = live_visibility_before_save(instance)
    return before if before and before != instance.visibility else None


def tombstone_write(*, page: KnowledgePage, reason: str, before: str, after: str = "") -> None:
    Tombstone.objects.create(
        page_id=page.pk,
        translation_key=page.translation_key,
        locale=page.locale.language_code,
        reason=reason,
        visibility_before=before,
        visibility_after=after,
        occurred_at=timezone.now(),
    )


def on_page_saved(sender: type, instance: Any, **kwargs: Any) -> None:
    """post_save: a live public page that is now professionals-only is gone for the public."""
    if kwargs.get("raw"):  # fixtures and test-database restores are not edits
        return
    before = restricted_from(instance, kwargs.get("update_fields"))
    if before:
        tombstone_write(page=instance, reason=RESTRICTED, before=before, after=instance.visibility)


def being_deleted(page: KnowledgePage) -> bool:
    """True while Wagtail unpublishes a page it is deleting (the tombstone says deleted)."""
    return Tombstone.objects.filter(page_id=page.pk, reason=DELETED).exists()


def on_page_unpublished(sender: type, instance: Any, **kwargs: Any) -> None:
    if isinstance(instance, KnowledgePage) and not being_deleted(instance):
        tombstone_write(page=instance, reason=UNPUBLISHED, before=instance.visibility)


def is_deleted_page(instance: Any) -> bool:
    """pre_delete fires once per table of a page (Page, KnowledgePage, GuidancePage …):
    true once, for the most specific row of a page that was live."""
    return (
        isinstance(instance, KnowledgePage)
        and type(instance) is instance.specific_class
        and instance.live
    )


def on_page_deleted(sender: type, instance: Any, **kwargs: Any) -> None:
    """pre_delete. Wagtail unpublishes a live page before deleting it, which has already
    written an ``unpublished`` tombstone: that one becomes ``deleted``."""
    if not is_deleted_page(instance):
        return
    just_unpublished = Tombstone.objects.filter(
        page_id=instance.pk, reason=UNPUBLISHED, visibility_after=""
    ).order_by("-occurred_at", "-pk")[:1]
    if not Tombstone.objects.filter(
        pk__in=list(just_unpublished.values_list("pk", flat=True))
    ).update(reason=DELETED):
        tombstone_write(page=instance, reason=DELETED, before=instance.visibility)


def tombstones_for(*, viewer: Viewer, since: datetime.datetime) -> QuerySet[Tombstone]:
    """Pages the viewer could see and no longer can, since ``since``."""
    visible = viewer.visibilities
    lost = Q(visibility_after="") | ~Q(visibility_after__in=visible)
    return Tombstone.objects.filter(
        Q(occurred_at__gte=since), Q(visibility_before__in=visible), lost
    )


def connect() -> None:
    from django.db.models.signals import post_save, pre_delete, pre_save
    from wagtail.signals import page_unpublished

    pre_save.connect(remember_live_visibility, dispatch_uid="kb_api_tombstones_before")
    post_save.connect(on_page_saved, dispatch_uid="kb_api_tombstones_saved")
    pre_delete.connect(on_page_deleted, dispatch_uid="kb_api_tombstones_deleted")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="kb_api_tombstones_unpublished")
