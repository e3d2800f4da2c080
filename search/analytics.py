"""Privacy-preserving search analytics: per normalised query, locale and day, a count of
searches and of searches that found nothing. Nothing links a row to a person, a session, an
IP address or a time of day, and rows older than the retention period are deleted."""

import datetime
import re

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, QuerySet, Sum
from django.utils import timezone

from kb.guidance.text import fold

from .models import SearchQueryDaily

MAX_LENGTH = 100
# Something that looks like a phone number, an e-mail, a birth number or a date could identify
# a person: such queries are counted under a placeholder, never stored as typed.
PERSONAL = re.compile(r"\d{3}[\s-]?\d{3}|@|\d{6}/?\d{3,4}|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}")
REDACTED = "[osobní údaj / personal data]"


def normalise_query(query: str) -> str:
    text = " ".join(fold(query).split())[:MAX_LENGTH]
    return REDACTED if PERSONAL.search(text) else text


def record_search(*, query: str, locale: str, total: int) -> None:
    text = normalise_query(query)
    if not text:
        return
    day = timezone.localdate()
    zero = 1 if total == 0 else 0
    rows = SearchQueryDaily.objects.filter(day=day, locale=locale, query=text)
    if rows.update(searches=F("searches") + 1, zero_results=F("zero_results") + zero):
        return
    try:
        with transaction.atomic():
            SearchQueryDaily.objects.create(
                day=day, locale=locale, query=text, searches=1, zero_results=zero
            )
    except IntegrityError:  # another request created today's row first
        rows.update(searches=F("searches") + 1, zero_results=F("zero_results") + zero)


def purge_expired(*, today: datetime.date | None = None) -> int:
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=settings.SEARCH_ANALYTICS_RETENTION_DAYS)
    deleted, _ = SearchQueryDaily.objects.filter(day__lt=cutoff).delete()
    return deleted


def top_queries(
    *, days: int = 30, zero_only: bool = False, min_searches: int = 2, locale: str | None = None
) -> QuerySet:
    """Queries over the last ``days``, most searched first. Queries seen fewer than
    ``min_searches`` times are left out: a one-off query is the likeliest to name someone."""
    since = timezone.localdate() - datetime.timedelta(days=days)
    rows = SearchQueryDaily.objects.filter(day__gte=since)
    if locale:
        rows = rows.filter(locale=locale)
    totals = (
        rows.values("query", "locale")
        .annotate(total=Sum("searches"), zero=Sum("zero_results"))
        .filter(total__gte=min_searches)
    )
    if zero_only:
        totals = totals.filter(zero__gt=0).order_by("-zero", "query")
    else:
        totals = totals.order_by("-total", "query")
    return totals
