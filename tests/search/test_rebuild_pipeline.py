"""The rebuild sends its engine requests from a background thread, in order; a failed
request stops everything after it (no alias moves to a half-built index) and reaches the
caller."""

import threading

import pytest

from search import rebuild
from search.client import alias_name
from search.rebuild import _Background


def test_requests_run_in_order_and_all_before_the_rebuild_returns():
    done: list = []
    gate = threading.Event()
    with _Background() as engine:
        engine.run(gate.wait)
        for n in range(5):
            engine.run(done.append, n)  # blocks while two requests are queued
            gate.set()
    assert done == [0, 1, 2, 3, 4]


def test_a_failed_request_stops_the_ones_after_it_and_reaches_the_caller():
    done: list = []

    def fail():
        raise RuntimeError("3 documents failed to index")

    with pytest.raises(RuntimeError, match="failed to index"), _Background() as engine:
        engine.run(done.append, "create")
        engine.run(fail)
        engine.run(done.append, "swap alias")
    assert done == ["create"]


def test_a_failure_while_building_sends_nothing_more():
    done: list = []
    gate = threading.Event()
    threading.Timer(0.3, gate.set).start()  # the request running when the build fails
    with pytest.raises(ValueError), _Background() as engine:
        engine.run(gate.wait)
        engine.run(done.append, "swap alias")
        raise ValueError("database went away")
    assert done == []


def test_bulk_requests_run_side_by_side_and_the_alias_swap_waits_for_all_of_them():
    running = threading.Barrier(2, timeout=5)  # both bulks must be in flight at once
    done: list = []

    def bulk(n):
        running.wait()
        done.append(n)

    with _Background(senders=2) as engine:
        engine.run(done.append, "create")
        engine.run(bulk, 1, ordered=False)
        engine.run(bulk, 2, ordered=False)
        engine.run(lambda: done.append(f"swap after {sorted(done[1:])}"))
    assert done[0] == "create" and done[-1] == "swap after [1, 2]"


def test_the_rebuilt_indices_refresh_again_once_live(fresh_index):
    """The new index fills without refreshes; once live it refreshes as usual again, so
    later edits become searchable."""
    for locale in rebuild.locales():
        (name,) = fresh_index.indices_for_alias(alias_name(locale))
        assert "refresh_interval" not in fresh_index.get_settings(name)
