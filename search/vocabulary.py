"""The words the knowledge base itself uses, per locale: what search analytics may store.

Built from published and draft page text (titles, summaries, bodies, steps), taxonomy terms,
service and organisation names and descriptions, and the synonym lists — never from
addresses, phone numbers or e-mails. A client's name or street is not in it, so it can never
reach the analytics tables. Kept in memory per process for a few minutes (a set of tens of
thousands of words: cheaper to rebuild than to unpickle from a shared cache on every search);
new content widens it on its own."""

import re
import time

from kb.folding import fold

CACHE_SECONDS = 600
WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> list[str]:
    """Folded words of ``text``: letters only (numbers never count as vocabulary)."""
    return WORD.findall(fold(text))


def _collect(locale: str) -> set[str]:
    from kb.guidance.lemmas import without_lemmas
    from kb.guidance.models import KnowledgePage
    from kb.services.models import Organization, Service
    from kb.taxonomy.models import Audience, LegalReference, Region, Topic

    from .analysis import shipped_synonyms
    from .models import SearchSynonym

    vocabulary: set[str] = set()
    texts = KnowledgePage.objects.filter(locale__language_code=locale).values_list(
        "title", "search_text"
    )
    for title, text in texts.iterator():
        vocabulary.update(words(title), words(without_lemmas(text)))
    for model in (Topic, Audience, Region, LegalReference, Organization, Service):
        rows = model.objects.filter(locale__language_code=locale).values_list(
            "search_text", flat=True
        )
        for text in rows.iterator():
            vocabulary.update(words(without_lemmas(text)))
    for rule in shipped_synonyms(locale):
        vocabulary.update(words(rule))
    for terms in SearchSynonym.objects.filter(locale=locale).values_list("terms", flat=True):
        vocabulary.update(words(terms))
    return vocabulary


_memo: dict[str, tuple[float, frozenset[str]]] = {}


def content_vocabulary(locale: str) -> frozenset[str]:
    now = time.monotonic()
    expires, vocabulary = _memo.get(locale, (0.0, frozenset()))
    if now >= expires:
        vocabulary = frozenset(_collect(locale))
        _memo[locale] = (now + CACHE_SECONDS, vocabulary)
    return vocabulary


def forget_vocabulary() -> None:
    _memo.clear()
