"""Opening a report off the GUI thread, with progress and Cancel.

Reading, parsing, migrating and checking a 2,000-commitment report takes
seconds; on the GUI thread the window froze with no way out. Here the work
runs on a worker thread while the GUI thread keeps turning its event loop; a
progress dialog appears when the work takes longer than SHOW_AFTER_MS, and its
Cancel leaves the app as it was: nothing is shown, and a draft the work had
already added to the library is put back in the trash.

The caller waits for the answer (``from_library`` and ``from_file`` return the
loaded report, or None when cancelled or refused), so every way into a report
(the library, File > Open, a drop, the command line, recovery) stays one call.
Refusals are shown here, one sentence each; the window learns nothing else.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from ogp_desktop import collector
from ogp_desktop.gui.editor.background_check import FirstCheck, first_check
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.reportfile import ReportFileError, read_report
from ogp_desktop.store.errors import StoreError
from ogp_desktop.store.library import Library
from ogp_desktop.template import Template, TemplateError, load_template

SHOW_AFTER_MS = 300  # a quicker open never flashes a dialog
REFUSALS = (ReportFileError, StoreError, TemplateError, OSError)
EDITOR_MODULE = "ogp_desktop.gui.editor.report_editor_widget"  # imported on the worker: half a second at first


@dataclass(frozen=True)
class Loaded:
    """A report read and checked, ready for the editor: its draft id (None: a file shown read-only), and its
    first check, made here in the UI language of the moment."""

    draft_id: str | None
    report: Any
    template: Template
    first_check: FirstCheck | None = None


class _Job:
    """One piece of work on the worker; exactly one side (worker or GUI) discards a result cancelled late."""

    def __init__(self, work: Callable[[], Loaded], discard: Callable[[Loaded], None] | None, lang: str) -> None:
        self.work, self.discard, self.lang = work, discard, lang
        self.lock = threading.Lock()
        self.cancelled = False
        self.result: Loaded | None = None
        self.thread = ""  # the thread that did the work (tests ask)

    def run(self) -> Loaded:
        self.thread = threading.current_thread().name
        importlib.import_module(EDITOR_MODULE)  # a no-op after the first open
        collector.freeze_startup()  # every module is in by now, nothing of a report yet
        # Full collections are deferred from the start of the open (Opener._load, on the GUI thread). Nothing
        # here pauses or runs a collection: one on this thread may free the GUI thread's Qt objects, and did
        # (a segfault in a young collection run here while the GUI thread was inside Qt).
        result = self.work()
        # The first snapshot copies the whole report; made here, the editor's and autosave's later ones
        # only copy the rows changed since, on the GUI thread.
        snapshot = result.report.snapshot()
        # The first check too (half a second at 2,000 commitments): made by the editor, it ran on a worker
        # while the GUI thread built the window, and every call from Qt into Python waited for the GIL
        # (stalls of 200-350 ms). Here the GUI thread has nothing to do but a progress dialog.
        result = replace(result, first_check=first_check(snapshot, result.template, self.lang))
        with self.lock:
            self.result, cancelled = result, self.cancelled
        if cancelled and self.discard is not None:
            self.discard(result)
        return result

    def cancel(self) -> None:
        with self.lock:
            self.cancelled, late = True, self.result
        if late is not None and self.discard is not None:
            self.discard(late)


class Opener(QObject):
    """Loads reports for the window; :attr:`busy` while one is on its way (a second open is refused).

    Signals: started(): a load began; finished(): it ended (opened, refused or cancelled).
    """

    started = Signal()
    finished = Signal()
    _done = Signal(object, object)  # (job, Future), from the worker thread

    def __init__(self, library: Library, parent: QWidget, lang: Callable[[], str]) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # owner of the progress dialog and of the refusals
        self.library = library
        self.lang = lang  # the UI language when a load starts: the first check's messages are in it
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-report")
        self.job: _Job | None = None
        self.dialog: QProgressDialog | None = None
        self._loop: QEventLoop | None = None
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def from_library(self, draft_id: str, name: str) -> Loaded | None:
        def work() -> Loaded:
            report = self.library.open(draft_id)
            return Loaded(draft_id, report, load_template(report.template_id))

        return self._load(work, None, name, self.tr("Open report"))

    def from_file(self, path: str, *, into_library: bool) -> Loaded | None:
        """A report file (or a PDF/DOCX we exported): a new draft in the library, or shown as it is."""
        library = self.library

        def work() -> Loaded:
            report = read_report(path)
            template = load_template(report.template_id)
            if not into_library:
                return Loaded(None, report, template)
            draft_id = library.add(report)
            return Loaded(draft_id, library.open(draft_id), template)

        def discard(loaded: Loaded) -> None:
            if loaded.draft_id is not None:
                library.delete(loaded.draft_id)

        return self._load(work, discard, Path(path).name, self.tr("Open report file"))

    def cancel(self) -> None:
        """What Cancel does: the load's result is dropped, and the caller gets None at once."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
        if self._loop is not None:
            self._loop.quit()

    def _load(self, work: Callable[[], Loaded], discard: Callable[[Loaded], None] | None, name: str,
              title: str) -> Loaded | None:
        if self.job is not None:
            return None
        job = self.job = _Job(work, discard, self.lang())
        self.last_job = job
        # A full collection would walk the report half-built, holding the GIL (three of them, 20-25 ms each, at
        # 2,000 commitments): none from now; the window undoes it if nothing ends up open.
        collector.defer_full_collections()
        self.started.emit()
        outcome: list[Future[Loaded]] = []
        self._loop = loop = QEventLoop(self)
        self._outcome = outcome
        future = self.pool.submit(job.run)
        future.add_done_callback(lambda f: self._done.emit(job, f))
        had_keyboard = self.parent_widget.isActiveWindow()  # a progress dialog shown takes it; it is given back
        self.dialog = self._progress(title, name)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(self.dialog.show)
        timer.start(SHOW_AFTER_MS)
        try:
            loop.exec()  # the GUI keeps working; ends on the worker's answer or on Cancel
        finally:
            timer.stop()
            timer.deleteLater()
            self.dialog.hide()
            # as a window manager would (offscreen and bare X do not); never when another application took it since
            if had_keyboard and not self.parent_widget.isActiveWindow() \
                    and QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
                self.parent_widget.activateWindow()
            self.dialog.deleteLater()
            self.dialog = None
            self._loop = None
            cancelled = self.job is not job
            self.job = None
            self.finished.emit()
        if cancelled or not outcome:
            return None
        try:
            return outcome[0].result()
        except REFUSALS as exc:
            prompts.error(self.parent_widget, title, exc)
            return None

    def _progress(self, title: str, name: str) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Opening “{name}”…").format(name=name), self.tr("Cancel"), 0, 0,
                                 self.parent_widget)
        dialog.setObjectName("opening_progress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(2**31 - 1)  # shown by our timer, not by QProgressDialog's own
        dialog.canceled.connect(self.cancel)
        dialog.hide()
        return dialog

    def _on_done(self, job: _Job, future: Future[Loaded]) -> None:
        if job is not self.job or self._loop is None:
            return  # cancelled: the job discarded its result itself
        self._outcome.append(future)
        self._loop.quit()

    def close(self) -> None:
        self.cancel()
        self.pool.shutdown(wait=False, cancel_futures=True)
