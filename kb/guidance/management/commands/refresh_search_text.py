"""Recompute the stored ``search_text`` (folded text plus lemmas) of every page and snippet,
e.g. after the lemmatisation changed: new and edited rows get it on save. Writes only rows
whose text changed, without new revisions, signals or index changes."""

from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand

from kb.guidance.lemmas import FoldedSearchText
from kb.guidance.models import KnowledgePage

BATCH = 200


class Command(BaseCommand):
    help = "Recompute the stored search text (database search) of pages and snippets."

    def handle(self, *args: Any, **options: Any) -> None:
        changed = 0
        pages = KnowledgePage.objects.order_by("pk").specific().iterator(chunk_size=BATCH)
        for page in pages:
            text = page.stored_search_text()
            if text != page.search_text:
                KnowledgePage.objects.filter(pk=page.pk).update(search_text=text)
                changed += 1
        self.stdout.write(f"pages: {changed} updated")
        for model in apps.get_models():
            if not issubclass(model, FoldedSearchText):
                continue
            updated = 0
            for row in model._default_manager.order_by("pk").iterator(chunk_size=BATCH):
                text = row.folded_search_text()
                if text != row.search_text:
                    model._default_manager.filter(pk=row.pk).update(search_text=text)
                    updated += 1
            self.stdout.write(f"{model._meta.label}: {updated} updated")
