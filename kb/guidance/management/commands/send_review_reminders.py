from typing import Any

from django.core.management.base import BaseCommand

from kb.guidance.reminders import review_reminders_send


class Command(BaseCommand):
    help = "E-mail content owners their pages that are overdue or due for review (run weekly)."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = review_reminders_send()
        self.stdout.write(f"Sent {sent} review reminder e-mail(s).")
