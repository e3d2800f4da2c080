"""People's own words, made searchable: spoken Czech and everyday vocabulary (issue 20).

One step, before any backend sees the query (search.query): ``normalise`` rewrites

- spoken Czech to the written form ("bejvalej" → "byvaly", "vokno" → "okno", "s klukama"
  → "klukami", "dobrýho" → "dobreho"), only for a word that is neither a dictionary word nor
  a word of the content, and whose written form is a dictionary word;
- an inflected everyday word to the everyday word as the lay vocabulary lists it ("mlátí",
  "zmlátil" → "mlátit"; "modřinama" → "modřina"), so that the lay vocabulary's rules match.

The lay vocabulary maps everyday words to the words the content uses: shipped per language in
``search/lay/<locale>.txt`` and added by editors as SearchSynonym rows of kind "everyday
words". Its rules ("mlátit, mlatit => mlátit, bije, násilí, …") join the engine's query-time
synonym filter (search.analysis.synonyms_for) and the database fallback's synonym concepts
(search.backends.query_terms): one definition for both."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kb.folding import fold
from kb.guidance.lemmas import lemma, word_forms

LAY_DIR = Path(__file__).resolve().parent / "lay"
ARROW = "=>"
# A word, with its apostrophes ("can't", "women's": one token for the engine too)
WORD = re.compile(r"\w+(?:['’]\w+)*")
# Shorter words are never rewritten (prepositions, "ex" as typed is a lay word itself).
MIN_LENGTH = 3


@dataclass(frozen=True)
class LayEntry:
    """Everyday words (single words or phrases) and the content terms they stand for."""

    words: tuple[str, ...]
    targets: tuple[str, ...]

    def rules(self) -> list[str]:
        """Engine synonym rules: each everyday word (and its accent-free spelling) searches
        for itself and the content terms."""
        out = []
        for word in self.words:
            left = ", ".join(dict.fromkeys([word, fold(word)]))
            right = ", ".join(dict.fromkeys([word, *self.targets]))
            out.append(f"{left} {ARROW} {right}")
        return out


def _split(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t.strip().lower() for t in text.split(",") if t.strip()))


def parse_entry(line: str) -> LayEntry | None:
    """'mlátit, bít => bije, násilí' → LayEntry; None for a comment, blank or bad line."""
    line = line.strip()
    if not line or line.startswith("#") or line.count(ARROW) != 1:
        return None
    left, right = line.split(ARROW)
    words, targets = _split(left), _split(right)
    return LayEntry(words, targets) if words and targets else None


@lru_cache(maxsize=4)
def shipped_entries(locale: str) -> tuple[LayEntry, ...]:
    path = LAY_DIR / f"{locale}.txt"
    if not path.exists():
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(e for e in (parse_entry(line) for line in lines) if e)


def lay_entries(locale: str) -> tuple[LayEntry, ...]:
    """The shipped entries and the editors' (search.models.SearchSynonym, kind "lay")."""
    from .models import SearchSynonym, SynonymKind

    rows = SearchSynonym.objects.filter(locale=locale, kind=SynonymKind.LAY)
    editors = (
        LayEntry(_split(row.terms), _split(row.content_terms))
        for row in rows.only("terms", "content_terms")
    )
    return shipped_entries(locale) + tuple(e for e in editors if e.words and e.targets)


def lay_rules(locale: str) -> list[str]:
    return [rule for entry in lay_entries(locale) for rule in entry.rules()]


# --- the query rewrite ------------------------------------------------------------------


@dataclass(frozen=True)
class _Table:
    exact: frozenset[str]  # folded everyday words, as listed (the engine rules match them)
    by_form: dict[str, str]  # folded form or lemma → the everyday word
    phrases: tuple[tuple[tuple[frozenset[str], ...], str], ...]  # word forms → phrase


def _table(locale: str) -> _Table:
    return _built_table(lay_entries(locale), locale)


