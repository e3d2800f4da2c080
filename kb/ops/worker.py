"""One worker loop for every background job. Each periodic job has a lease row: a worker
takes it with a conditional UPDATE (atomic on PostgreSQL and SQLite), so several workers
never run the same job at once. A worker beats a heartbeat from its own thread, also while
a job runs; a worker killed mid-job (SIGKILL, OOM, a lost machine) stops beating, and once
its heartbeat is KB_WORKER_DEAD_AFTER seconds old, another worker takes its leases over
instead of waiting for ``locked_until`` (the search drain's is 5 minutes: edits would stay
unsearchable that long). The loop survives database and engine restarts: it closes broken
connections, backs off and tries again."""

import contextlib
import datetime
import logging
import os
import socket
import threading
import uuid

from django.conf import settings
from django.db import (
    DatabaseError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    close_old_connections,
    connections,
    transaction,
)
from django.db.models import Q
from django.utils import timezone

from .jobs import JOBS
from .models import JobLease, WorkerHeartbeat

logger = logging.getLogger("kb.ops.worker")

DEFAULT_TIMEOUT = 600  # seconds a job may run before another worker may take it over
DEFAULT_RETRY_MAX = 600


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def schedules() -> dict[str, dict]:
    return {name: spec for name, spec in settings.KB_WORKER_JOBS.items() if spec.get("every")}


def ensure_leases() -> None:
    now = timezone.now()
    for name in schedules():
        JobLease.objects.get_or_create(name=name, defaults={"next_run_at": now})


def wake(name: str) -> int:
    """Make a job due now (e.g. webhooks right after the commit that queued them)."""
    return JobLease.objects.filter(name=name).update(next_run_at=timezone.now())


def _free(now: datetime.datetime) -> Q:
    """A lease nobody holds: never taken, released, expired, or held by a dead worker (one
    whose heartbeat stopped; a holder without any heartbeat row counts on its lease)."""
    dead = WorkerHeartbeat.objects.filter(
        seen_at__lt=now - datetime.timedelta(seconds=settings.KB_WORKER_DEAD_AFTER)
    ).values("worker_id")
    return Q(locked_until__isnull=True) | Q(locked_until__lt=now) | Q(locked_by__in=dead)


def claim(name: str, owner: str, *, now: datetime.datetime | None = None) -> JobLease | None:
    now = now or timezone.now()
    timeout = schedules()[name].get("timeout", DEFAULT_TIMEOUT)
    taken = (
        JobLease.objects.filter(name=name)
        .filter(Q(next_run_at__isnull=True) | Q(next_run_at__lte=now))
        .filter(_free(now))
        .update(
            locked_until=now + datetime.timedelta(seconds=timeout),
            locked_by=owner,
            last_started_at=now,
        )
    )
    return JobLease.objects.get(name=name) if taken else None


def release(lease: JobLease, owner: str, *, error: str = "") -> None:
    spec = schedules()[lease.name]
    now = timezone.now()
    if error:
        failures = lease.failures_in_a_row + 1
        delay = min(2**failures, spec.get("retry_max", DEFAULT_RETRY_MAX), spec["every"])
    else:
        failures, delay = 0, spec["every"]
    JobLease.objects.filter(name=lease.name, locked_by=owner).update(
        locked_until=None,
        next_run_at=now + datetime.timedelta(seconds=delay),
        last_finished_at=now,
        last_error=error[:2000],
        failures_in_a_row=failures,
        runs=lease.runs + 1,
    )


def run_job(name: str, owner: str) -> bool:
    """Runs ``name`` if it is due and nobody else holds it; True if it ran."""
    lease = claim(name, owner)
    if lease is None:
        return False
    try:
        result = JOBS[name](lease)
    except (OperationalError, InterfaceError):
        # The database itself is gone: the loop backs off and, once the database is back,
        # gives the lease up (release_own_leases) rather than waiting out its timeout.
        raise
    except Exception as error:  # noqa: BLE001 - one failing job must not stop the others
        logger.warning("job %s failed: %s", name, str(error)[:300])
        release(lease, owner, error=f"{type(error).__name__}: {error}")
        return True
    logger.debug("job %s: %s", name, result)
    release(lease, owner)
    return True


