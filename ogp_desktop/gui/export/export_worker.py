"""Exports run on a worker thread so the window stays responsive and Cancel works.

The exporter writes into hidden temp files beside the targets; only when every
requested format is complete are they renamed over the real names. Cancel
(checked at each progress callback) or a failure deletes the temp files, so an
export never leaves a partial file, nor replaces a good older export with half
a new one.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QThread, Signal

from ogp_desktop import atomic
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.report import Report
from ogp_desktop.template import Template

log = logging.getLogger(__name__)


class ExportCancelled(Exception):  # noqa: N818 - a cancel signal caught in run(), not an error
    """Raised from the progress callback to stop the exporter."""


@dataclass(frozen=True)
class ExportJob:
    report: Report  # a copy: the user may keep editing while it runs
    template: Template
    lang: str
    docx_path: Path | None
    pdf_path: Path | None
    final: bool = False

    @property
    def targets(self) -> list[Path]:
        return [p for p in (self.docx_path, self.pdf_path) if p is not None]


def _temp_for(path: Path) -> Path:
    # A temp file's shape: what a killed export leaves is swept at the next start or export.
    return atomic.side_file(path, "partial")


# The exporter names the step it just finished; the user reads what happens next.
_STEPS = {"validate": QT_TRANSLATE_NOOP("ExportWorker", "Building the document…"),
          "build": QT_TRANSLATE_NOOP("ExportWorker", "Writing the files…"),
          "docx": QT_TRANSLATE_NOOP("ExportWorker", "Word document done."),
          "pdf": QT_TRANSLATE_NOOP("ExportWorker", "PDF done.")}


def _fraction(args: tuple[Any, ...]) -> tuple[float | None, str]:
    """Read the exporter's progress call, whatever its shape: (fraction), (done, total) and/or a label."""
    numbers = [a for a in args if isinstance(a, (int, float)) and not isinstance(a, bool)]
    label = next((a for a in args if isinstance(a, str)), "")
    if len(numbers) >= 2 and numbers[1]:
        return max(0.0, min(1.0, numbers[0] / numbers[1])), label
    if numbers:
        return max(0.0, min(1.0, float(numbers[0]))), label
    return None, label


class ExportWorker(QThread):
    """One export run.

    Signals: progressed(int percent, str step), succeeded(object: list[Path]),
    failed(str message, str details), cancelled().
    """

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()

    def __init__(self, job: ExportJob, parent: Any = None) -> None:
        super().__init__(parent)
        self.job = job
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True  # a bool write is atomic; read by the worker at the next progress step

    def _progress(self, *args: Any) -> None:
        if self._cancel:
            raise ExportCancelled()
        share, label = _fraction(args)
        if share is not None:
            step = QCoreApplication.translate("ExportWorker", _STEPS[label]) if label in _STEPS else label
            self.progressed.emit(round(share * 100), step)

    def run(self) -> None:  # worker thread
        from ogp_desktop.document.export import export_report  # heavy imports stay off start-up

        job = self.job
        temps = {target: _temp_for(target) for target in job.targets}
        folders = [t for t in job.targets if t.is_dir()]
        if folders:
            self.failed.emit(self.tr("Cannot write {path}: it is a folder. Choose another file name.").format(
                path=folders[0]), "")
            return
        for target in job.targets:
            atomic.sweep_beside(target)  # a killed export's partial files, before new ones join them
        try:
            export_report(job.report, job.template, lang=job.lang,
                          docx_path=temps.get(job.docx_path) if job.docx_path else None,
                          pdf_path=temps.get(job.pdf_path) if job.pdf_path else None,
                          final=job.final, progress=self._progress)
            if self._cancel:
                raise ExportCancelled()
            _commit(temps)
        except ExportCancelled:
            self._remove(temps.values())
            self.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - every failure is shown, none kills the app
            self._remove(temps.values())
            log.exception("export failed")
            message, details = _message(exc), f"{type(exc).__name__}: {exc}"
            for target, temp in temps.items():  # the user knows the real names, not our temp ones
                message, details = message.replace(str(temp), str(target)), details.replace(str(temp), str(target))
            self.failed.emit(message, details)
            return
        self.progressed.emit(100, "")
        self.succeeded.emit(list(temps))

    @staticmethod
    def _remove(paths: Any) -> None:
        for path in paths:
            try:
                Path(path).unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove the partial export %s", path)


def _commit(temps: dict[Path, Path]) -> None:
    """Rename every temp file over its target, all or none: a failure puts the old files back.

    The old file is kept as a second name (a copy where links are refused) before the
    rename replaces it, so a kill at any moment leaves every target whole: old or new.
    """
    moved: list[tuple[Path, Path | None]] = []  # (target now holding the new file, backup of the old one)
    try:
        for target, temp in temps.items():
            backup = _keep_old(target)
            try:
                os.replace(temp, target)
            except OSError:
                if backup is not None:
                    os.replace(backup, target)
                raise
            moved.append((target, backup))
    except OSError:
        for target, backup in reversed(moved):
            if backup is not None:
                os.replace(backup, target)
            else:
                target.unlink(missing_ok=True)
        raise
    for _target, backup in moved:
        if backup is not None:
            backup.unlink(missing_ok=True)


def _keep_old(target: Path) -> Path | None:
    """A second name for *target*'s present file, to put back if a later rename fails; None when new."""
    if not target.is_file():
        return None
    backup = atomic.side_file(target, "old")
    try:
        os.link(target, backup)
    except OSError:  # FAT, some network shares: no hard links
        shutil.copy2(target, backup)
    return backup


def _message(exc: Exception) -> str:
    from ogp_desktop.document.export import ExportError

    if isinstance(exc, ExportError):
        return prompts.message(exc)  # already one sentence for the user, in the interface language
    if isinstance(exc, PermissionError):
        return _tr("The export folder cannot be written to ({reason}). Choose another folder.").format(
            reason=exc.strerror)
    if isinstance(exc, OSError):
        if exc.errno == 28:
            return _tr("The disk is full, so the export was not written. Free some space and try again.")
        return _tr("The export could not be written: {reason}.").format(reason=exc.strerror or exc)
    return _tr("The export failed: {reason}").format(reason=prompts.message(exc))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportWorker", text)
