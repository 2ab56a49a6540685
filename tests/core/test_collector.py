"""The collector policy: pauses nest across threads, start-up is frozen once, a report never."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from ogp_desktop import collector

pytestmark = pytest.mark.usefixtures("automatic_gc")


def test_pauses_nest_across_threads_and_the_last_one_out_resumes() -> None:
    assert gc.isenabled()
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector.paused():
            entered.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    with collector.paused():
        thread.start()
        assert entered.wait(10)
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread is still loading
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_a_pause_leaves_collection_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_start_up_is_frozen_once_and_what_comes_later_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collector, "_started", False)
    before = [[]]
    collector.freeze_startup()
    later = [[]]
    collector.freeze_startup()  # a second open: nothing more is frozen
    tracked = gc.get_objects()
    assert not any(o is before for o in tracked) and any(o is later for o in tracked)


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_full_collections_wait_while_a_report_is_open_and_come_at_close() -> None:
    # A window test earlier in this worker may end before its closed report's collection turn comes.
    collector.collect_deferred()
    before = gc.get_threshold()
    collector.defer_full_collections()
    try:
        assert gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] >= 2**30
        cycle = _Cycle()
        gc.collect(1)  # the cycle, still alive, reaches the oldest generation
        alive = weakref.ref(cycle)
        del cycle
        for _ in range(50):
            gc.collect(1)  # young collections go on; none of them is full
        assert alive() is not None
    finally:
        collector.collect_deferred()
    assert gc.get_threshold() == before
    assert alive() is None


def test_batched_collections_nest_across_threads_and_leave_the_full_policy_alone() -> None:
    young, middle, full = before = gc.get_threshold()
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector.batched():
            entered.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    with collector.batched():
        assert gc.get_threshold()[0] >= 20_000
        thread.start()
        assert entered.wait(10)
        collector.defer_full_collections()  # the GUI opens a report meanwhile
        try:
            assert gc.get_threshold()[1:] == (middle, 2**30)
        finally:
            gc.set_threshold(gc.get_threshold()[0], middle, full)
    assert gc.get_threshold()[0] >= 20_000  # the other export still runs
    release.set()
    thread.join(10)
    assert gc.get_threshold() == before


def test_a_due_collection_runs_on_the_calling_thread_as_python_would_have() -> None:
    gc.disable()  # as the GUI runs: collect_if_due from its timer does what the automatic collector did
    try:
        young, middle, full = gc.get_threshold()
        gc.collect()
        assert collector.collect_if_due() is None  # nothing allocated since
        for _ in range(young + 10):  # cycles left for the collector
            cycle: list[object] = []
            cycle.append(cycle)
        del cycle
        assert gc.get_count()[0] > young
        assert collector.collect_if_due() == 0
        assert gc.get_count()[0] <= 1
    finally:
        gc.enable()


def test_no_due_collection_while_something_long_lived_is_built() -> None:
    gc.disable()
    try:
        kept = [[i] for i in range(gc.get_threshold()[0] + 10)]  # young objects, as a dictionary being read
        with collector.paused():
            assert collector.collect_if_due() is None  # frozen when done, never walked meanwhile
        assert collector.collect_if_due() == 0
        del kept
    finally:
        gc.enable()
