from typing import Any

from django.core.management.base import BaseCommand

from kb.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Load the demo knowledge base (idempotent: existing objects are left as they are)."

    def handle(self, *args: Any, **options: Any) -> None:
        report = DemoLoader().load()
        if not report.total:
            self.stdout.write("Demo content already loaded; nothing created.")
            return
        summary = ", ".join(f"{kind}: {count}" for kind, count in sorted(report.created.items()))
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded ({summary})."))
