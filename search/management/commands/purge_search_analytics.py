from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from search.analytics import purge_expired
from search.indexer import purge_processed


class Command(BaseCommand):
    help = "Delete search counts older than SEARCH_ANALYTICS_RETENTION_DAYS and applied outbox entries. Run daily."

    def handle(self, *args: Any, **options: Any) -> None:
        removed = purge_expired()
        applied = purge_processed()
        self.stdout.write(
            f"Deleted {removed} search count rows older than "
            f"{settings.SEARCH_ANALYTICS_RETENTION_DAYS} days and {applied} applied outbox entries."
        )
