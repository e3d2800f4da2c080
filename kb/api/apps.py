from typing import Any

from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_migrate


def _create_cache_table(using: str = "default", **kwargs: Any) -> None:
    call_command("createcachetable", database=using, verbosity=0)


class ApiConfig(AppConfig):
    name = "kb.api"
    label = "api"
    verbose_name = "GraphQL API"

    def ready(self) -> None:
        # Rate-limit counters live in the database cache by default. Creating its table on
        # every migrate means no database, test databases included, can lack it (Wagtail
        # writes to the cache as soon as pages or sites are saved).
        post_migrate.connect(_create_cache_table, sender=self)
        from . import (
            checks,  # noqa: F401 - registers the block ↔ type check
            tombstones,
        )

        tombstones.connect()
