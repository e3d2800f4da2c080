"""Lemmatised, accent-folded search text for the database search (no engine, or the engine
down) and the admin's snippet search.

Stored text: the folded text, then the folded lemma of every word whose lemma differs
("obětech" adds "obet", "dětmi" adds "dite"). A query word matches when the stored text
contains its folded form or its folded lemma; an accent-free Czech word ("detmi",
"obetech") is looked up in simplemma's Czech dictionary with the dictionary's forms folded
too, so it finds the same lemmas. Lemmatise first with the accents, then fold: the
dictionary is accented."""

import re
from collections import defaultdict
from functools import lru_cache

import simplemma
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from .text import fold

LANGUAGES = ("cs", "en")
# Languages whose words lose information when folded: accent-free queries are looked up in
# the dictionary with folded forms.
FOLDED_LOOKUP = ("cs",)
WORD = re.compile(r"\w+")
# Between the folded text and its lemmas: the lemmas are for matching only (the analytics
# vocabulary takes the words people actually wrote, e.g. not "svoboda" from "svobodu").
LEMMAS = "\x1e"


def languages(language: str | None) -> tuple[str, ...]:
    """The lemmatiser languages for a locale ("cs", "en", "cs-CZ"); both when unknown."""
    code = (language or "").split("-")[0].lower()
    return (code,) if code in LANGUAGES else LANGUAGES


@lru_cache(maxsize=65536)
def lemma(word: str, language: str) -> str:
    """The dictionary lemma of a lower-cased word, or the word itself."""
    try:
        return simplemma.lemmatize(word, lang=language).lower()
    except (ValueError, TypeError):  # characters the lemmatiser cannot take
        return word


@lru_cache(maxsize=len(FOLDED_LOOKUP))
def _folded_dictionary(language: str) -> dict[str, tuple[str, ...]]:
    """Folded form → the folded lemmas it can stand for ("byt" → byt, byt; "detmi" → dite).
    Built once per process on the first accent-free query (about a second)."""
    found: dict[str, set[str]] = defaultdict(set)
    for form, base in DefaultDictionaryFactory().get_dictionary(language).items():
        folded_form, folded_base = fold(form), fold(base)
        if folded_form != folded_base:
            found[folded_form].add(folded_base)
    return {form: tuple(sorted(bases)) for form, bases in found.items()}


def search_fold(text: str, language: str | None = None) -> str:
    """``fold(text)`` followed by the folded lemmas it does not contain as words."""
    folded = fold(text)
    seen = set(folded.split())
    extra = []
    for word in dict.fromkeys(WORD.findall((text or "").lower())):
        for code in languages(language):
            base = fold(lemma(word, code))
            if base not in seen:
                seen.add(base)
                extra.append(base)
    return f"{folded}{LEMMAS}{' '.join(extra)}" if extra else folded


def without_lemmas(search_text: str) -> str:
    """The folded text of a stored ``search_text``, without the appended lemmas."""
    return (search_text or "").split(LEMMAS, 1)[0]


def word_forms(word: str, language: str | None = None) -> tuple[str, ...]:
    """What a query word may match in stored search text: its folded form and its folded
    lemmas (from the accented word, and for an accent-free word from the folded
    dictionary)."""
    lowered = word.lower()
    folded = fold(lowered)
    forms = [folded]
    for code in languages(language):
        forms.append(fold(lemma(lowered, code)))
        if code in FOLDED_LOOKUP and folded == lowered:
            forms.extend(_folded_dictionary(code).get(folded, ()))
    return tuple(dict.fromkeys(form for form in forms if form))
