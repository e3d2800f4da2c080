"""Accent folding: the one home of ``fold`` and of the bounded query words built on it.

A leaf module (standard library only): search, the API, the admin's image and snippet
search and the lemmas (kb.guidance.lemmas, which adds lemma-aware matching and the snippets'
stored ``search_text``) all build on it, and it imports none of them."""

import unicodedata

# A query is bounded before it reaches a database LIKE: enough for any real question.
MAX_TERMS = 8
MAX_TERM_LENGTH = 64


def fold(text: str) -> str:
    """Lower-case and strip diacritics: 'Vykázání' → 'vykazani'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def query_words(query: str) -> list[str]:
    """The query's words, without characters a database cannot store (NUL, lone
    surrogates) and bounded in number and length."""
    text = "".join(
        ch for ch in (query or "") if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF
    )
    return [word[:MAX_TERM_LENGTH] for word in text.split()[:MAX_TERMS]]


def folded_terms(query: str) -> list[str]:
    """The query's words, folded (see ``query_words``)."""
    return [word for word in (fold(w)[:MAX_TERM_LENGTH] for w in query_words(query)) if word]
