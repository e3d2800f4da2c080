"""Timing helpers shared by the measurements and the load test."""

import statistics
import time
from collections.abc import Callable


def percentile(values: list[float], share: float) -> float | None:
    """The nearest-rank value at ``share`` (0.95: p95), rounded to 2 places; None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))], 2)


def stats(samples: list[float]) -> dict:
    """Median and p95 in ms of a non-empty series, and its size."""
    return {
        "median_ms": round(statistics.median(samples), 2),
        "p95_ms": percentile(samples, 0.95),
        "n": len(samples),
    }


def interleaved(runs: dict[str, Callable[[], object]], repeats: int) -> dict[str, list[float]]:
    """Each function once per round, rounds repeated: on a shared machine every layer of a
    pair sees the same background load. Milliseconds per call, by name."""
    for fn in runs.values():
        fn()  # warm
    out: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, fn in runs.items():
            start = time.perf_counter()
            fn()
            out[name].append((time.perf_counter() - start) * 1000)
    return out
