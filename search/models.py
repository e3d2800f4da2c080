"""Search state kept in the database: the indexing outbox, privacy-preserving query counts,
and synonyms that editors add to the shipped lists."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from kb.guidance.choices import PageType
from kb.languages import DEFAULT_LANGUAGE, content_languages


class ObjectType(models.TextChoices):
    PAGE = "page", _("Page")
    SERVICE = "service", _("Service")


# What a search result is (the ``page_type`` facet): each kind of page (PageType, the one
# list of them, under the same names), or a service.
ResultKind = models.TextChoices(  # type: ignore[call-overload]
    "ResultKind",
    [(kind.name, (kind.value, kind.label)) for kind in PageType]
    + [("SERVICE", ("service", _("Service")))],
)


class IndexOutboxEntry(models.Model):
    """'Object X changed': written in the same transaction as the edit, applied in order by the
    indexer. The entry id doubles as the document's external version in the engine, so a late
    or repeated apply can never overwrite newer content."""

    object_type = models.CharField(max_length=16, choices=ObjectType.choices)
    object_id = models.PositiveBigIntegerField()
    reason = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search index change")
        verbose_name_plural = _("search index changes")
        indexes = [models.Index(fields=["processed_at", "id"], name="outbox_pending_idx")]

    def __str__(self) -> str:
        return f"#{self.pk} {self.object_type}:{self.object_id} ({self.reason})"


class SearchQueryDaily(models.Model):
    """How often a normalised query was searched per day and locale, and how often it found
    nothing. Deliberately no user, IP, session or time of day; rows expire (see analytics)."""

    day = models.DateField()
    locale = models.CharField(max_length=8)
    query = models.CharField(max_length=100)
    searches = models.PositiveIntegerField(default=0)
    zero_results = models.PositiveIntegerField(default=0)
    # Click-through: how often a result of this query was opened on the search page, and
    # how often a partner reported that it was opened or did not help (searchFeedback).
    opened = models.PositiveIntegerField(default=0)
    not_helpful = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search query count")
        constraints = [
            models.UniqueConstraint(fields=["day", "locale", "query"], name="unique_query_per_day")
        ]
        indexes = [models.Index(fields=["day"], name="query_day_idx")]

    def __str__(self) -> str:
        return f"{self.day} {self.locale} {self.query!r}: {self.searches}"


class AnsweredQuestion(models.Model):
    """An unanswered question an editor dealt with: its phrasing went to ``page``'s "How
    people ask". Keyed like the report's groups (search.analytics.group_key), so the report
    counts only searches after ``day``. Who did it stays in the page's revision history."""

    locale = models.CharField(max_length=8)
    key = models.CharField(max_length=100)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()

    class Meta:
        verbose_name = _("answered question")
        constraints = [
            models.UniqueConstraint(fields=["locale", "key"], name="unique_answered_question")
        ]

    def __str__(self) -> str:
        return f"{self.locale} {self.key!r} → {self.page_id}"


class SearchSynonym(models.Model):
    """A group of words that mean the same, e.g. 'násilná osoba, násilník, agresor'. Added to
    the shipped lists on the next `search_index rebuild`."""

    locale = models.CharField(
        max_length=8,
        choices=content_languages(),
        default=DEFAULT_LANGUAGE,
        verbose_name=_("language"),
    )
    terms = models.CharField(
        max_length=500,
        help_text=_("Comma-separated words or phrases with the same meaning."),
        verbose_name=_("terms"),
    )
    note = models.CharField(max_length=200, blank=True, verbose_name=_("note"))

    panels = [FieldPanel("locale"), FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["locale", "terms"]

    def __str__(self) -> str:
        return self.terms

    @property
    def rule(self) -> str:
        return ", ".join(t.strip() for t in self.terms.split(",") if t.strip())

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        words = [t for t in self.terms.split(",") if t.strip()]
        if len(words) < 2:
            raise ValidationError({"terms": _("Enter at least two comma-separated terms.")})
        if any(ch in self.terms for ch in "=>#"):
            raise ValidationError({"terms": _("Use only words, spaces and commas.")})
