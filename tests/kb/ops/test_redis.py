"""With REDIS_URL, the cache and the API's rate-limit counters live in Redis: a burst of
simultaneous requests is counted exactly, never more answered than the limit."""

import threading
import uuid

import pytest
from django.core.cache import caches
from django.test import override_settings

from kb.api.errors import RequestRejected
from kb.api.ratelimit import rate_limit_hit


@pytest.fixture
def redis_cache(redis_url):
    config = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
        }
    }
    with override_settings(CACHES=config):
        caches["default"].clear()  # the override gives a fresh handler per settings change
        yield caches["default"]


def test_a_burst_of_requests_is_counted_exactly(redis_cache):
    assert type(redis_cache).__name__ == "RedisCache"
    bucket = f"key:burst-{uuid.uuid4().hex[:6]}"
    limit, clients = 25, 80
    answered, refused = [], []
    barrier = threading.Barrier(clients)

    def request():
        barrier.wait()
        try:
            answered.append(rate_limit_hit(bucket=bucket, limit=limit).remaining)
        except RequestRejected:
            refused.append(1)

    threads = [threading.Thread(target=request) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answered) == limit
    assert len(refused) == clients - limit
    assert sorted(answered) == list(range(limit))  # every remaining count handed out once


def test_the_site_runs_on_the_redis_cache(redis_cache):
    redis_cache.set("kb-check", "ok", 30)
    assert redis_cache.get("kb-check") == "ok"
