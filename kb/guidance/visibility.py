"""Who may see what. Every read path (site, GraphQL, search) asks these, never its own rules."""

from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from wagtail.query import PageQuerySet

from .choices import Visibility

PROFESSIONALS_GROUP = "Professionals"


@dataclass(frozen=True)
class Viewer:
    """The caller's rights: professionals-only content needs ``professional``; drafts are
    never served except through a signed preview (``preview_page_id``)."""

    professional: bool = False
    preview_page_id: int | None = None

    @classmethod
    def anonymous(cls) -> "Viewer":
        return cls()

    @classmethod
    def for_user(cls, user: Any) -> "Viewer":
        return cls(professional=user_is_professional(user))

    @property
    def visibilities(self) -> list[str]:
        if self.professional:
            return [Visibility.PUBLIC, Visibility.PROFESSIONALS]
        return [Visibility.PUBLIC]


def user_is_professional(user: Any) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=PROFESSIONALS_GROUP).exists()


def visible_pages(queryset: PageQuerySet, viewer: Viewer) -> PageQuerySet:
    """Live pages the viewer may read. ``queryset`` is over KnowledgePage or a subclass."""
    return queryset.live().filter(visibility__in=viewer.visibilities)


def viewable_pages(queryset: PageQuerySet, viewer: Viewer) -> PageQuerySet:
    """Pages of any kind (as wagtail ``Page`` rows) the viewer may open: visible
    knowledge pages and live pages of other kinds (sections, home pages). Rich-text links,
    the language switch, the sitemap and the API's link targets ask this; a page outside
    the answer must not be linked for this viewer."""
    from wagtail.models import Page

    if queryset.model is not Page:
        queryset = Page.objects.filter(pk__in=queryset.values("pk"))
    return queryset.live().filter(
        Q(knowledgepage__isnull=True) | Q(knowledgepage__visibility__in=viewer.visibilities)
    )
