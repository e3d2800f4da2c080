"""The worker's jobs. Each calls the function behind the matching management command
(``search_index drain``, ``deliver_webhooks``, ``publish_scheduled``,
``send_review_reminders``, ``purge_search_analytics``); schedules live in
settings.KB_WORKER_JOBS."""

from django.core.management import call_command

from .models import JobLease


def search_drain(lease: JobLease) -> str:
    from search import indexer
    from search.client import get_client

    client = get_client()
    if client is None:
        return "database search: nothing to drain"
    if lease.failures_in_a_row:
        # The last run found the engine down. Once it answers again, entries that failed
        # meanwhile are due now rather than after their backoff.
        client.info()
        indexer.retry_now()
    report = indexer.drain(client=client)
    return f"applied {report.applied}, failed {report.failed}"


def deliver_webhooks(lease: JobLease) -> str:
    from kb.webhooks.delivery import deliver_due

    counts = deliver_due()
    return ", ".join(f"{name} {count}" for name, count in counts.items())


def publish_scheduled(lease: JobLease) -> str:
    call_command("publish_scheduled", verbosity=0)
    return "done"


def review_reminders(lease: JobLease) -> str:
    from kb.guidance.reminders import review_reminders_send

    return f"sent {review_reminders_send()}"


def purge_analytics(lease: JobLease) -> str:
    from search.analytics import purge_expired
    from search.indexer import purge_processed

    return f"search counts {purge_expired()}, applied outbox entries {purge_processed()}"


JOBS = {
    "search_drain": search_drain,
    "webhooks": deliver_webhooks,
    "publish_scheduled": publish_scheduled,
    "review_reminders": review_reminders,
    "purge_analytics": purge_analytics,
}
