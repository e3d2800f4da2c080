"""Register GraphQL documents as persisted queries (the allowlist of keys that may run
only those). Takes .graphql files (each file one document) or Apollo persisted-query
manifests (JSON from @apollo/generate-persisted-query-manifest)."""

import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from kb.api.persisted import persisted_query_register, sha256_of


class Command(BaseCommand):
    help = "Register GraphQL documents (.graphql files or Apollo manifests) as persisted queries."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("files", nargs="+")

    def handle(self, *args: Any, files: list[str], **options: Any) -> None:
        for name in files:
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"No such file: {name}")
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".json":
                manifest = json.loads(text)
                documents = [(op.get("name", ""), op["body"]) for op in manifest["operations"]]
            else:
                documents = [(path.stem, text)]
            for label, document in documents:
                persisted_query_register(document=document, name=label)
                self.stdout.write(f"{sha256_of(document)}  {label}")
