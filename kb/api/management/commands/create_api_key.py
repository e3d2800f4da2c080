from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from kb.api.keys import api_key_create
from kb.api.models import Scope


class Command(BaseCommand):
    help = "Create a partner API key and print it once; only its hash is stored."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--name", required=True, help="Who holds the key.")
        parser.add_argument("--scope", required=True, choices=Scope.values)
        parser.add_argument(
            "--origin",
            action="append",
            default=[],
            help="A browser origin allowed to use the key (repeatable), e.g. https://www.example.cz",
        )
        parser.add_argument(
            "--rate-limit", type=int, help="Requests per minute (default: by scope)."
        )

    def handle(
        self,
        *args: Any,
        name: str,
        scope: str,
        origin: list[str],
        rate_limit: int | None,
        **options: Any,
    ) -> None:
        if not name.strip():
            raise CommandError("--name cannot be empty.")
        key, raw_key = api_key_create(
            name=name.strip(), scope=scope, origins=tuple(origin), rate_limit_per_minute=rate_limit
        )
        self.stdout.write(raw_key)
        self.stderr.write(
            f"Created API key '{key.name}' ({key.scope}). It is shown only now: store it safely. "
            "Revoke it in the admin under Settings → GraphQL API → API keys."
        )
