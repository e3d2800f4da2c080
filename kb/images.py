"""Image renditions: one fixed set of widths in one web format, made once when an image is
saved, so no request (a GraphQL list, a page) has to make more than a few. Templates use
the same specs (``srcset_image … width-{320,640,960,1280} format-webp``)."""

import logging
from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.db.models.signals import post_save
from wagtail.images import get_image_model

from kb.folding import folded_terms

logger = logging.getLogger(__name__)

WIDTHS = (320, 640, 960, 1280)
DEFAULT_WIDTH = 960
# WebP: every current browser shows it and Willow (with Pillow) writes it.
FORMAT = "webp"
# Renditions a single request may make when one is missing (e.g. an image saved before
# pre-generation existed); beyond that, a srcset leaves the width out.
REQUEST_BUDGET = 8


def spec(width: int) -> str:
    return f"width-{width}|format-{FORMAT}"


def widths_for(image: Any, requested: Iterable[int] | None = None) -> list[int]:
    """The standard widths for ``requested`` (each rounded up to the next standard width),
    never wider than the original: renditions are never upscaled."""
    wanted = sorted({next((w for w in WIDTHS if w >= r), WIDTHS[-1]) for r in requested or WIDTHS})
    fitting = [w for w in wanted if w <= image.width]
    return fitting or [min(WIDTHS)]


def default_width(image: Any) -> int:
    return max(w for w in widths_for(image) if w <= DEFAULT_WIDTH) if image.width else WIDTHS[0]


def pregenerate(image: Any) -> None:
    """Every standard rendition of ``image`` (existing ones are reused)."""
    image.get_renditions(*(spec(w) for w in widths_for(image)))


def _on_image_saved(sender: type, instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw") or not instance.file:
        return
    try:
        pregenerate(instance)
    except Exception:  # a broken upload must not stop the save; renditions come later
        logger.exception("Could not make the renditions of image %s", instance.pk)


def _title_search(view: Any, queryset: QuerySet) -> QuerySet:
    """The admin's image library searched by title words, as snippets are (kb.guidance.lemmas):
    Wagtail's SQLite full-text query breaks on a lone quote, and titles are all we need."""
    if not view.is_searching:
        return queryset
    for term in folded_terms(view.search_query):
        queryset = queryset.filter(title__icontains=term)
    return queryset


def connect() -> None:
    from wagtail.images.views.images import IndexView

    post_save.connect(_on_image_saved, sender=get_image_model(), dispatch_uid="kb-renditions")
    IndexView.search_queryset = _title_search


class RenditionBudget:
    """Renditions of images for one request: existing ones read in bulk, missing ones
    made up to ``REQUEST_BUDGET``."""

    def __init__(self, limit: int = REQUEST_BUDGET) -> None:
        self.left = limit

    def renditions(self, image: Any, widths: Iterable[int]) -> dict[int, Any]:
        specs = {spec(w): w for w in widths}
        found = {specs[r.filter_spec]: r for r in image.renditions.all() if r.filter_spec in specs}
        for filter_spec, width in specs.items():
            if width not in found and self.left > 0:
                self.left -= 1
                found[width] = image.get_rendition(filter_spec)
        return found
