"""Cheap readiness checks: one trivial query, one aggregate over the outbox, one lookup of
the newest heartbeat, and an engine ping cached for a few seconds per process."""

import threading
import time

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone

ENGINE_CHECK_TTL = 5.0  # seconds an engine answer is reused
_engine_cache: dict = {}
_engine_lock = threading.Lock()


def database_state() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return {"status": "unavailable", "error": type(error).__name__}
    return {"status": "ok", "vendor": connection.vendor}


def _breaker_state(client: object) -> str | None:
    """The circuit breaker's state when search/client.py has one (open / closed / …)."""
    breaker = getattr(client, "breaker", None)
    state = getattr(breaker, "state", None)
    return str(getattr(state, "value", state)) if state is not None else None


def search_state() -> dict:
    if not settings.SEARCH_URL:
        return {"status": "absent", "note": "SEARCH_URL unset: search answers from the database"}
    from search.client import EngineUnavailable, get_client

    now = time.monotonic()
    with _engine_lock:
        cached = _engine_cache.get(settings.SEARCH_URL)
        if cached and now - cached[0] < ENGINE_CHECK_TTL:
            return cached[1]
    client = get_client()
    if client is None:
        return {"status": "absent", "note": "no search engine configured"}
    try:
        client.info()
        state = {"status": "ok"}
    except EngineUnavailable:
        state = {"status": "unavailable"}
    breaker = _breaker_state(client)
    if breaker:
        state["breaker"] = breaker
    with _engine_lock:
        _engine_cache[settings.SEARCH_URL] = (now, state)
    return state


def outbox_state() -> dict:
    from search.rebuild import backlog

    current = backlog()
    age = (timezone.now() - current.oldest).total_seconds() if current.oldest else None
    return {
        "pending": current.pending,
        "failing": current.failing,
        "oldest_age_seconds": round(age, 1) if age is not None else None,
    }


def worker_age() -> float | None:
    from .worker import newest_heartbeat

    seen = newest_heartbeat()
    return round((timezone.now() - seen).total_seconds(), 1) if seen else None


def readiness() -> tuple[bool, dict]:
    checks: dict = {"database": database_state()}
    if checks["database"]["status"] != "ok":
        return False, checks
    checks["search"] = search_state()
    checks["outbox"] = outbox_state()
    age = worker_age()
    checks["worker"] = {"heartbeat_age_seconds": age}
    ready = True
    if checks["search"]["status"] == "unavailable" and settings.KB_HEALTH_REQUIRE_ENGINE:
        ready = False
    oldest = checks["outbox"]["oldest_age_seconds"]
    if oldest is not None and oldest > settings.KB_HEALTH_OUTBOX_MAX_AGE:
        checks["outbox"]["status"] = "stuck"
        ready = False if settings.SEARCH_URL else ready
    worker_ok = age is not None and age <= settings.KB_HEALTH_WORKER_MAX_AGE
    checks["worker"]["status"] = "ok" if worker_ok else "missing"
    if not worker_ok and settings.KB_HEALTH_REQUIRE_WORKER:
        ready = False
    return ready, checks
