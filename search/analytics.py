"""Privacy-preserving search analytics: per masked query, locale and day, a count of searches
and of searches that found nothing. Nothing links a row to a person, a session, an IP address
or a time of day, and rows older than the retention period are deleted.

A query is stored only as the words the knowledge base itself uses (search.vocabulary) and
the common words of the language (``common_words``: lay questions such as "pritel me mlati"
use exactly the words the content lacks, and editors must see them); any other word — a
client's name, a street, a number, a date, an e-mail — is replaced by ``UNKNOWN`` before
anything is written. The report shows a query only once it was searched
on several different days, and counts the searches that contained unknown words."""

import atexit
import contextlib
import datetime
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, F, QuerySet, Sum
from django.utils import timezone

from kb.folding import fold

from .models import AnsweredQuestion, SearchQueryDaily
from .spelling import LANGUAGES
from .vocabulary import content_vocabulary

MAX_LENGTH = 100
MAX_WORDS = 12
UNKNOWN = "…"
# Kept for callers that still refer to the old placeholder: a query made only of unknown
# words is stored as UNKNOWN.
REDACTED = UNKNOWN


# Short everyday words that some name or brand in the dictionary also spells ("Me", "Ma",
# "Tata"): none identifies anyone, and lay questions are made of them.
_EVERYDAY = """
    a i o u v ve s se z ze k ke na do po za od me mi ma mu my mne mnou muj moje mych ho ji
    je jsem jsi jsme jste jsou byl byla tata tatu taty mama mamu mamy mamou syn dcera deti
    ex ty ten ta to on ona oni he she me my his her him we us they our
"""
EVERYDAY = frozenset(_EVERYDAY.split())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Folded Czech and English dictionary words (search.spelling's dictionary) that can
    never be a name or a place: a word counts only when the dictionary lists it in lower
    case with a lower-case lemma, and no capitalised entry (a first name, surname, town or
    street: "Jana", "Novák", "Svoboda", "Černý", "Žitná") folds to the same letters. So
    "svoboda" and "cerny" stay masked although they are also ordinary words."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    lower: list[str] = []
    proper: list[str] = []
    for language in LANGUAGES:
        table = DefaultDictionaryFactory().get_dictionary(language)
        for form, lemma in table.items():
            if form[:1].isupper() or lemma[:1].isupper():
                proper.append(form)
                proper.append(lemma)
            else:
                lower.append(form)
    # One fold over the joined words: far cheaper than one per word.
    names = set(fold("\n".join(proper)).split("\n"))
    return frozenset((set(fold("\n".join(lower)).split("\n")) - names) | EVERYDAY)


def normalise_query(query: str, locale: str = "cs") -> str:
    """Folded query with every word outside the vocabulary and the common words masked; a
    run of unknown words becomes one ``UNKNOWN``. 'Jana Nováková vykázání' → '… vykazani'.
    A word typed with a capital letter inside the query is taken for a name unless the
    content itself uses it ("volal jsem Policii" keeps "policii", "Dvorak me bije" does
    not keep "dvorak"); so is a short word ending in a full stop ("nar.", "ul.")."""
    vocabulary = content_vocabulary(locale)
    common = common_words()
    out: list[str] = []
    for position, raw in enumerate((query or "").split()[:MAX_WORDS]):
        word = fold(raw).strip(".,;:!?\"'()[]{}")
        capitalised = position > 0 and raw.strip(".,;:!?\"'()[]{}")[:1].isupper()
        # "nar." (born), "ul." (street), "č." (number): what follows is personal.
        abbreviation = raw.endswith(".") and len(word) <= 4
        known = word.isalpha() and (
            word in vocabulary or (not capitalised and not abbreviation and word in common)
        )
        item = word if known else UNKNOWN
        if item == UNKNOWN and out and out[-1] == UNKNOWN:
            continue
        out.append(item)
    text = " ".join(out)
    while len(text) > MAX_LENGTH:
        out.pop()
        text = " ".join(out)
    return text


class _Buffer:
    """Counts per (day, locale, masked query) kept in this process and written together at
    most every SEARCH_ANALYTICS_FLUSH_SECONDS (and when the process exits): a search does
    not wait for a database write. Only masked queries are ever held, as in the table."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.searches: Counter[tuple[datetime.date, str, str]] = Counter()
        self.zero: Counter[tuple[datetime.date, str, str]] = Counter()
        self.flushed_at = time.monotonic()

    def add(self, key: tuple[datetime.date, str, str], zero: int) -> bool:
        """Count one search; True when it is time to write."""
        with self.lock:
            self.searches[key] += 1
            self.zero[key] += zero
            due = time.monotonic() - self.flushed_at >= settings.SEARCH_ANALYTICS_FLUSH_SECONDS
            return due

    def take(self) -> list[tuple[tuple[datetime.date, str, str], int, int]]:
        with self.lock:
            rows = [(key, n, self.zero[key]) for key, n in self.searches.items()]
            self.searches, self.zero = Counter(), Counter()
            self.flushed_at = time.monotonic()
        return rows


_buffer = _Buffer()


def record_search(*, query: str, locale: str, total: int) -> None:
    text = normalise_query(query, locale)
    if not text:
        return
    if _buffer.add((timezone.localdate(), locale, text), 1 if total == 0 else 0):
        flush()


def flush() -> None:
    """Write the counts this process holds (one UPDATE, or an INSERT, per distinct query)."""
    for (day, locale, text), searches, zero in _buffer.take():
        rows = SearchQueryDaily.objects.filter(day=day, locale=locale, query=text)
        added = {"searches": F("searches") + searches, "zero_results": F("zero_results") + zero}
        if rows.update(**added):
            continue
        try:
            with transaction.atomic():
                SearchQueryDaily.objects.create(
                    day=day, locale=locale, query=text, searches=searches, zero_results=zero
                )
        except IntegrityError:  # another process created today's row first
            rows.update(**added)


def _flush_at_exit() -> None:
    # The database may be gone at exit; the counts are aggregates, not content.
    with contextlib.suppress(Exception):
        flush()


atexit.register(_flush_at_exit)


def purge_expired(*, today: datetime.date | None = None) -> int:
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=settings.SEARCH_ANALYTICS_RETENTION_DAYS)
    deleted, _ = SearchQueryDaily.objects.filter(day__lt=cutoff).delete()
    AnsweredQuestion.objects.filter(day__lt=cutoff).delete()
    return deleted


def _rows(days: int, locale: str | None) -> QuerySet:
    since = timezone.localdate() - datetime.timedelta(days=days)
    rows = SearchQueryDaily.objects.filter(day__gte=since)
    return rows.filter(locale=locale) if locale else rows


def top_queries(
    *,
    days: int = 30,
    zero_only: bool = False,
    min_searches: int = 2,
    min_days: int | None = None,
    locale: str | None = None,
) -> QuerySet:
    """Queries over the last ``days``, most searched first. A query is shown only once it was
    searched at least ``min_searches`` times on at least ``min_days`` different days: a
    query typed about one client on one day is the likeliest to identify them. Queries made
    only of unknown words are counted by ``unknown_word_counts`` instead."""
    min_days = settings.SEARCH_ANALYTICS_MIN_DAYS if min_days is None else min_days
    totals = (
        _rows(days, locale)
        .exclude(query=UNKNOWN)
        .values("query", "locale")
        .annotate(total=Sum("searches"), zero=Sum("zero_results"), days=Count("day"))
        .filter(total__gte=min_searches, days__gte=min_days)
    )
    if zero_only:
        return totals.filter(zero__gt=0).order_by("-zero", "query")
    return totals.order_by("-total", "query")


def unknown_word_counts(*, days: int = 30, locale: str | None = None) -> dict[str, int]:
    """How many searches contained words outside the vocabulary, and how many of those found
    nothing."""
    result = (
        _rows(days, locale)
        .filter(query__contains=UNKNOWN)
        .aggregate(searches=Sum("searches"), zero=Sum("zero_results"))
    )
    return {"searches": result["searches"] or 0, "zero": result["zero"] or 0}


class Outcome:
    """What became of a search, as the search page or a partner reports it."""

    OPENED = "opened"
    NOT_HELPFUL = "not_helpful"


def record_outcome(*, query: str, locale: str, outcome: str) -> str:
    """Count that a result of ``query`` was opened, or that it did not help, on today's row
    of the masked query (made if the search was counted on another day or elsewhere).
    Returns the masked query as stored ("" when nothing was stored)."""
    text = normalise_query(query, locale)
    # A query of unknown words only tells an editor nothing: not counted.
    if text in ("", UNKNOWN) or outcome not in (Outcome.OPENED, Outcome.NOT_HELPFUL):
        return ""
    rows = SearchQueryDaily.objects.filter(day=timezone.localdate(), locale=locale, query=text)
    added = {outcome: F(outcome) + 1}
    if not rows.update(**added):
        try:
            with transaction.atomic():
                SearchQueryDaily.objects.create(
                    day=timezone.localdate(), locale=locale, query=text, **{outcome: 1}
                )
        except IntegrityError:
            rows.update(**added)
    return text


# Words that make a question of the same content words: "co je vykazani", "vykazani co to
# je" and "what is eviction" group with "vykazani" and "eviction".
_QUESTION_WORDS = """
    a i co jak jaka jake jaky kde kdy kdo kam proc cim koho komu je jsou to se si mi me muj
    moje muzu mohu muze lze da dat jde the a an is are what how where when why who can do
    does i my me to of for
"""
QUESTION_WORDS = frozenset(_QUESTION_WORDS.split())


def group_key(query: str) -> str:
    """The content words of a masked query, without question words, one-letter words
    (prepositions: "z", "v", "k") and ``UNKNOWN``, in sorted order: one group for the same question asked in a different word order."""
    words = {w for w in query.split() if w != UNKNOWN and w not in QUESTION_WORDS and len(w) > 1}
    if not words:
        words = {w for w in query.split() if w != UNKNOWN}
    return " ".join(sorted(words))[:MAX_LENGTH]


@dataclass
class Unanswered:
    """One group of queries that found nothing or whose results nobody opened."""

    key: str
    locale: str
    phrasing: str = ""  # the group's most searched query, offered as the phrasing
    searches: int = 0
    zero: int = 0
    opened: int = 0
    not_helpful: int = 0
    queries: Counter = field(default_factory=Counter)
    days: set = field(default_factory=set)

    @property
    def unopened(self) -> int:
        """Searches that found something, none of whose results anybody opened."""
        return self.searches - self.zero if self.opened == 0 else 0

    @property
    def weight(self) -> int:
        return self.zero + self.not_helpful + self.unopened

    @property
    def variants(self) -> list[str]:
        return [q for q, _n in self.queries.most_common()]


def unanswered_questions(
    *, days: int = 30, locale: str | None = None, min_days: int | None = None, limit: int = 50
) -> list[Unanswered]:
    """Groups of queries over the last ``days`` that found nothing, were reported not
    helpful, or whose results nobody opened — each seen on at least ``min_days`` different
    days (as ``top_queries``), without the groups an editor answered (counted again only
    for searches after that day). The most pressing first."""
    min_days = settings.SEARCH_ANALYTICS_MIN_DAYS if min_days is None else min_days
    answered = {
        (a.locale, a.key): a.day
        for a in AnsweredQuestion.objects.filter(**({"locale": locale} if locale else {})).only(
            "locale", "key", "day"
        )
    }
    groups: dict[tuple[str, str], Unanswered] = {}
    for row in _rows(days, locale).exclude(query=UNKNOWN).iterator():
        key = group_key(row.query)
        handled = answered.get((row.locale, key))
        if not key or (handled and row.day <= handled):
            continue
        group = groups.setdefault((row.locale, key), Unanswered(key=key, locale=row.locale))
        group.searches += row.searches
        group.zero += row.zero_results
        group.opened += row.opened
        group.not_helpful += row.not_helpful
        group.queries[row.query] += row.searches
        group.days.add(row.day)
    found = [g for g in groups.values() if len(g.days) >= min_days and g.searches and g.weight > 0]
    for group in found:
        group.phrasing = group.variants[0].replace(UNKNOWN, " ").strip()
        group.phrasing = " ".join(group.phrasing.split())
    found.sort(key=lambda g: (-g.weight, -g.searches, g.key))
    return found[:limit]


def mark_answered(*, locale: str, key: str, page_id: int) -> None:
    """The group ``key`` (as the report showed it) was answered by ``page_id`` today; the
    key is masked again, so nothing but known words is ever stored, and no person."""
    key = group_key(normalise_query(key, locale))
    if key:
        AnsweredQuestion.objects.update_or_create(
            locale=locale, key=key, defaults={"page_id": page_id, "day": timezone.localdate()}
        )


__all__ = [
    "Outcome",
    "Unanswered",
    "common_words",
    "group_key",
    "mark_answered",
    "record_outcome",
    "unanswered_questions",
    "MAX_LENGTH",
    "REDACTED",
    "UNKNOWN",
    "normalise_query",
    "purge_expired",
    "record_search",
    "flush",
    "top_queries",
    "unknown_word_counts",
]
