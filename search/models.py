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


class SynonymKind(models.TextChoices):
    SAME = "same", _("Same meaning")
    LAY = "lay", _("Everyday words for content terms")


class SearchSynonym(models.Model):
    """A group of words that mean the same, e.g. 'násilná osoba, násilník, agresor'; or
    everyday words and the content terms they stand for ("mlátit, zmlátit" → "bije, násilí",
    see search.colloquial). Added to the shipped lists on the next `search_index rebuild`."""

    kind = models.CharField(
        max_length=8,
        choices=SynonymKind.choices,
        default=SynonymKind.SAME,
        verbose_name=_("kind"),
        help_text=_(
            "Everyday words: how people say it, searched as the content terms below "
            "(in any inflection, with or without diacritics). Takes effect for the search "
            "engine after the next search index rebuild (python manage.py search_index "
            "rebuild); the database search uses it at once."
        ),
    )

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
    content_terms = models.CharField(
        max_length=500,
        blank=True,
        help_text=_(
            "For everyday words only: comma-separated words or phrases the content uses, "
            'e.g. "bije, násilí". Each must occur in the content of the chosen language.'
        ),
        verbose_name=_("content terms"),
    )
    note = models.CharField(max_length=200, blank=True, verbose_name=_("note"))

    panels = [
        FieldPanel("kind"),
        FieldPanel("locale"),
        FieldPanel("terms"),
        FieldPanel("content_terms"),
        FieldPanel("note"),
    ]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["locale", "terms"]

    def __str__(self) -> str:
        return self.terms

    @property
    def rule(self) -> str:
        """The same-meaning group as a synonym rule ("" for everyday words: see
        search.colloquial)."""
        if self.kind == SynonymKind.LAY:
            return ""
        return ", ".join(t.strip() for t in self.terms.split(",") if t.strip())

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        words = [t for t in self.terms.split(",") if t.strip()]
        if any(ch in self.terms + self.content_terms for ch in "=>#"):
            raise ValidationError({"terms": _("Use only words, spaces and commas.")})
        if self.kind == SynonymKind.LAY:
            self._clean_lay(words)
        elif len(words) < 2:
            raise ValidationError({"terms": _("Enter at least two comma-separated terms.")})

    def _clean_lay(self, words: list[str]) -> None:
        from django.core.exceptions import ValidationError

        from .content_terms import missing_targets

        targets = [t.strip() for t in self.content_terms.split(",") if t.strip()]
        if not words:
            raise ValidationError({"terms": _("Enter at least one everyday word.")})
        if not targets:
            raise ValidationError(
                {"content_terms": _("Enter the content terms these everyday words stand for.")}
            )
        missing = missing_targets(targets, self.locale)
        if missing:
            raise ValidationError(
                {
                    "content_terms": _(
                        "Not found in the content of this language: %(terms)s. Use words "
                        "the pages or services use."
                    )
                    % {"terms": ", ".join(missing)}
                }
            )
