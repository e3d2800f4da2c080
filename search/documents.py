"""What the engine stores for each live page and active service.

Pages are built in batches (``page_documents``): the pages of a batch come with a fixed
number of queries whatever its size (the specific pages per type, their taxonomy, and the
snippets, services and images their blocks refer to, each loaded once for the whole batch),
and their URLs come from ``url_path`` and the site roots (``PageUrls``) instead of one URL
reverse per page. A document built this way is the same as one built for a single page."""

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any, cast

from django.db.models import QuerySet
from wagtail.models import Locale
from wagtail.query import PageQuerySet

from kb.guidance.models import KnowledgePage
from kb.services.models import Service
from kb.wagtail_bulk import PageUrls, prefetch_streams
from kb.wagtail_bulk import url_cache as url_cache  # search.backends.database reads it here

from . import schema
from .models import ObjectType
from .schema import PageSource
from .types import SearchHit


def document_id(object_type: str, object_id: int) -> str:
    return f"{object_type}-{object_id}"


# The page relations of the taxonomy fields (topics, audiences, regions).
TAXONOMIES = tuple(related.page for related in schema.RELATED)


def page_document(
    page: KnowledgePage,
    *,
    urls: object = None,
    locale: str | None = None,
    url: str | None = None,
    taxonomy: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """``page`` must be the specific page (see ``indexable_pages``). For many pages use
    ``page_documents``: the same documents with far fewer queries. The fields are
    search.schema's."""
    if url is None:
        url = page.get_url(request=urls) or ""
    if taxonomy is None:
        taxonomy = {name: [t.code for t in getattr(page, name).all()] for name in TAXONOMIES}
    source = PageSource(
        page=page,
        url=url,
        locale=locale or page.locale.language_code,
        taxonomy=taxonomy,
        texts=page.search_texts(),
    )
    return schema.page_document(source)


def service_document(service: Service) -> dict[str, Any]:
    """The fields are search.schema's."""
    return schema.service_document(service)


def indexable_pages() -> PageQuerySet:
    """Every page that belongs in the index: live knowledge pages. Drafts never; visibility is
    stored and filtered at query time."""
    return (
        KnowledgePage.objects.live()
        .specific()
        .select_related("locale")
        .prefetch_related("topics", "audiences", "regions")
    )


def indexable_services() -> QuerySet[Service]:
    return (
        Service.objects.filter(is_active=True)
        .select_related("locale", "organization")
        .prefetch_related("phones", "locations", "topics", "audiences", "service_areas")
    )


PAGE_BATCH = 200


def page_documents(
    pages: list[KnowledgePage],
    *,
    urls: "PageUrls | None" = None,
    locales: dict[int, str] | None = None,
) -> list[dict]:
    """The documents of ``pages`` (specific pages): the taxonomy codes of all of them come in
    one query per taxonomy, and every snippet, service and image their blocks refer to is
    loaded once for all of them."""
    prefetch_streams(
        [page.body for page in pages]
        + [page.steps for page in pages if getattr(page, "steps", None) is not None]
    )
    urls = urls or PageUrls()
    if locales is None:
        locales = dict(Locale.objects.values_list("pk", "language_code"))
    codes = taxonomy_codes([page.pk for page in pages])
    return [
        page_document(
            page,
            locale=locales[page.locale_id],
            url=urls(page),
            taxonomy={name: codes[name].get(page.pk, []) for name in TAXONOMIES},
        )
        for page in pages
    ]


def taxonomy_codes(page_ids: list[int]) -> dict[str, dict[int, list[str]]]:
    """Per taxonomy, the codes of each page's terms: one query per taxonomy, no objects."""
    codes: dict[str, dict[int, list[str]]] = {}
    for name in TAXONOMIES:
        by_page = codes[name] = {}
        rows = KnowledgePage.objects.filter(pk__in=page_ids, **{f"{name}__isnull": False})
        for pk, code in rows.values_list("pk", f"{name}__code"):
            by_page.setdefault(pk, []).append(code)
    return codes


def page_batches(ids: Iterable[int], *, size: int = PAGE_BATCH) -> Iterator[list[tuple[int, dict]]]:
    """``(page id, document)`` of the indexable pages among ``ids``, ``size`` pages at a time
    (missing ids are skipped: they are not live or not knowledge pages)."""
    urls = PageUrls()
    locales = dict(Locale.objects.values_list("pk", "language_code"))
    ids = iter(ids)
    while chunk := list(islice(ids, size)):
        with gc_paused():
            pages = list(KnowledgePage.objects.live().specific().filter(pk__in=chunk))
            documents = page_documents(pages, urls=urls, locales=locales)
        yield [(page.pk, doc) for page, doc in zip(pages, documents, strict=True)]


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while one batch is built. Building allocates tens of
    thousands of objects (pages, block values, snippets), which would start a collection
    that walks the whole heap again and again: that was about half of the build time. The
    batch's garbage is collected as usual afterwards; its size bounds the memory."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_documents(object_type: str, ids: list[int]) -> dict[int, dict]:
    """Current documents for the given ids; ids missing from the result must be deleted."""
    if object_type == ObjectType.PAGE:
        return {pk: doc for batch in page_batches(ids) for pk, doc in batch}
    return {s.pk: service_document(s) for s in indexable_services().filter(pk__in=ids)}


def locale_of(object_type: str, object_id: int) -> str | None:
    model = KnowledgePage if object_type == ObjectType.PAGE else Service
    row = model.objects.filter(pk=object_id).values_list("locale__language_code", flat=True)
    return row.first()


def page_hit(
    page: KnowledgePage,
    *,
    score: float | None = None,
    promoted: bool = False,
    urls: Any = None,
    locale: str | None = None,
) -> SearchHit:
    """A search hit straight from a page (database search, promotions)."""
    return SearchHit(
        kind=ObjectType.PAGE.value,
        id=page.pk,
        translation_key=str(page.translation_key),
        title=page.title,
        url=page.get_url(request=urls) or "",
        summary=page.summary,
        page_type=cast(type[KnowledgePage], page.specific_class).page_type,
        locale=locale or page.locale.language_code,
        score=score,
        last_reviewed=page.last_reviewed,
        visibility=page.visibility,
        promoted=promoted,
    )
