"""The last line of defence: an unexpected exception is logged and shown, never silently fatal.

``install()`` sets ``sys.excepthook`` and ``threading.excepthook``. Each
exception goes to a rotating log file in the user log folder; exceptions on
the GUI thread are shown at once through :mod:`prompts`, those from worker
threads are queued to the GUI thread by a signal (widgets must not be touched
from a worker).
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from ogp_desktop import APP_NAME, datadir
from ogp_desktop.gui.widgets import prompts

LOG_NAME = "ogp-desktop.log"
log = logging.getLogger("ogp_desktop")


def setup_logging(folder: Path | None = None) -> Path:
    """A rotating log file (3 x 1 MB) for the ``ogp_desktop`` loggers; returns its path."""
    folder = Path(folder) if folder is not None else datadir.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    for handler in list(log.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            log.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


class ErrorHook(QObject):
    """Installs the hooks and shows what they catch.

    Signals: caught(str, str): (one-line summary, full traceback), emitted from
    any thread and delivered on the GUI thread.
    """

    caught = Signal(str, str)

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._old_sys = sys.excepthook
        self._old_threading = threading.excepthook
        self.caught.connect(self.on_caught, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._old_sys
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._old_threading

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._old_sys(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        for handler in log.handlers:
            handler.flush()
        summary = f"{exc_type.__name__}: {exc}"
        # Queued even on the GUI thread: the hook may run inside a paint or a slot.
        self.caught.emit(summary, details)

    def handle_thread(self, args: Any) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def on_caught(self, summary: str, details: str) -> None:
        prompts.error(None, self.tr("{app}: unexpected error").format(app=APP_NAME),
                      self.tr("Something went wrong: {summary}\n\nYour drafts are saved automatically; "
                              "the details were written to {log}. Please send them to support.").format(
                          summary=summary, log=self.log_path),
                      details)
