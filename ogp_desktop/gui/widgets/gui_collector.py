"""Garbage is collected on the GUI thread only.

Python collects reference cycles on whichever thread happens to allocate, and frees
what it finds there, Qt objects included. The opening worker allocates a whole report:
a collection it ran freed the GUI's Qt objects off the GUI thread, and the app crashed
(a segfault, seen in a CI run). So automatic collection is off in the GUI process and a
timer on the GUI thread runs the collection Python would have run
(:func:`ogp_desktop.collector.collect_if_due`). Workers only allocate.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

from ogp_desktop import collector

INTERVAL_MS = 50  # the young generation is collected at most this late; each check costs microseconds

_timer: QTimer | None = None


def collect_on_gui_thread(app: QCoreApplication) -> None:
    """Turn automatic collection off and collect from a timer of *app* instead (once per process)."""
    global _timer
    if _timer is not None:
        return
    gc.disable()
    _timer = QTimer(app)
    _timer.setObjectName("gui_collector")
    _timer.setInterval(INTERVAL_MS)
    _timer.timeout.connect(collector.collect_if_due)
    _timer.start()
