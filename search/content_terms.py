"""Does a content term occur in the content? The lay vocabulary (search.colloquial) may only
point at words the pages and services use: its test and the admin's validation ask here."""

import re
from collections.abc import Iterable

from kb.guidance.lemmas import word_forms

WORD = re.compile(r"\w+")


def content_word_forms(locale: str) -> frozenset[str]:
    """The folded words and lemmas of every page's and service's stored search text in
    ``locale`` (pages of every visibility and state: editors' drafts count too)."""
    from kb.guidance.models import KnowledgePage
    from kb.services.models import Service

    found: set[str] = set()
    for model in (KnowledgePage, Service):
        rows = model.objects.filter(locale__language_code=locale).values_list(
            "search_text", flat=True
        )
        for text in rows.iterator():
            found.update(WORD.findall(text or ""))
    return frozenset(found)


def missing_targets(
    targets: Iterable[str], locale: str, content: frozenset[str] | None = None
) -> list[str]:
    """The content terms of which some word (in any inflection) occurs nowhere in the
    content of ``locale``."""
    content = content_word_forms(locale) if content is None else content
    return [
        target
        for target in targets
        if not all(content.intersection(word_forms(w, locale)) for w in WORD.findall(target))
    ]


CACHE_SECONDS = 600
_memo: dict[str, tuple[float, frozenset[str]]] = {}


def cached_content_word_forms(locale: str) -> frozenset[str]:
    """``content_word_forms``, kept per process for a few minutes (every search asks)."""
    import time

    now = time.monotonic()
    expires, words = _memo.get(locale, (0.0, frozenset()))
    if now >= expires:
        words = content_word_forms(locale)
        _memo[locale] = (now + CACHE_SECONDS, words)
    return words
