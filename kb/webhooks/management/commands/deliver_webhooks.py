from typing import Any

from django.core.management.base import BaseCommand

from kb.webhooks.delivery import deliver_due


class Command(BaseCommand):
    help = "Send due webhook notifications (run every minute from cron or a worker)."

    def handle(self, *args: Any, **options: Any) -> None:
        counts = deliver_due()
        self.stdout.write(
            f"delivered {counts['delivered']}, failed {counts['failed']}, waiting {counts['waiting']}"
        )
