"""The store's Qt-free Autosaver, made safe to drive from the GUI.

Two jobs: the worker's state callbacks arrive on its own thread, so they are
re-emitted through a queued signal onto the GUI thread; and the report is
only ever copied on the GUI thread (the editor mutates it there without the
saver's lock), a short debounce after the last edit, so a snapshot never sees
half an edit and typing never waits for a copy per key.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from ogp_desktop.gui.widgets import prompts
from ogp_desktop.report import Report
from ogp_desktop.store.autosave import DIRTY, FAILED, SAVED, SAVING, Autosaver, SaveState
from ogp_desktop.store.library import Library

SNAPSHOT_DELAY_MS = 250
CLOSE_TIMEOUT = 10.0


def describe(state: SaveState) -> str:
    """The status-bar text for a save state."""
    # QCoreApplication.translate spelled out: pyside6-lupdate only sees literal calls.
    if state.kind == SAVED:
        if state.time is None:
            return QCoreApplication.translate("AutosaveBridge", "Saved")
        return QCoreApplication.translate("AutosaveBridge", "Saved at {time}").format(
            time=state.time.astimezone().strftime("%H:%M"))
    if state.kind == SAVING:
        return QCoreApplication.translate("AutosaveBridge", "Saving…")
    if state.kind == DIRTY:
        return QCoreApplication.translate("AutosaveBridge", "Unsaved changes")
    if state.retry_in:
        retry = QCoreApplication.translate("AutosaveBridge", "Retrying in {seconds} s.").format(
            seconds=f"{state.retry_in:.0f}")
    else:
        retry = QCoreApplication.translate("AutosaveBridge", "Press Ctrl+S to try again.")
    reason = prompts.message(state.error) if state.error else QCoreApplication.translate(
        "AutosaveBridge", "the draft could not be written.")
    return QCoreApplication.translate("AutosaveBridge", "Not saved: {reason} {retry}").format(
        reason=reason, retry=retry)


class AutosaveBridge(QObject):
    """Autosave of one open draft.

    Signals: state_changed(object): a :class:`SaveState`, on the GUI thread.
    """

    state_changed = Signal(object)
    _worker_state = Signal(object)

    def __init__(self, library: Library, draft_id: str, report: Report, parent: QObject | None = None,
                 *, delay: float = 1.0) -> None:
        super().__init__(parent)
        self.report = report
        self._latest = report.snapshot()
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SNAPSHOT_DELAY_MS)
        self._timer.timeout.connect(self._take_snapshot)
        self._worker_state.connect(self._on_worker_state, Qt.ConnectionType.QueuedConnection)
        self.saver = Autosaver(library, draft_id, self._snapshot, delay=delay)
        self.saver.on_state(self._worker_state.emit)
        self.state = self.saver.state

    def _snapshot(self) -> Report:
        return self._latest  # worker thread: a reference read, the copy was made on the GUI thread

    def _take_snapshot(self) -> None:
        if self._pending:
            self._pending = False
            self._latest = self.report.snapshot()  # shares unchanged rows: milliseconds at 2,000 commitments
            self.saver.touch()

    def _on_worker_state(self, state: SaveState) -> None:
        if self._pending and state.kind == SAVED:
            state = SaveState(DIRTY, state.time)  # edits newer than this save are still waiting
        self.state = state
        self.state_changed.emit(state)

    @property
    def unsaved(self) -> bool:
        return self._pending or self.state.kind != SAVED

    def touch(self) -> None:
        """The report changed: save it soon."""
        if not self._pending:
            self._pending = True
            self._on_worker_state(SaveState(DIRTY, self.state.time))
        self._timer.start()

    def flush(self, timeout: float | None = CLOSE_TIMEOUT) -> bool:
        """Save now and wait; True when the draft on disk holds every edit."""
        self._timer.stop()
        self._take_snapshot()
        saved = self.saver.flush(timeout)
        self._sync_state(saved)
        return saved

    def close(self, timeout: float | None = CLOSE_TIMEOUT) -> bool:
        """Flush and stop the worker; True when nothing was lost."""
        self._timer.stop()
        self._take_snapshot()
        saved = self.saver.close(timeout)
        self._sync_state(saved)
        return saved

    def _sync_state(self, saved: bool) -> None:
        # The worker's queued signal may not have arrived yet: report the outcome now.
        state = self.saver.state
        if saved:
            state = SaveState(SAVED, state.time or datetime.now(timezone.utc))
        elif state.kind != FAILED:
            return
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)


