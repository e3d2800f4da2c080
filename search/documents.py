"""What the engine stores for each live page and active service.

Pages are built in batches (``page_documents``): the pages of a batch come with a fixed
number of queries whatever its size (the specific pages per type, their taxonomy, and the
snippets, services and images their blocks refer to, each loaded once for the whole batch),
and their URLs come from ``url_path`` and the site roots (``PageUrls``) instead of one URL
reverse per page. A document built this way is the same as one built for a single page."""

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from types import SimpleNamespace
from typing import Any, cast

from django.conf import settings
from django.db.models import QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.blocks import StreamValue
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site
from wagtail.query import PageQuerySet

from kb.guidance.models import KnowledgePage
from kb.services.models import Service

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


def prefetch_streams(streams: list[StreamValue]) -> None:
    """Convert the blocks of many StreamField values at once: per block type, one
    ``bulk_to_python`` over every stream (one query for all the snippets of that type)
    where Wagtail converts each stream on its own. The values are the ones Wagtail's own
    lazy conversion gives (the same ``bulk_to_python``, over more values)."""
    pending: dict[tuple[int, str], list[tuple[StreamValue, int]]] = {}
    for stream in streams:
        if not isinstance(stream, StreamValue) or not stream.is_lazy:
            continue
        for i, raw in enumerate(stream._raw_data):
            if stream._bound_blocks[i] is None and raw is not None:
                key = (id(stream.stream_block), raw["type"])
                pending.setdefault(key, []).append((stream, i))
    for (_, type_name), items in pending.items():
        stream = items[0][0]
        child_block = stream.stream_block.child_blocks.get(type_name)
        if child_block is None:
            continue  # a block type no longer defined: Wagtail skips it when iterating
        values = child_block.bulk_to_python([s._raw_data[i]["value"] for s, i in items])
        for (s, i), value in zip(items, values, strict=True):
            s._bound_blocks[i] = StreamValue.StreamChild(
                child_block, value, id=s._raw_data[i].get("id")
            )


def locale_of(object_type: str, object_id: int) -> str | None:
    model = KnowledgePage if object_type == ObjectType.PAGE else Service
    row = model.objects.filter(pk=object_id).values_list("locale__language_code", flat=True)
    return row.first()


def url_cache():
    """Pass as ``request`` to ``Page.get_url`` for a list of pages: Wagtail keeps the site
    root paths on it, so each URL costs no query."""
    return SimpleNamespace(_wagtail_site=None)


# A path below a site root that ``wagtail_serve`` reverses unchanged (nothing to escape).
_PLAIN_PATH = re.compile(r"(?:[A-Za-z0-9_-]+/)*")
_SENTINEL = "kbsentinel/"


class PageUrls:
    """``page.get_url()`` for many pages: the site roots are read once and the language
    prefix is reversed once per language, then each URL is the prefix + the page's
    ``url_path`` below its site root. Anything unusual (several sites, a page class with its
    own routing, a path that needs escaping) goes through ``get_url`` itself."""

    def __init__(self):
        self.cache = url_cache()
        self.roots = Site.get_site_root_paths()
        self.single_site = len({root.site_id for root in self.roots}) == 1
        self.append_slash = getattr(settings, "WAGTAIL_APPEND_SLASH", True)
        self.i18n = getattr(settings, "WAGTAIL_I18N_ENABLED", False)
        self._prefixes: dict[tuple[str, str | None], str | None] = {}
        self.direct = self.single_site  # False: every URL through get_url

    def __call__(self, page: Page) -> str:
        if not self.direct or type(page).get_url_parts is not Page.get_url_parts:
            return page.get_url(request=self.cache) or ""
        root = next((r for r in self.roots if page.url_path.startswith(r.root_path)), None)
        if root is None:
            return ""  # not under any site: not routable
        tail = page.url_path[len(root.root_path) :]
        if not _PLAIN_PATH.fullmatch(tail):
            return page.get_url(request=self.cache) or ""
        prefix = self._prefix(root.language_code)
        if prefix is None:
            return ""  # wagtail_serve is not routed
        if not self.direct:
            return page.get_url(request=self.cache) or ""
        path = prefix + tail
        if not self.append_slash and path != "/":
            path = path.rstrip("/")
        return path

    def _prefix(self, language_code: str) -> str | None:
        active = translation.get_language()
        key = (language_code, active)
        if key not in self._prefixes:
            self._prefixes[key] = self._reverse_prefix(self._language(language_code, active))
        return self._prefixes[key]

    def _language(self, language_code: str, active: str | None) -> str:
        """As in ``Page.get_url_parts``: a variant of the page's language that is active
        wins."""
        if self.i18n and active:
            try:
                if get_supported_content_language_variant(active) == language_code:
                    return active
            except LookupError:
                pass
        return language_code

    def _reverse_prefix(self, language_code: str) -> str | None:
        try:
            if self.i18n:
                with translation.override(language_code):
                    path = reverse("wagtail_serve", args=(_SENTINEL,))
            else:
                path = reverse("wagtail_serve", args=(_SENTINEL,))
        except NoReverseMatch:
            return None
        if not path.endswith(_SENTINEL):
            self.direct = False  # a routing this class does not know
            return ""
        return path[: -len(_SENTINEL)]


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
