"""Is a query word a word? Did-you-mean may only replace words that are not (issue 20).

A word is known when its accent-folded form is the folded form of a word of the language or
of the knowledge base's own vocabulary: "pritel", "mlati" and "vyhrozuje" are "přítel",
"mlátí" and "vyhrožuje" typed without diacritics, as many of our readers write. Spoken
Czech counts too ("bejt", "bejvalej", "vokno", "s klukama"): a small rule maps it to the
written form before the lookup.

The dictionary is simplemma's (already the database search's lemmatiser): its Czech and
English tables list inflected forms with their lemmas, about 360,000 Czech and 180,000
English forms. Unlike hunspell's affix rules, a plain list of forms can be folded, so an
accent-free word is looked up as cheaply as an accented one, and no system package is
needed. Both languages are asked whatever the locale: an English word in a Czech query is
not a Czech typo. The folded sets are built once per process, on the first suggestion
(about a second each)."""

import re
from collections.abc import Collection
from functools import lru_cache

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from kb.folding import fold

LANGUAGES = ("cs", "en")
LETTERS = re.compile(r"[^\W\d_]+")
# Shorter words are left alone: too many real words are one letter from each other.
MIN_LENGTH = 3


@lru_cache(maxsize=len(LANGUAGES))
def dictionary_words(language: str) -> frozenset[str]:
    """The folded forms and lemmas of simplemma's dictionary for ``language``."""
    table = DefaultDictionaryFactory().get_dictionary(language)
    # One fold over the joined words: far cheaper than one per word.
    text = "\n".join(f"{form}\n{lemma}" for form, lemma in table.items())
    return frozenset(fold(text).split("\n"))


def written_forms(word: str) -> list[str]:
    """``word`` (folded) and the written Czech it may be spoken for: "ej" for "ý"/"é"
    ("bejt" → "byt", "bejvalej" → "byvaly", "mlejn" → "mlyn"), a prothetic v ("vokno" →
    "okno", "von" → "on"), "-ýho" for "-ého" ("dobryho"), "-ma" for "-mi" ("klukama",
    "detma")."""
    forms = [word]
    if "ej" in word:
        forms.append(word.replace("ej", "y"))
        forms.append(word.replace("ej", "e"))
        starts = [m.start() for m in re.finditer("ej", word)]
        if len(starts) > 1:
            forms += [word[:i] + "y" + word[i + 2 :] for i in starts]
    if word.startswith("vo") and len(word) > 3:
        forms += [form[1:] for form in forms if form.startswith("vo")]
    for spoken, written in (("yho", "eho"), ("yma", "ymi"), ("ma", "mi")):
        forms += [f[: -len(spoken)] + written for f in forms if f.endswith(spoken)]
    return forms


def in_dictionary(word: str) -> bool:
    """Whether the folded ``word`` (or the written form of spoken Czech) is a dictionary
    word of Czech or English."""
    forms = written_forms(fold(word))
    return any(form in dictionary_words(language) for language in LANGUAGES for form in forms)


def is_known(word: str, vocabulary: Collection[str] = frozenset()) -> bool:
    """Whether ``word`` is spelled right: every run of letters in it is short, a word of the
    content ``vocabulary`` (folded words) or a dictionary word. Numbers are never typos."""
    for part in LETTERS.findall(fold(word)):
        if len(part) < MIN_LENGTH or part in vocabulary:
            continue
        if not in_dictionary(part):
            return False
    return True
