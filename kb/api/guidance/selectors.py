"""Reads of guidance pages for the API. Visibility comes from kb.guidance.visibility only;
these add filters and the related rows every list needs, so a list costs the same number
of queries at any page size."""

import datetime
from collections.abc import Iterable
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from wagtail.models import Page

from kb.guidance.models import KnowledgePage, ProcedurePage, page_models
from kb.guidance.visibility import Viewer, viewable_pages, visible_pages
from kb.services.models import Service
from kb.taxonomy.models import Audience, Region, Topic


def _with_relations(queryset: QuerySet) -> QuerySet:
    return queryset.select_related("locale", "content_owner", "illustration").prefetch_related(
        Prefetch("topics", queryset=Topic.objects.select_related("locale")),
        Prefetch("audiences", queryset=Audience.objects.select_related("locale")),
        Prefetch("regions", queryset=Region.objects.select_related("locale")),
    )


def page_list(
    *,
    viewer: Viewer,
    locale: str,
    topics: tuple[str, ...] = (),
    audiences: tuple[str, ...] = (),
    regions: tuple[str, ...] = (),
    page_types: tuple[str, ...] = (),
    updated_since: datetime.datetime | None = None,
    order: str = "site",
) -> QuerySet[KnowledgePage]:
    """Visible pages in ``locale``, in site order unless ``order`` names a field (``-`` for
    descending). Codes within a filter are alternatives; different filters must all match."""
    pages = visible_pages(KnowledgePage.objects.all(), viewer).filter(locale__language_code=locale)
    for relation, codes in (("topics", topics), ("audiences", audiences), ("regions", regions)):
        if codes:
            matching = KnowledgePage.objects.filter(**{f"{relation}__code__in": codes})
            pages = pages.filter(pk__in=matching.values("pk"))
    if page_types:
        content_types = ContentType.objects.get_for_models(*(page_models()[t] for t in page_types))
        pages = pages.filter(content_type__in=content_types.values())
    if updated_since is not None:
        pages = pages.filter(last_published_at__gte=updated_since)
    ordering = ("path",) if order == "site" else (order, "path")
    return _with_relations(pages).order_by(*ordering)


# What a single page may be read with (``relations`` below): joined in its query, or
# fetched after it; a taxonomy's terms with their locale as ``topics:locale`` (without it,
# when asked for). A list reads all of them for every page (``_with_relations``).
JOINED = ("content_owner", "illustration", "procedurepage")  # a procedure's steps and events
TAXONOMIES = {"topics": Topic, "audiences": Audience, "regions": Region}
ALL_RELATIONS = frozenset((*JOINED, *(f"{name}:locale" for name in TAXONOMIES)))


def _fetched(relations: Iterable[str]) -> list:
    lookups: list[str | Prefetch] = []
    for name in JOINED:
        if name in relations:
            lookups.append(name)
    for name, model in TAXONOMIES.items():
        if f"{name}:locale" in relations:
            lookups.append(Prefetch(name, queryset=model.objects.select_related("locale")))
        # Without their locale, one page's terms are read when asked for: the same one
        # query per taxonomy, without the prefetch machinery's cost.
    return lookups


def with_relations(page: KnowledgePage, relations: Iterable[str] = ALL_RELATIONS) -> KnowledgePage:
    """``page`` with the ``relations`` it was not read with yet."""
    if page.specific_class is not ProcedurePage or isinstance(page, ProcedurePage):
        relations = set(relations) - {"procedurepage"}
    prefetch_related_objects([page], *_fetched(relations))
    return page


def _one(pages: QuerySet, relations: Iterable[str]) -> KnowledgePage | None:
    """The first of ``pages`` with ``relations`` (only those the caller needs)."""
    joined = [name for name in JOINED if name in relations]
    page = pages.select_related("locale", *joined).first()
    return None if page is None else with_relations(page, set(relations) - set(joined))


def page_by_id(
    *, viewer: Viewer, page_id: int, relations: Iterable[str] = ALL_RELATIONS
) -> KnowledgePage | None:
    return _one(visible_pages(KnowledgePage.objects.filter(pk=page_id), viewer), relations)


def page_in_locale(
    *, viewer: Viewer, page: KnowledgePage, locale: str, relations: Iterable[str] = ALL_RELATIONS
) -> KnowledgePage | None:
    """``page`` itself or its translation in ``locale``, if the viewer may see it."""
    if page.locale.language_code == locale:
        return with_relations(page, relations)
    translations = KnowledgePage.objects.filter(
        translation_key=page.translation_key, locale__language_code=locale
    )
    return _one(visible_pages(translations, viewer), relations)


def pages_by_id(*, viewer: Viewer, page_ids: Iterable[int]) -> dict[int, KnowledgePage]:
    pages = visible_pages(KnowledgePage.objects.filter(pk__in=page_ids), viewer)
    return {page.pk: page for page in _with_relations(pages)}


def page_by_url_path(
    *, viewer: Viewer, url_path: str, relations: Iterable[str] = ALL_RELATIONS
) -> KnowledgePage | None:
    return _one(visible_pages(KnowledgePage.objects.filter(url_path=url_path), viewer), relations)


def procedure_by_slug(
    *, viewer: Viewer, slug: str, locale: str, relations: Iterable[str] = ALL_RELATIONS
) -> ProcedurePage | None:
    pages = visible_pages(ProcedurePage.objects.filter(slug=slug), viewer).filter(
        locale__language_code=locale
    )
    return _one(pages, set(relations) - {"procedurepage"})  # steps are its own fields


def translations_of(
    *, viewer: Viewer, translation_keys: Iterable[Any], exclude_ids: Iterable[int]
) -> QuerySet:
    return (
        visible_pages(KnowledgePage.objects.filter(translation_key__in=translation_keys), viewer)
        .exclude(pk__in=exclude_ids)
        .select_related("locale")
        .order_by("locale__language_code")
    )


def ancestors_by_path(*, paths: Iterable[str]) -> QuerySet[Page]:
    """Live pages at the given tree paths (breadcrumbs are sections and home pages)."""
    return Page.objects.filter(path__in=paths).live().select_related("locale")


def link_targets(*, viewer: Viewer, page_ids: Iterable[int]) -> list[Page]:
    """Pages a rich-text link may point the viewer at (the site's rule, see
    ``viewable_pages``)."""
    pages = viewable_pages(Page.objects.filter(pk__in=page_ids), viewer)
    return list(pages.select_related("locale"))


def services_for_cards(ids: Iterable[int]) -> dict[int, Service]:
    """Services chosen in contact blocks (withdrawn ones too: the block decides), with
    their organisation, its logo and their locale."""
    return Service.objects.select_related("organization__logo", "locale").in_bulk(list(ids))
