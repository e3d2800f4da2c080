"""One worker runs every background job on the schedules in settings; several workers
never run the same job at once; publishing wakes webhook delivery right after the commit."""

import datetime
import threading
import time

import pytest
from django.core import mail
from django.db import OperationalError, connection, connections
from django.test import override_settings
from django.utils import timezone

from kb.ops import worker
from kb.ops.models import JobLease, WorkerHeartbeat
from kb.webhooks.models import DeliveryStatus, WebhookDelivery
from tests.kb.webhooks.test_webhooks import partner, publish, webhook_for  # noqa: F401


@pytest.fixture
def leases(db):
    worker.ensure_leases()
    return JobLease.objects


def test_every_job_is_scheduled_and_runs_once_per_period(leases):
    assert set(leases.values_list("name", flat=True)) == {
        "search_drain",
        "webhooks",
        "publish_scheduled",
        "review_reminders",
        "purge_analytics",
    }
    assert worker.run_job("publish_scheduled", "a") is True
    lease = leases.get(name="publish_scheduled")
    assert lease.locked_until is None and lease.runs == 1 and lease.last_error == ""
    assert lease.next_run_at > timezone.now() + datetime.timedelta(seconds=50)
    # Not due again within the minute, by this worker or another one.
    assert worker.run_job("publish_scheduled", "a") is False
    assert worker.run_job("publish_scheduled", "b") is False


def test_a_job_held_by_one_worker_is_not_taken_by_another_until_its_lease_expires(leases):
    assert worker.claim("webhooks", "worker-a") is not None
    assert worker.claim("webhooks", "worker-b") is None
    later = timezone.now() + datetime.timedelta(hours=1)  # worker-a died; its lease ran out
    assert worker.claim("webhooks", "worker-b", now=later).locked_by == "worker-b"


def test_a_failing_job_is_retried_sooner_and_the_others_still_run(leases, monkeypatch):
    def broken(lease):
        raise RuntimeError("SMTP server refused")

    monkeypatch.setitem(worker.JOBS, "review_reminders", broken)
    worker.run(once=True, owner="w1")
    lease = leases.get(name="review_reminders")
    assert lease.failures_in_a_row == 1 and "SMTP server refused" in lease.last_error
    assert lease.next_run_at < timezone.now() + datetime.timedelta(seconds=5)
    # The other jobs ran anyway, and the worker left its heartbeat.
    assert leases.get(name="publish_scheduled").runs == 1
    assert WorkerHeartbeat.objects.filter(worker_id="w1").exists()


def test_the_worker_sends_review_reminders_weekly(leases, settings):
    settings.KB_WORKER_JOBS = {"review_reminders": settings.KB_WORKER_JOBS["review_reminders"]}
    worker.run(once=True, owner="w1")
    sent = len(mail.outbox)
    assert leases.get(name="review_reminders").runs == 1
    worker.run(once=True, owner="w1")  # a week has not passed
    assert len(mail.outbox) == sent
    assert leases.get(name="review_reminders").next_run_at > timezone.now() + datetime.timedelta(
        days=6
    )


