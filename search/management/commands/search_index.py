import sys
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from search import indexer, rebuild
from search.client import EngineClient, EngineUnavailable, get_client
from search.models import IndexOutboxEntry

FAILING_SHOWN = 10


class Command(BaseCommand):
    help = "Manage the search indices: rebuild | status | drain."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("rebuild", help="Build new indices and swap them in without downtime.")
        sub.add_parser("status", help="Engine, documents per index vs. database, backlog.")
        sub.add_parser("ensure", help="Build the indices if they do not exist yet.")
        drain = sub.add_parser("drain", help="Apply pending index changes.")
        drain.add_argument(
            "--follow", action="store_true", help="Keep draining (a worker process); Ctrl-C stops."
        )
        drain.add_argument("--interval", type=float, default=2.0)
        drain.add_argument(
            "--retry-now",
            action="store_true",
            help="Retry failed changes immediately instead of after backoff.",
        )

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        client = get_client()
        if client is None:
            raise CommandError("SEARCH_URL is not set: search answers from the database.")
        try:
            getattr(self, f"do_{action}")(client, **options)
        except EngineUnavailable as error:
            raise CommandError(f"Search engine unavailable: {error}") from error

    def do_rebuild(self, client: EngineClient, **options: Any) -> None:
        started = time.monotonic()

        def show(progress: rebuild.Progress) -> None:
            width = 30
            filled = int(width * progress.done / progress.total) if progress.total else width
            sys.stdout.write(
                f"\r{progress.locale}: [{'#' * filled}{'.' * (width - filled)}] "
                f"{progress.done}/{progress.total} documents, {progress.rate:.0f}/s"
            )
            sys.stdout.flush()
            if progress.done >= progress.total:
                sys.stdout.write("\n")

        built = rebuild.rebuild(client, on_progress=show)
        for locale, name in built.items():
            self.stdout.write(f"{locale}: alias now points at {name}")
        self.stdout.write(self.style.SUCCESS(f"Rebuilt in {time.monotonic() - started:.1f}s."))

    def do_ensure(self, client: EngineClient, **options: Any) -> None:
        if rebuild.ensure_indices(client):
            self.stdout.write(self.style.SUCCESS("Search indices built."))
        else:
            self.stdout.write("Search indices exist.")
        indexer.drain(client=client)

    def do_status(self, client: EngineClient, **options: Any) -> None:
        try:
            self.stdout.write(f"Engine: {client.version()} at {client.url}")
            rows = rebuild.status(client)
        except EngineUnavailable as error:
            # The backlog is what an operator needs most during an outage: show it anyway.
            self.stdout.write(f"Engine: unavailable at {client.url} ({str(error)[:200]})")
            rows = []
        for row in rows:
            state = "OK" if row.documents == row.expected else "DIFFERS"
            where = ", ".join(row.indices) or "missing (run: search_index rebuild)"
            self.stdout.write(
                f"{row.alias}: {row.documents} documents, database {row.expected} [{state}] → {where}"
            )
        backlog = rebuild.backlog()
        line = f"Outbox backlog: {backlog.pending} pending, {backlog.failing} failing"
        if backlog.oldest:
            line += f", oldest from {backlog.oldest:%Y-%m-%d %H:%M:%S}"
        self.stdout.write(line)
        if backlog.last_error:
            self.stdout.write(f"Last error: {backlog.last_error[:300]}")
        failing = IndexOutboxEntry.objects.filter(processed_at__isnull=True, attempts__gt=0)
        for entry in failing.order_by("id")[:FAILING_SHOWN]:
            due = f"{entry.next_attempt_at:%Y-%m-%d %H:%M:%S}" if entry.next_attempt_at else "now"
            plural = "" if entry.attempts == 1 else "s"
            self.stdout.write(
                f"  failing #{entry.pk} {entry.object_type} {entry.object_id} ({entry.reason}): "
                f"{entry.attempts} attempt{plural}, next {due}: {entry.last_error[:200]}"
            )
        if backlog.failing > FAILING_SHOWN:
            self.stdout.write(f"  … and {backlog.failing - FAILING_SHOWN} more")

    def do_drain(
        self,
        client: EngineClient,
        *,
        follow: bool,
        interval: float,
        retry_now: bool,
        **options: Any,
    ) -> None:
        if retry_now:
            indexer.retry_now()
        while True:
            try:
                report = indexer.drain(client=client)
            except EngineUnavailable as error:
                if not follow:
                    raise
                self.stderr.write(f"Engine unavailable, will retry: {error}")
                time.sleep(max(interval, 10))
                continue
            if report.applied or report.failed or not follow:
                self.stdout.write(f"Applied {report.applied}, failed {report.failed}.")
            if not follow:
                return
            indexer.purge_processed()
            time.sleep(interval)