@lru_cache(maxsize=8)
def _built_table(entries: tuple[LayEntry, ...], locale: str) -> _Table:
    exact: set[str] = set()
    by_form: dict[str, str] = {}
    phrases = []
    for entry in entries:
        for word in entry.words:
            parts = WORD.findall(word)
            if len(parts) > 1:
                phrases.append((tuple(frozenset(word_forms(p, locale)) for p in parts), word))
                continue
            exact.add(fold(word))
            by_form.setdefault(fold(lemma(word, locale)), word)
    # The longest phrases first: "čte mi zprávy" before "čte zprávy".
    phrases.sort(key=lambda item: -len(item[0]))
    return _Table(frozenset(exact), by_form, tuple(phrases))


def spoken_to_written(word: str, vocabulary: Iterable[str] = frozenset()) -> str:
    """The written Czech for a spoken form, or ``word``: "bejvalej" → "byvaly", "vokno" →
    "okno". A word of either dictionary or of the content ``vocabulary`` stays as it is."""
    from .spelling import dictionary_words, written_forms

    folded = fold(word)
    if len(folded) < MIN_LENGTH or not folded.isalpha():
        return word
    if folded in vocabulary or any(folded in dictionary_words(code) for code in ("cs", "en")):
        return word
    for form in written_forms(folded)[1:]:
        if form in dictionary_words("cs"):
            return form
    return word


def _everyday(word: str, table: _Table, locale: str, vocabulary: frozenset[str]) -> str | None:
    """The everyday word an inflected query word stands for, if any. A word the content
    uses as typed ("bije") is left alone: it finds its pages as it is."""
    folded = fold(word)
    if len(folded) < MIN_LENGTH or folded in table.exact or folded in vocabulary:
        return None
    for form in word_forms(word, locale):
        if form in table.by_form:
            return table.by_form[form]
    return None


@lru_cache(maxsize=8)
def _protected(phrases: tuple[str, ...], locale: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """Word forms of the same-meaning synonyms' phrases ("kicked out"): a query that has
    one keeps it as typed, for the synonym group to match."""
    patterns = (tuple(frozenset(word_forms(p, locale)) for p in WORD.findall(t)) for t in phrases)
    return tuple(sorted((p for p in patterns if len(p) > 1), key=lambda p: -len(p)))


def _rewrite(
    words: list[str],
    table: _Table,
    locale: str,
    vocabulary: frozenset[str],
    protected: tuple[tuple[frozenset[str], ...], ...] = (),
) -> list[str]:
    out: list[str] = []
    i = 0
    forms = [frozenset(word_forms(w, locale)) for w in words]
    while i < len(words):
        kept = next(
            (
                len(p)
                for p in protected
                if i + len(p) <= len(words) and all(forms[i + k] & p[k] for k in range(len(p)))
            ),
            0,
        )
        if kept:
            out += words[i : i + kept]
            i += kept
            continue
        for pattern, phrase in table.phrases:
            n = len(pattern)
            if i + n <= len(words) and all(forms[i + k] & pattern[k] for k in range(n)):
                out.append(phrase)
                i += n
                break
        else:
            out.append(_everyday(words[i], table, locale, vocabulary) or words[i])
            i += 1
    return out


def normalise(
    query: str,
    locale: str,
    *,
    vocabulary: Iterable[str] = frozenset(),
    keep: Iterable[str] = frozenset(),
    phrases: tuple[str, ...] = (),
) -> str:
    """The query as the search backends should see it (see the module's docstring). Words
    are kept in order; punctuation is dropped when a word was rewritten. The asked locale's lay vocabulary first, then
    the other languages' for the words it left alone (an English question in the Czech
    locale still meets the English index's rules when the other language is counted).
    Words in ``keep`` (folded: question and stop words) are never respelled, and
    ``phrases`` (the same-meaning synonyms' terms) are kept as typed."""
    from django.conf import settings

    words = WORD.findall(query or "")
    if not words:
        return query
    typed = words
    kept, known = set(keep), frozenset(vocabulary)
    words = [w if fold(w) in kept else spoken_to_written(w, known) for w in words]
    codes = [locale] + [code for code, _ in settings.LANGUAGES if code != locale]
    for code in codes:
        table = _table(code)
        words = _rewrite(words, table, code, known, _protected(phrases, code))
    # Nothing rewritten: the query as typed, punctuation and all ("273/2008", "§ 199")
    return query if words == typed else " ".join(words)
