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

from wagtail.models import Locale

from kb.guidance.choices import Visibility
from kb.guidance.models import KnowledgePage
from kb.guidance.text import html_to_text
from kb.services.models import Service
from kb.wagtail_bulk import PageUrls, prefetch_streams
from kb.wagtail_bulk import url_cache as url_cache  # search.backends.database reads it here

from .analysis import spell_fields
from .models import ObjectType, ResultKind
from .types import SearchHit


def document_id(object_type: str, object_id: int) -> str:
    return f"{object_type}-{object_id}"


TAXONOMIES = ("topics", "audiences", "regions")


def page_document(
    page: KnowledgePage,
    *,
    urls=None,
    locale: str | None = None,
    url: str | None = None,
    taxonomy: dict[str, list[str]] | None = None,
) -> dict:
    """``page`` must be the specific page (see ``indexable_pages``). For many pages use
    ``page_documents``: the same documents with far fewer queries."""
    if url is None:
        url = page.get_url(request=urls) or ""
    if taxonomy is None:
        taxonomy = {name: [t.code for t in getattr(page, name).all()] for name in TAXONOMIES}
    doc = {
        "kind": ObjectType.PAGE,
        "object_id": page.pk,
        "translation_key": str(page.translation_key),
        "locale": locale or page.locale.language_code,
        "page_type": page.page_type,
        "visibility": page.visibility,
        "url": url,
        **page.search_texts(),
        "topics": sorted(taxonomy["topics"]),
        "audiences": sorted(taxonomy["audiences"]),
        "regions": sorted(taxonomy["regions"]),
        "actors": sorted({s["actor"] for s in page.step_values if s.get("actor")}),
        "category": "",
        "phones": [],
        "last_reviewed": page.last_reviewed.isoformat() if page.last_reviewed else None,
        "next_review_due": page.next_review_due.isoformat() if page.next_review_due else None,
    }
    return doc | spell_fields(doc)


def service_document(service: Service) -> dict:
    phones = list(service.phones.all())
    details = [
        service.organization.name,
        service.eligibility_description,
        service.fees_description,
        " ".join(f"{p.number} {p.description}" for p in phones),
        " ".join(str(loc) for loc in service.locations.all()),
    ]
    doc = {
        "kind": ObjectType.SERVICE,
        "object_id": service.pk,
        "translation_key": str(service.translation_key),
        "locale": service.locale.language_code,
        "page_type": ResultKind.SERVICE,
        "visibility": Visibility.PUBLIC,
        "url": "",
        "title": service.name,
        "summary": service.description,
        "steps": "",
        "legal": "",
        "body": html_to_text(" ".join(d for d in details if d)),
        "topics": sorted(t.code for t in service.topics.all()),
        "audiences": sorted(a.code for a in service.audiences.all()),
        "regions": sorted(r.code for r in service.service_areas.all()),
        "actors": [],
        "category": service.category,
        "phones": [p.number for p in phones],
        "last_reviewed": service.last_verified.isoformat(),
        "next_review_due": None,
    }
    return doc | spell_fields(doc)


def indexable_pages():
    """Every page that belongs in the index: live knowledge pages. Drafts never; visibility is
    stored and filtered at query time."""
    return (
        KnowledgePage.objects.live()
        .specific()
        .select_related("locale")
        .prefetch_related("topics", "audiences", "regions")
    )


def indexable_services():
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
def gc_paused():
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
    page,
    *,
    score: float | None = None,
    promoted: bool = False,
    urls=None,
    locale: str | None = None,
) -> SearchHit:
    """A search hit straight from a page (database search, promotions)."""
    return SearchHit(
        kind="page",
        id=page.pk,
        translation_key=str(page.translation_key),
        title=page.title,
        url=page.get_url(request=urls) or "",
        summary=page.summary,
        page_type=page.specific_class.page_type,
        locale=locale or page.locale.language_code,
        score=score,
        last_reviewed=page.last_reviewed,
        visibility=page.visibility,
        promoted=promoted,
    )
