import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kb.ops import worker


class Command(BaseCommand):
    help = (
        "The background worker: drains the search outbox, sends webhooks, publishes "
        "scheduled pages, sends review reminders and purges old analytics, on the schedules "
        "in settings.KB_WORKER_JOBS. Several may run at once. SIGTERM/Ctrl-C stop it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="Run due jobs once and exit.")

    def handle(self, *args: Any, once: bool, **options: Any) -> None:
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
        worker.run(stop=stop, once=once)
