"""Privacy-preserving search analytics: per masked query, locale and day, a count of searches
and of searches that found nothing. Nothing links a row to a person, a session, an IP address
or a time of day, and rows older than the retention period are deleted.

A query is stored only as the words the knowledge base itself uses (search.vocabulary); any
other word — a client's name, a street, a number, a date, an e-mail — is replaced by
``UNKNOWN`` before anything is written. The report shows a query only once it was searched
on several different days, and counts the searches that contained unknown words."""

import atexit
import contextlib
import datetime
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, F, QuerySet, Sum
from django.utils import timezone

from kb.folding import fold

from .models import SearchQueryDaily
from .vocabulary import content_vocabulary

MAX_LENGTH = 100
MAX_WORDS = 12
UNKNOWN = "…"
# Kept for callers that still refer to the old placeholder: a query made only of unknown
# words is stored as UNKNOWN.
REDACTED = UNKNOWN


def normalise_query(query: str, locale: str = "cs") -> str:
    """Folded query with every word outside the vocabulary masked; a run of unknown words
    becomes one ``UNKNOWN``. 'Jana Nováková vykázání' → '… vykazani'."""
    vocabulary = content_vocabulary(locale)
    out: list[str] = []
    for token in fold(query or "").split()[:MAX_WORDS]:
        word = token.strip(".,;:!?\"'()[]{}")
        known = word.isalpha() and word in vocabulary
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


__all__ = [
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