def test_publishing_wakes_webhook_delivery_right_after_the_commit(
    leases,
    partner,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    endpoint = partner(200)
    webhook_for("public", endpoint.url)
    worker.run_job("webhooks", "w1")  # ran recently: next run in 30 s
    assert worker.run_job("webhooks", "w1") is False
    with django_capture_on_commit_callbacks(execute=True):
        publish("postup-pri-vykazani", summary="Upraveno.")
    assert worker.due_jobs() and "webhooks" in worker.due_jobs()
    assert worker.run_job("webhooks", "w1") is True
    assert WebhookDelivery.objects.get().status == DeliveryStatus.DELIVERED
    assert len(endpoint.received) == 1


@pytest.mark.django_db(transaction=True)
def test_a_job_the_database_broke_off_runs_again_as_soon_as_the_database_is_back(monkeypatch):
    """PostgreSQL restarted in the middle of a search drain: the worker must not wait out the
    drain's 5-minute lease before indexing the edits made meanwhile."""
    worker.ensure_leases()
    calls = []

    def drain(lease):
        calls.append(lease.locked_by)
        if len(calls) == 1:
            raise OperationalError("terminating connection due to administrator command")
        return "applied 3"

    monkeypatch.setitem(worker.JOBS, "search_drain", drain)
    worker.run(once=True, owner="w1")  # the database goes away during the drain
    held = JobLease.objects.get(name="search_drain")
    assert held.locked_by == "w1" and held.locked_until > timezone.now() + datetime.timedelta(
        seconds=60
    )
    worker.run(once=True, owner="w1")  # the next turn of the same worker's loop
    assert calls == ["w1", "w1"]
    lease = JobLease.objects.get(name="search_drain")
    assert lease.locked_until is None and lease.last_error == "" and lease.runs == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_many_workers_at_once_run_a_due_job_exactly_once():
    assert connection.vendor == "postgresql"
    worker.ensure_leases()
    runs = []
    barrier = threading.Barrier(8)

    def counting(lease):
        runs.append(lease.locked_by)
        return "ok"

    def one_worker(n):
        barrier.wait()
        try:
            worker.run_job("purge_analytics", f"w{n}")
        finally:
            connections.close_all()

    with override_settings():
        original = worker.JOBS["purge_analytics"]
        worker.JOBS["purge_analytics"] = counting
        try:
            threads = [threading.Thread(target=one_worker, args=(n,)) for n in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            worker.JOBS["purge_analytics"] = original
    assert len(runs) == 1
    assert JobLease.objects.get(name="purge_analytics").runs == 1


@pytest.mark.parametrize("failure", ["500", pytest.param("timeout", marks=pytest.mark.slow)])
def test_a_failing_partner_gets_the_notification_later_at_least_once(
    leases,
    partner,  # noqa: F811
    monkeypatch,
    failure,
):
    from kb.webhooks import delivery as delivery_module

    monkeypatch.setattr(delivery_module, "TIMEOUT_SECONDS", 1)
    endpoint = partner(500, 200)
    if failure == "timeout":
        # The first request waits longer than the timeout, the next ones answer at once.
        original = endpoint.server.RequestHandlerClass.do_POST
        calls = []

        def slow_then_fast(handler):
            calls.append(1)
            if len(calls) == 1:
                time.sleep(2)
            original(handler)

        endpoint.server.RequestHandlerClass.do_POST = slow_then_fast
    webhook_for("public", endpoint.url)
    publish("postup-pri-vykazani", summary="Upraveno.")
    worker.run_job("webhooks", "w1")
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == DeliveryStatus.PENDING and delivery.attempts == 1
    assert delivery.next_attempt_at > timezone.now()  # backoff
    # The backoff passes (the clock moves on); the worker's next run delivers it.
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())
    worker.wake("webhooks")
    assert worker.run_job("webhooks", "w1")
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED and delivery.attempts == 2
    ids = {headers["X-KB-Delivery"] for headers, _ in endpoint.received}
    assert ids == {str(delivery.pk)}  # the same notification, delivered at least once


@pytest.mark.parametrize("drain_on_commit", [False])
def test_publishing_makes_the_workers_search_drain_due_right_after_the_commit(
    leases, settings, django_capture_on_commit_callbacks, drain_on_commit
):
    """When the worker indexes (not the web process), an edit does not wait for the
    drain's next period to become searchable."""
    settings.SEARCH_DRAIN_ON_COMMIT = drain_on_commit
    settings.SEARCH_URL = "http://127.0.0.1:9"
    worker.run_job("search_drain", "w1")
    assert "search_drain" not in worker.due_jobs()
    with django_capture_on_commit_callbacks(execute=True):
        publish("postup-pri-vykazani", summary="Upraveno.")
    assert "search_drain" in worker.due_jobs()


def test_the_lease_of_a_worker_killed_mid_job_is_taken_over_once_its_heartbeat_stops(
    leases, settings
):
    """A SIGKILLed worker never releases its lease; its stale heartbeat frees it long
    before ``locked_until`` (5 minutes for the search drain), so edits keep being indexed."""
    now = timezone.now()
    assert worker.claim("search_drain", "killed") is not None
    WorkerHeartbeat.objects.create(
        worker_id="killed",
        started_at=now - datetime.timedelta(minutes=10),
        seen_at=now - datetime.timedelta(seconds=settings.KB_WORKER_DEAD_AFTER + 5),
    )
    leases.filter(name="search_drain").update(next_run_at=now)
    assert "search_drain" in worker.due_jobs()
    assert worker.claim("search_drain", "restarted").locked_by == "restarted"


def test_a_live_workers_lease_is_not_taken_over(leases):
    now = timezone.now()
    assert worker.claim("search_drain", "alive") is not None
    WorkerHeartbeat.objects.create(worker_id="alive", started_at=now, seen_at=now)
    assert worker.claim("search_drain", "other") is None


@pytest.mark.django_db(transaction=True)
def test_the_heartbeat_goes_on_while_a_long_job_runs(settings, monkeypatch):
    settings.KB_WORKER_POLL_SECONDS = 0.05
    worker.ensure_leases()
    started = threading.Event()
    finish = threading.Event()

    def long_job(lease):
        started.set()
        finish.wait(120)
        return "done"

    monkeypatch.setitem(worker.JOBS, "search_drain", long_job)
    stop = threading.Event()
    loop = threading.Thread(target=worker.run, kwargs={"stop": stop, "owner": "busy"})
    loop.start()
    try:
        assert started.wait(120)
        job_began = timezone.now()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            beat = WorkerHeartbeat.objects.filter(worker_id="busy").first()
            if beat and beat.seen_at > job_began:
                break
            time.sleep(0.05)
        else:
            pytest.fail("no heartbeat while the job ran")
        assert worker.claim("search_drain", "other") is None  # still its job
    finally:
        finish.set()
        stop.set()
        loop.join(120)
        connections.close_all()
