"""Accent-folded search text for snippets, so editors find them without a search engine.

Each model keeps a folded copy of its searchable fields in ``search_text`` (written on save);
admin listings and choosers match every folded word of the query as a substring. The same
on SQLite and PostgreSQL, with or without an engine, and it forgives missing diacritics and
word endings the way the public search does ("obetech" finds "obětech", "vyk" finds
"Vykázání")."""

from django.db import models
from django.db.models import QuerySet

from kb.guidance.text import fold

MAX_TERMS = 8
MAX_TERM_LENGTH = 64


def folded_terms(query: str) -> list[str]:
    """The query's words, folded, without characters a database cannot store (NUL, lone
    surrogates) and bounded in number and length."""
    text = "".join(
        ch for ch in fold(query or "") if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF
    )
    return [word[:MAX_TERM_LENGTH] for word in text.split()[:MAX_TERMS]]


def folded_search(queryset: QuerySet, query: str) -> QuerySet:
    """Rows whose ``search_text`` contains every word of ``query``."""
    for term in folded_terms(query):
        queryset = queryset.filter(search_text__contains=term)
    return queryset


class FoldedSearchText(models.Model):
    """Adds ``search_text``: the folded text of ``folded_search_fields`` (field or property
    names), refreshed on every save."""

    search_text = models.TextField(blank=True, default="", editable=False)

    folded_search_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.search_text = self.folded_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "search_text" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "search_text"]
        return super().save(*args, **kwargs)

    def folded_search_text(self) -> str:
        parts = (getattr(self, name, "") for name in self.folded_search_fields)
        return fold(" ".join(str(part) for part in parts if part))
