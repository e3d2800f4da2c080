"""With the database cache, rate limiting writes the shared counter at most once a sync
interval per process, and still refuses at the limit."""

import time
from types import SimpleNamespace

from django.core.cache import cache

from kb.api import ratelimit
from kb.api.errors import RequestRejected


def test_one_process_refuses_exactly_at_the_limit_without_writing_each_request(
    db, settings, monkeypatch
):
    settings.KB_API_RATE_LIMIT_SYNC_SECONDS = 60
    writes = []
    real_add = ratelimit._shared_add
    monkeypatch.setattr(ratelimit, "_shared_add", lambda *a: writes.append(a) or real_add(*a))
    states = [ratelimit.rate_limit_hit(bucket="ip:10.0.0.9", limit=10) for _ in range(7)]
    assert [s.remaining for s in states] == [9, 8, 7, 6, 5, 4, 3]
    assert len(writes) == 0  # far from the limit: counted in memory only
    for _ in range(3):
        ratelimit.rate_limit_hit(bucket="ip:10.0.0.9", limit=10)
    try:
        ratelimit.rate_limit_hit(bucket="ip:10.0.0.9", limit=10)
    except RequestRejected as refusal:
        assert refusal.status == 429
    else:
        raise AssertionError("the 11th request in a minute was not refused")


def test_counts_reach_the_shared_counter_after_the_interval(db, settings, monkeypatch):
    settings.KB_API_RATE_LIMIT_SYNC_SECONDS = 1
    start = time.time()
    clock = [start - start % ratelimit.WINDOW_SECONDS + 1]  # early in the current window
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: clock[0]))
    for _ in range(3):
        ratelimit.rate_limit_hit(bucket="ip:10.0.0.8", limit=100)
    clock[0] += 2
    ratelimit.rate_limit_hit(bucket="ip:10.0.0.8", limit=100)
    window = int(clock[0] // ratelimit.WINDOW_SECONDS)
    assert cache.get(f"kb-api:rate:ip:10.0.0.8:{window}") == 4


def test_other_processes_counts_are_seen(db, settings):
    settings.KB_API_RATE_LIMIT_SYNC_SECONDS = 60
    state = ratelimit.rate_limit_hit(bucket="key:abc", limit=100)
    window_key = next(iter(ratelimit._local._windows))
    cache.set(window_key, 95)  # the other workers served 94 meanwhile
    ratelimit._local.clear()
    state = ratelimit.rate_limit_hit(bucket="key:abc", limit=100)
    assert state.remaining == 4
