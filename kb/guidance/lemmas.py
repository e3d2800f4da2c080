"""Lemmatised, accent-folded search text for the database search (no engine, or the engine
down) and the admin's snippet search.

Stored text: the folded text, then the folded lemma of every word whose lemma differs
("obětech" adds "obet", "dětmi" adds "dite"). A query word matches when the stored text
contains its folded form or its folded lemma; an accent-free Czech word ("detmi",
"obetech") is looked up in simplemma's Czech dictionary with the dictionary's forms folded
too, so it finds the same lemmas. Lemmatise first with the accents, then fold: the
dictionary is accented.

Snippets (services, taxonomy) keep such text in ``search_text`` through FoldedSearchText;
admin listings and choosers match it with ``folded_search``, the same on SQLite and
PostgreSQL, with or without an engine ("obetech" finds "obětech", "vyk" finds "Vykázání",
"dětmi" finds "dítě")."""

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any, TypeVar

import simplemma
from django.db import models
from django.db.models import Q, QuerySet
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from kb.folding import MAX_TERM_LENGTH, fold, query_words

_Row = TypeVar("_Row", bound=models.Model)

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


def folded_search(queryset: QuerySet[_Row], query: str) -> QuerySet[_Row]:
    """Rows whose ``search_text`` contains every word of ``query`` (folded, or its lemma)."""
    for word in query_words(query):
        match = Q()
        for form in word_forms(word)[:4]:
            match |= Q(search_text__contains=form[:MAX_TERM_LENGTH])
        queryset = queryset.filter(match)
    return queryset


class FoldedSearchText(models.Model):
    """Adds ``search_text``: the folded text of ``folded_search_fields`` (field or property
    names) with its lemmas, refreshed on every save."""

    search_text = models.TextField(blank=True, default="", editable=False)

    folded_search_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_text = self.folded_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "search_text" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "search_text"]
        return super().save(*args, **kwargs)

    def folded_search_text(self) -> str:
        parts = (getattr(self, name, "") for name in self.folded_search_fields)
        locale = getattr(self, "locale", None) if getattr(self, "locale_id", None) else None
        language = getattr(locale, "language_code", None)
        return search_fold(" ".join(str(part) for part in parts if part), language)
