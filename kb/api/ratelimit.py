"""Per-key (or, without a key, per-address) request limits in fixed one-minute windows.
Counters live in Django's cache, which is shared by every process and host (the
database cache by default, Redis when configured); with the database cache two
simultaneous requests may both read the same count, so a burst can overshoot by a few.

With the database cache, writing the counter on every request would make every API request a
database write (on SQLite, one writer at a time). There each process counts in memory and adds
its count to the shared counter at most every ``KB_API_RATE_LIMIT_SYNC_SECONDS`` (and at once
when the caller is near the limit); one process still refuses exactly at the limit, several
together may overshoot by what they served in that interval. 0 writes every request."""

import threading
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.db import BaseDatabaseCache
from django.core.signals import setting_changed
from django.http import HttpRequest

from .errors import RATE_LIMITED, RequestRejected
from .models import ApiKey

WINDOW_SECONDS = 60


@dataclass(frozen=True)
class RateState:
    limit: int
    remaining: int
    reset_in: int

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset_in),
        }


def client_bucket(request: HttpRequest, api_key: ApiKey | None) -> tuple[str, int]:
    if api_key is not None:
        limit = api_key.rate_limit_per_minute or settings.KB_API_RATE_LIMITS[api_key.scope]
        return f"key:{api_key.prefix}", limit
    # REMOTE_ADDR is the address the server saw; behind a proxy, make the proxy set it.
    return f"ip:{request.META.get('REMOTE_ADDR', '')}", settings.KB_API_RATE_LIMITS["anonymous"]


def rate_limit_hit(*, bucket: str, limit: int, cost: int = 1) -> RateState:
    """Counts ``cost`` requests against ``bucket``; refuses with 429 over the limit."""
    now = time.time()
    window = int(now // WINDOW_SECONDS)
    reset_in = WINDOW_SECONDS - int(now % WINDOW_SECONDS)
    key = f"kb-api:rate:{bucket}:{window}"
    sync_every = settings.KB_API_RATE_LIMIT_SYNC_SECONDS
    if sync_every > 0 and isinstance(caches["default"], BaseDatabaseCache):
        count = _local.hit(key, cost, limit=limit, now=now, sync_every=sync_every)
    else:
        count = _shared_add(key, cost)
    state = RateState(limit=limit, remaining=max(0, limit - count), reset_in=reset_in)
    if count > limit:
        raise RequestRejected(
            RATE_LIMITED,
            f"Too many requests: at most {limit} a minute. Retry in {reset_in} s.",
            headers={"Retry-After": str(reset_in), **state.headers()},
        )
    return state


def _shared_add(key: str, cost: int) -> int:
    try:
        # The usual case, an existing window, costs one read and one write.
        return cache.incr(key, cost)
    except ValueError:
        return cost if cache.add(key, cost, timeout=WINDOW_SECONDS + 5) else cache.incr(key, cost)


class _LocalCounts:
    """This process's requests per window not yet added to the shared counter."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._windows: dict[str, list[float]] = {}  # key -> [shared seen, pending, synced at]

    def hit(self, key: str, cost: int, *, limit: int, now: float, sync_every: float) -> int:
        with self._lock:
            entry = self._windows.get(key)
            if entry is None:
                self._forget_old(key)
                entry = self._windows[key] = [float(cache.get(key, 0)), 0.0, now]
            entry[1] += cost
            near_limit = entry[0] + entry[1] >= limit * 0.8
            if near_limit or now - entry[2] >= sync_every:
                entry[0], entry[1], entry[2] = float(_shared_add(key, int(entry[1]))), 0.0, now
            return int(entry[0] + entry[1])

    def _forget_old(self, key: str) -> None:
        """A new window of a bucket ends its old ones (they no longer count)."""
        bucket = key.rsplit(":", 1)[0]
        for old in [k for k in self._windows if k.rsplit(":", 1)[0] == bucket]:
            del self._windows[old]
        if len(self._windows) > 10_000:  # many callers: start over rather than grow
            self._windows.clear()

    def clear(self, **kwargs: Any) -> None:
        with self._lock:
            self._windows.clear()


_local = _LocalCounts()
setting_changed.connect(_local.clear, dispatch_uid="kb_api_rate_local_counts")
