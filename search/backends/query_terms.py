"""What the database fallback looks for: a query's content words, each with its folded forms
and lemmas, and the synonym groups the engine uses (shipped and editors') applied as whole
concepts, so that "kicked out by the police" or "odškodnění pro oběť" find what the engine
finds for them. Question words and stop words are dropped as the engine drops them."""

from functools import lru_cache
from typing import NamedTuple

from kb.folding import fold
from kb.guidance.lemmas import word_forms

from ..analysis import IGNORABLE_WORDS, synonyms_for

MAX_TERMS = 10
# A synonym shorter than this ("dn", "ic") is only matched as the word typed: as a
# substring of stored text it would match inside other words.
MIN_EXPANSION = 3


class Word(NamedTuple):
    """A word's folded forms and lemmas, and their stems (any stem matches; a full form
    ranks higher)."""

    forms: tuple[str, ...]
    stems: tuple[str, ...]


class Term(NamedTuple):
    """One query word, or a synonym concept: text has it when it has every word of one of
    its ``options`` ("zákaz vstupu" or "vykázání" or …), anywhere and in any form."""

    options: tuple[tuple[Word, ...], ...]
    text: str = ""  # the words as typed


def word_stem(word: str) -> str:
    """Drop an inflectional ending of a folded word or lemma: 'vykazany' → 'vykaza' also
    matches 'vykazana' and 'vykazani', and forgives a typo at the end ('vykazny')."""
    if len(word) <= 4:
        return word
    return word[: max(4, len(word) - (3 if len(word) > 7 else 2))]


def content_words(query: str) -> list[str]:
    """The query's words minus question and stop words (all of them if nothing else is left)."""
    words = [w for w in (query or "").split() if len(fold(w)) >= 2]
    content = [w for w in words if fold(w) not in IGNORABLE_WORDS]
    return (content or words)[:MAX_TERMS]


def _word(word: str, locale: str | None) -> Word:
    forms = word_forms(word, locale)
    return Word(forms, tuple(dict.fromkeys(word_stem(f) for f in forms)))


def _option(text: str, locale: str | None) -> tuple[Word, ...]:
    return tuple(_word(w, locale) for w in content_words(text))


class _Alternative(NamedTuple):
    text: str
    # per content word: every form it may take (its folded forms and lemmas)
    words: tuple[frozenset[str], ...]
    # Typed, it applies the group ("mlátit" in "mlátit => mlátit, bije"; not "bije")
    trigger: bool = True
    # The group's professional term (first of a same-meaning group): typed, not expanded
    canonical: bool = False


def _groups(locale: str | None) -> tuple[tuple[_Alternative, ...], ...]:
    return _parsed_groups(tuple(synonyms_for(locale or "cs")), locale)


@lru_cache(maxsize=8)
def _parsed_groups(
    rules: tuple[str, ...], locale: str | None
) -> tuple[tuple[_Alternative, ...], ...]:
    groups = []
    for rule in rules:
        # "a, b => a, x" (the lay vocabulary's one-way rules): a or b find a or x
        left, _, right = rule.rpartition("=>")
        triggers = _texts(left)
        texts = list(dict.fromkeys(triggers + _texts(right)))
        alternatives = []
        for text in texts:
            words = content_words(text)
            alternatives.append(
                _Alternative(
                    text,
                    tuple(frozenset(word_forms(w, locale)) for w in words),
                    trigger=not left or text in triggers,
                    canonical=not left and fold(text) == fold(texts[0]),
                )
            )
        groups.append(tuple(alternatives))
    return tuple(groups)


def _texts(part: str) -> list[str]:
    return list(dict.fromkeys(t.strip() for t in part.split(",") if t.strip()))


def _concept_at(
    words: list[frozenset[str]], start: int, groups: tuple[tuple[_Alternative, ...], ...]
) -> tuple[tuple, int] | None:
    """The synonym group whose longest alternative matches the query's words from
    ``start`` on (any shared form or lemma per word), and how many words it covers. A group
    is not applied when the words are its first entry, the professional term: whoever typed
    "ohrožená osoba" means that, not "oběť"; "oběť" also finds "ohrožená osoba"."""
    best: tuple[tuple, int] | None = None
    for group in groups:
        for alternative in group:
            n = len(alternative.words)
            if not alternative.trigger or not n or start + n > len(words):
                continue
            if best and n <= best[1]:
                continue
            if all(words[start + i] & alternative.words[i] for i in range(n)):
                best = ((), n) if alternative.canonical else (group, n)
    return best


def terms(query: str, locale: str | None = None) -> list[Term]:
    content = content_words(query)
    forms = [frozenset(word_forms(w, locale)) for w in content]
    groups = _groups(locale)
    found: list[Term] = []
    i = 0
    while i < len(content):
        concept = _concept_at(forms, i, groups)
        length = concept[1] if concept else 1
        options = [_option(" ".join(content[i : i + length]), locale)]
        for alternative in concept[0] if concept else ():
            if len(fold(alternative.text)) >= MIN_EXPANSION:
                options.append(_option(alternative.text, locale))
        options = [o for o in dict.fromkeys(options) if o and all(w.forms for w in o)]
        if options:
            found.append(Term(tuple(options), " ".join(content[i : i + length])))
        i += length
    return found
