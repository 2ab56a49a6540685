"""Cycles are collected on the GUI thread only, as automatic collection would, and never lost."""

from __future__ import annotations

import gc
import threading

from ogp_desktop.gui.widgets.collector import MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_worker_threads_do_not_collect_and_the_gui_thread_does(qapp):
    collector = MainThreadCollector(qapp)
    try:
        assert not gc.isenabled()
        collected_in: list[str] = []
        gc.callbacks.append(lambda phase, info: collected_in.append(threading.current_thread().name))
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)], name="store-worker")
        worker.start()
        worker.join()
        assert "store-worker" not in collected_in  # allocation past every threshold: still no collection there
        assert collector.collect_due() > 0  # the pending cycles go on the GUI thread
        assert set(collected_in) == {threading.current_thread().name}
    finally:
        gc.callbacks.pop()
        collector.stop()
    assert gc.isenabled()