def release_own_leases(owner: str) -> int:
    """Make the jobs this worker holds due now. The loop runs one job at a time, so between
    jobs any lease still locked by ``owner`` belongs to a job the database broke off;
    keeping it until ``locked_until`` would stall that job (the search drain: 5 minutes)."""
    return JobLease.objects.filter(locked_by=owner, locked_until__isnull=False).update(
        locked_until=None, next_run_at=timezone.now()
    )


def beat(owner: str, started_at: datetime.datetime) -> None:
    """Record that ``owner`` is alive. Called from the loop and from its heartbeat thread,
    possibly at once: an UPDATE, and the first time an INSERT that tolerates the other
    thread's insert (``update_or_create`` would raise IntegrityError on that race)."""
    now = timezone.now()
    rows = WorkerHeartbeat.objects.filter(worker_id=owner)
    if rows.update(seen_at=now):
        return
    try:
        with transaction.atomic():
            WorkerHeartbeat.objects.create(worker_id=owner, seen_at=now, started_at=started_at)
    except IntegrityError:
        rows.update(seen_at=now)


def _beating(owner: str, started_at: datetime.datetime, stop: threading.Event) -> None:
    """Beat every poll interval until ``stop``, whatever the job loop is doing."""
    try:
        while not stop.wait(settings.KB_WORKER_POLL_SECONDS):
            try:
                beat(owner, started_at)
            except DatabaseError as error:  # the loop reports the database; keep beating
                logger.debug("heartbeat failed: %s", error)
    finally:
        connections.close_all()  # this thread's own connections


def start_heart(
    owner: str, started_at: datetime.datetime
) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(
        target=_beating, args=(owner, started_at, stop), name="worker-heartbeat", daemon=True
    )
    thread.start()
    return thread, stop


def due_jobs(now: datetime.datetime | None = None) -> list[str]:
    now = now or timezone.now()
    names = (
        JobLease.objects.filter(name__in=list(schedules()))
        .filter(Q(next_run_at__isnull=True) | Q(next_run_at__lte=now))
        .filter(_free(now))
        .values_list("name", flat=True)
    )
    return sorted(names)


def run(
    *, stop: threading.Event | None = None, once: bool = False, owner: str | None = None
) -> None:
    """The worker loop. ``once`` runs every due job one time and returns (tests, cron)."""
    stop = stop or threading.Event()
    owner = owner or worker_id()
    started_at = timezone.now()
    poll = settings.KB_WORKER_POLL_SECONDS
    pause = poll
    ready = False
    logger.info("worker %s started", owner)
    heart = None if once else start_heart(owner, started_at)
    while not stop.is_set():
        try:
            if not once:  # a long-running loop: drop broken or expired connections
                close_old_connections()
            if not ready:  # at start, and again after the database was lost
                ensure_leases()
                release_own_leases(owner)
                forget_stale_workers()
                ready = True
            beat(owner, started_at)
            for name in due_jobs():
                if stop.is_set():
                    break
                run_job(name, owner)
            pause = poll
        except (OperationalError, InterfaceError) as error:
            logger.warning("database unavailable, retrying in %.0f s: %s", pause, error)
            for connection in connections.all():
                connection.close_if_unusable_or_obsolete()
                connection.close()
            pause = min(max(pause, 1) * 2, 30)
            ready = False
        if once:
            break
        stop.wait(pause)
    if heart:
        heart[1].set()
        heart[0].join()
    if not once:
        with contextlib.suppress(OperationalError, InterfaceError):
            WorkerHeartbeat.objects.filter(worker_id=owner).delete()
    logger.info("worker %s stopped", owner)


def newest_heartbeat() -> datetime.datetime | None:
    return WorkerHeartbeat.objects.order_by("-seen_at").values_list("seen_at", flat=True).first()


def forget_stale_workers(older_than: float = 3600) -> int:
    cutoff = timezone.now() - datetime.timedelta(seconds=older_than)
    return WorkerHeartbeat.objects.filter(seen_at__lt=cutoff).delete()[0]
