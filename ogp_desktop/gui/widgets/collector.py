"""Python's cycle collector runs on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate:
the autosave thread, the export worker, the store's fsync helpers. When it then
frees a cycle holding Qt wrappers, Qt objects are destroyed off their thread and
the process can crash (seen here: a segmentation fault while a store thread
was collecting). So automatic collection is switched off and a timer on the
GUI thread collects, generation by generation, as the thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    """Signals: none. Owns a timer; :meth:`stop` gives automatic collection back."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._timer.start()

    def on_timer_timeout(self) -> None:
        self.collect_due()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is passed (what automatic gc would do); the count freed."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if self._thresholds[generation] and counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
