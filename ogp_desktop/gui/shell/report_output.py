"""File > Save a copy… and Export…: the open report written out, the draft itself unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from ogp_desktop.gui.export.export_dialog import ExportDialog, file_stem
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.settings import Settings
from ogp_desktop.report import Report
from ogp_desktop.reportfile import write_report
from ogp_desktop.template import Template


class ReportOutput(QObject):
    """Signal: message(str), a sentence for the status bar."""

    message = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # owner of the dialogs
        self.settings = settings

    def save_copy(self, report: Report) -> bool:
        path = prompts.save_file(self.parent_widget, self.tr("Save a copy as report file"),
                                 str(Path(self.settings.export_folder) / f"{file_stem(report.title)}.ogpreport.json"))
        if not path:
            return False
        try:
            write_report(report, path)
        except OSError as exc:
            prompts.error(self.parent_widget, self.tr("Save a copy"),
                          self.tr("The copy could not be written: {reason}.").format(reason=exc.strerror or exc))
            return False
        self.settings.add_recent_file(str(Path(path).resolve()))
        self.message.emit(self.tr("Saved a copy as {path}.").format(path=path))
        return True

    def export(self, report: Report, template: Template, errors: int | None, problems_changed: SignalInstance) -> None:
        """*errors*: the editor's latest check (None while one is due; *problems_changed* brings it). Not a
        validation here: that took a second at 2,000 commitments on the GUI thread."""
        dialog = ExportDialog(report, template, self.settings, errors, self.parent_widget)
        problems_changed.connect(dialog.set_problems)
        dialog.exported.connect(self.on_exported)
        prompts.run_dialog(dialog)
        dialog.deleteLater()

    def on_exported(self, paths: Any) -> None:
        self.message.emit(self.tr("Exported {files}.").format(files=", ".join(Path(p).name for p in paths)))
