"""Wagtail's per-object conveniences for many objects at once: StreamField blocks converted
once per block type across many streams, and page URLs without one URL reverse per page.
Both the search index builder (search.documents) and the API (kb.api.guidance.loaders)
use them; this module imports neither.

Checked against Wagtail 8.0.1. Only public API is used: ``StreamValue.raw_data``, item
assignment with a ``StreamChild``, ``Block.bulk_to_python``, ``Site.get_site_root_paths``
and ``Page.get_url``/``get_url_parts``. Wagtail has no public way to convert the blocks of
several streams together (``StreamValue._prefetch_blocks`` is private and works on one
stream) nor to reverse a page URL once per site root."""

import re
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import Any

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.blocks import Block, StreamValue
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

Loader = Callable[[Block, list], list]


def _bulk_to_python(block: Block, raw_values: list) -> list:
    return block.bulk_to_python(raw_values)


def bulk_values(entries: Sequence[tuple[Block, Any]], *, load: Loader = _bulk_to_python) -> list:
    """The native values of ``(child block, raw value)`` pairs, in order: one ``load``
    (by default the block's ``bulk_to_python``, so one query for all the snippets of a
    chooser) per block for all the pairs together, where Wagtail converts each stream on
    its own."""
    by_block: dict[int, list[int]] = {}
    for index, (block, _raw) in enumerate(entries):
        by_block.setdefault(id(block), []).append(index)
    values: list[Any] = [None] * len(entries)
    for indexes in by_block.values():
        block = entries[indexes[0]][0]
        converted = load(block, [entries[i][1] for i in indexes])
        for index, value in zip(indexes, converted, strict=True):
            values[index] = value
    return values


def prefetch_streams(streams: list[StreamValue]) -> None:
    """Convert the blocks of many lazy StreamField values (as read from the database) at
    once. The values are the ones Wagtail's own lazy conversion gives (the same
    ``bulk_to_python``, over more values); the raw data stays as read."""
    places: list[tuple[StreamValue, int, str | None]] = []
    entries: list[tuple[Block, Any]] = []
    for stream in streams:
        if not isinstance(stream, StreamValue) or not stream.is_lazy:
            continue
        for index, raw in enumerate(stream.raw_data):
            child_block = stream.stream_block.child_blocks.get(raw["type"])
            if child_block is None:
                continue  # a block type no longer defined: Wagtail skips it when iterating
            places.append((stream, index, raw.get("id")))
            entries.append((child_block, raw["value"]))
    values = bulk_values(entries)
    for (stream, index, block_id), (child_block, _raw), value in zip(
        places, entries, values, strict=True
    ):
        stream[index] = StreamValue.StreamChild(child_block, value, id=block_id)


def url_cache() -> SimpleNamespace:
    """Pass as ``request`` to ``Page.get_url`` for a list of pages: Wagtail keeps the site
    root paths on it, so each URL costs no query."""
    return SimpleNamespace(_wagtail_site=None)


# A path below a site root that ``wagtail_serve`` reverses unchanged (nothing to escape).
_PLAIN_PATH = re.compile(r"(?:[A-Za-z0-9_-]+/)*")
_SENTINEL = "kbsentinel/"


class PageUrls:
    """``page.get_url()`` for many pages, for rebuilding the index (100k pages): the site
    roots are read once and the language prefix is reversed once per language, then each
    URL is the prefix + the page's ``url_path`` below its site root. This repeats the
    single-site branch of Wagtail 8.0.1's ``Page.get_url_parts`` (the reverse per page
    was most of the time); anything unusual (several sites, a page class with its own
    routing, a path that needs escaping, a URL pattern this class does not know) goes
    through ``get_url`` itself, and tests compare the two."""

    def __init__(self) -> None:
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
