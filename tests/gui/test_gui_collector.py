"""Garbage is collected on the GUI thread only: a worker's collection freed Qt objects off it (a segfault in CI)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from ogp_desktop import app as app_module


def test_the_app_collects_garbage_from_its_gui_thread_never_on_a_worker(qtbot) -> None:
    app_module.make_application()
    assert not gc.isenabled()  # no automatic collection: it would run on whichever thread allocates
    collected_on: list[str] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    class Cycle:  # what holds a Qt object in the app: garbage only a collection frees
        def __init__(self) -> None:
            self.widget = QObject()

    gc.callbacks.append(note)
    try:
        obj = Cycle()
        obj.me = obj  # a Qt object in a reference cycle: only a collection frees it
        gone = weakref.ref(obj)
        del obj

        report: list[list[int]] = []

        def allocate() -> None:  # a worker making a report's worth of containers (kept, as a report is)
            report.extend([i] for i in range(50_000))

        worker = threading.Thread(target=allocate, name="a-worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    finally:
        gc.callbacks.remove(note)
    assert collected_on and set(collected_on) == {threading.main_thread().name}
