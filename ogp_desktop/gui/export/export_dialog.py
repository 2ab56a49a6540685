"""Export to Word and PDF: choose formats, language, folder; run off the GUI thread.

A final export (no DRAFT mark) is offered only while the report has no
errors; a draft export is always possible.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from ogp_desktop.filenames import safe_stem
from ogp_desktop.gui.export.export_worker import ExportJob, ExportWorker
from ogp_desktop.gui.generated.ui_export_dialog import Ui_ExportDialog
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.i18n import LANGUAGE_NAMES
from ogp_desktop.gui.widgets.language_change import Retranslates
from ogp_desktop.gui.widgets.settings import Settings
from ogp_desktop.report import Report
from ogp_desktop.template import Template


def file_stem(title: str) -> str:
    """A file name from the report title, safe on Windows, macOS and Linux."""
    return safe_stem(title)


class ExportDialog(Retranslates, QDialog):
    """Signals: exported(object: list[Path]) after a successful run."""

    exported = Signal(object)

    def __init__(self, report: Report, template: Template, settings: Settings, errors: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.report = report
        self.template = template
        self.settings = settings
        self.errors = errors
        self.worker: ExportWorker | None = None
        self.written: list[Path] = []
        for code, name in LANGUAGE_NAMES.items():
            self.ui.language_combo.addItem(name, code)
        self.ui.language_combo.setCurrentIndex(max(0, self.ui.language_combo.findData(settings.export_language)))
        self.ui.language_combo.currentIndexChanged.connect(self.on_language_changed)
        self.ui.folder_edit.setText(settings.export_folder)
        self.ui.name_edit.setText(file_stem(report.title or "report"))
        self.ui.final_radio.setEnabled(errors == 0)
        (self.ui.final_radio if errors == 0 else self.ui.draft_radio).setChecked(True)
        self.export_button: QPushButton = self.ui.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.cancel_button: QPushButton = self.ui.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._retranslate_own()
        self.cancel_button.hide()
        self.close_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.ui.browse_button.clicked.connect(self.on_browse_clicked)
        self.ui.progress.setValue(0)
        self.ui.progress.hide()  # shown from the first run on
        self.setTabOrder(self.ui.open_check, self.export_button)

    def set_problems(self, problems: Any) -> None:
        """The editor's newest check: the dialog opens without waiting for one (*errors* None), so a big
        report's validation never runs on the GUI thread; a final export validates again anyway."""
        errors = sum(1 for p in problems if p.severity == "error")
        first, self.errors = self.errors is None, errors
        if self.worker is None:
            self.ui.final_radio.setEnabled(errors == 0)
            if errors:
                self.ui.draft_radio.setChecked(True)
            elif first:  # what the dialog would have chosen had the count been there at once
                self.ui.final_radio.setChecked(True)
        self._retranslate_own()

    # the dialog's own Enter / Esc handling would close it mid-run
    def accept(self) -> None:
        pass

    def reject(self) -> None:
        if self.worker is not None:
            self.cancel()
            return
        super().reject()

    def on_browse_clicked(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Export folder"), self.ui.folder_edit.text())
        if folder:
            self.ui.folder_edit.setText(folder)

    def targets(self) -> tuple[Path | None, Path | None]:
        folder = Path(self.ui.folder_edit.text().strip()).expanduser()
        stem = file_stem(self.ui.name_edit.text())
        docx = folder / f"{stem}.docx" if self.ui.docx_check.isChecked() else None
        pdf = folder / f"{stem}.pdf" if self.ui.pdf_check.isChecked() else None
        return docx, pdf

    def retranslate_ui(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_own()

    def on_language_changed(self, _index: int) -> None:
        self._retranslate_own()

    def untranslated_note(self) -> str:
        """How many values would stay in the report's language, and the first few of them."""
        from ogp_desktop.document.export import untranslated_values  # heavy imports stay off start-up

        lang = self.ui.language_combo.currentData()
        values = untranslated_values(self.report, self.template, lang) if lang else []
        if not values:
            return ""
        where = "; ".join(w for _, w in values[:3]) + ("; …" if len(values) > 3 else "")
        names = {"en": self.tr("English", "language in a sentence"),
                 "et": self.tr("Estonian", "language in a sentence")}
        return self.tr("{count} value(s) are not translated into {language} and will stay in {source}: "
                       "{where}.").format(count=len(values), language=names.get(lang, lang),
                                          source=names.get(self.report.language, self.report.language), where=where)

    def _retranslate_own(self) -> None:
        note = (self.tr("Checking the report for errors…") if self.errors is None else
                self.tr("The report has no errors, so it can be exported as final.") if self.errors == 0 else
                self.tr("A final export needs a report without errors; {errors} error(s) are left "
                        "(see the problems list). A draft export is marked DRAFT.").format(errors=self.errors))
        untranslated = self.untranslated_note()
        self.ui.final_note.setText(f"{note}\n{untranslated}" if untranslated else note)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Start export"))
        self.cancel_button.setText(self.tr("&Cancel export"))
        self.cancel_button.setAccessibleName(self.tr("Cancel export"))

    def problem(self) -> str:
        docx, pdf = self.targets()
        if docx is None and pdf is None:
            return self.tr("Choose Word, PDF or both.")
        if not self.ui.folder_edit.text().strip():
            return self.tr("Choose the folder to export into.")
        folder = Path(self.ui.folder_edit.text().strip()).expanduser()
        if not folder.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=folder)
        return ""

    def start(self) -> None:
        if self.worker is not None:
            return
        problem = self.problem()
        if problem:
            self._status(problem)
            return
        docx, pdf = self.targets()
        existing = [p for p in (docx, pdf) if p is not None and p.exists()]
        if existing and not prompts.ask_yes_no(
                self, self.tr("Export"), self.tr("Replace {files}?").format(
                    files=self.tr(" and ").join(p.name for p in existing))):
            return
        final = self.ui.final_radio.isChecked() and self.errors == 0
        job = ExportJob(self.report.copy(), self.template, self.ui.language_combo.currentData(),
                        docx, pdf, final)
        self.settings.export_folder = str(Path(self.ui.folder_edit.text().strip()).expanduser())
        self.settings.export_language = job.lang
        self.worker = ExportWorker(job, self)
        self.worker.progressed.connect(self.on_worker_progressed)
        self.worker.succeeded.connect(self.on_worker_succeeded)
        self.worker.failed.connect(self.on_worker_failed)
        self.worker.cancelled.connect(self.on_worker_cancelled)
        self.worker.finished.connect(self.on_worker_finished)
        self._set_running(True)
        self._status(self.tr("Exporting…"))
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self._status(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        for w in (self.ui.docx_check, self.ui.pdf_check, self.ui.language_combo, self.ui.folder_edit,
                  self.ui.browse_button, self.ui.name_edit, self.ui.draft_radio, self.export_button):
            w.setEnabled(not running)
        self.ui.final_radio.setEnabled(not running and self.errors == 0)
        if not running and self.errors:  # errors found while it ran
            self.ui.draft_radio.setChecked(True)
        self.cancel_button.setVisible(running)
        self.close_button.setEnabled(not running)
        if running:
            self.ui.progress.setValue(0)
            self.ui.progress.show()

    def _status(self, text: str) -> None:
        self.ui.status_label.setText(text)

    def on_worker_progressed(self, percent: int, step: str) -> None:
        self.ui.progress.setValue(percent)
        if step:
            self._status(step)

    def on_worker_succeeded(self, paths: Any) -> None:
        self.written = list(paths)
        self._status(self.tr("Exported {files}.").format(files=self.tr(" and ").join(str(p) for p in self.written)))
        if self.ui.open_check.isChecked():
            for path in self.written:
                prompts.open_path(str(path))
        self.exported.emit(self.written)

    def on_worker_failed(self, message: str, details: str) -> None:
        self._status(message)
        prompts.error(self, self.tr("Export failed"), message, details)

    def on_worker_cancelled(self) -> None:
        self.ui.progress.setValue(0)
        self._status(self.tr("Export cancelled; no file was written."))

    def on_worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        self._set_running(False)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().closeEvent(event)
