"""Per-key (or, without a key, per-address) request limits in fixed one-minute windows.
Counters live in Django's cache, which is shared by every process and host (the
database cache by default, Redis when configured); with the database cache two
simultaneous requests may both read the same count, so a burst can overshoot by a few."""

import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

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


def client_bucket(request, api_key: ApiKey | None) -> tuple[str, int]:
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
    try:
        # The usual case, an existing window, costs one read and one write.
        count = cache.incr(key, cost)
    except ValueError:
        count = cost if cache.add(key, cost, timeout=WINDOW_SECONDS + 5) else cache.incr(key, cost)
    state = RateState(limit=limit, remaining=max(0, limit - count), reset_in=reset_in)
    if count > limit:
        raise RequestRejected(
            RATE_LIMITED,
            f"Too many requests: at most {limit} a minute. Retry in {reset_in} s.",
            headers={"Retry-After": str(reset_in), **state.headers()},
        )
    return state
