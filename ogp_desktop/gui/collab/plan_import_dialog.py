"""File > Import action plan: preview a CSV/XLSX plan, its problems, and what it would change.

Big files are parsed on a pool thread so the window stays responsive; the
dialog never touches the report until the user presses Import, and then only
through one undoable replace (see :func:`run_plan_import`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop.gui.collab.merge_dialog import replace_report
from ogp_desktop.gui.collab.plan_preview_model import PlanPreviewModel
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.interchange import (
    ImportSummary,
    PlanImport,
    PlanImportError,
    read_plan,
)
from ogp_desktop.interchange.usecases import import_plan, import_plan_as_draft, import_plan_into_draft
from ogp_desktop.report import Report
from ogp_desktop.store.errors import StoreError
from ogp_desktop.store.library import Library

PLAN_FILTER = "Action plans (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)"
INLINE_BYTES = 256 * 1024  # a real plan is a few KB: parse it at once, hand anything bigger to a thread


def parse_plan(path: str) -> tuple[PlanImport, dict[int, int]]:
    """The plan and which commitment each spreadsheet row fed (the importer records it)."""
    plan = read_plan(path)
    return plan, plan.owners


class _ParseSignals(QObject):
    """Signals: done(object: (PlanImport, owners)), failed(str)."""

    done = Signal(object)
    failed = Signal(str)


class _ParseJob(QRunnable):
    def __init__(self, path: str, signals: _ParseSignals) -> None:
        super().__init__()
        self.path = path
        self.signals = signals

    def run(self) -> None:  # pool thread
        try:
            result: tuple[PlanImport, dict[int, int]] | str = parse_plan(self.path)
        except PlanImportError as exc:
            result = prompts.message(exc)
        except Exception as exc:  # noqa: BLE001 - a broken file must never kill the app
            result = QCoreApplication.translate(
                "PlanImportDialog", "{name}: the file cannot be read ({error})."
            ).format(name=Path(self.path).name, error=exc)
        try:
            if isinstance(result, str):
                self.signals.failed.emit(result)
            else:
                self.signals.done.emit(result)
        except RuntimeError:
            pass  # the dialog was closed while the file was read: nobody is waiting for it


class PlanImportDialog(QDialog):
    """Preview of one plan file and the choice of where it goes.

    Signals: loaded(object: PlanImport or None when the file was refused).
    After ``accept``: :attr:`plan`, :attr:`into_current` and :attr:`preview` (the
    report as it would be after importing into the current one, else None).
    """

    loaded = Signal(object)

    def __init__(self, report: Report | None = None, report_title: str = "", parent: QWidget | None = None,
                 inline_bytes: int = INLINE_BYTES) -> None:
        super().__init__(parent)
        self.report = report
        self.inline_bytes = inline_bytes
        self.plan: PlanImport | None = None
        self.summary: ImportSummary | None = None
        self.preview: Report | None = None
        self.path = ""
        self._signals: _ParseSignals | None = None
        self.setWindowTitle(self.tr("Import action plan"))
        self.setAccessibleName(self.tr("Import action plan"))
        self.resize(900, 620)
        self._build(report_title)
        self._update_buttons()

    # -- layout ------------------------------------------------------------
    def _build(self, report_title: str) -> None:
        layout = QVBoxLayout(self)
        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("&Plan file:"), self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("Plan file"))
        file_label.setBuddy(self.file_edit)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.clicked.connect(self.on_choose_clicked)
        file_row.addWidget(file_label)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Import status"))
        layout.addWidget(self.status_label)

        self.model = PlanPreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Commitments in the plan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()  # the No. column already numbers the rows
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.problems = QTreeWidget(self)
        self.problems.setAccessibleName(self.tr("Problems in the plan file"))
        self.problems.setHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems.setRootIsDecorated(False)
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self.on_problem_activated)
        self.changes = QPlainTextEdit(self)
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(self.tr("What the import will change"))
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.problems)
        split.addWidget(self.changes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 1)
        layout.addWidget(split, 1)

        target = QGroupBox(self.tr("Import into"), self)
        target_layout = QHBoxLayout(target)
        self.new_radio = QRadioButton(self.tr("a &new report"), target)
        self.current_radio = QRadioButton(self.tr("the &current report") + (f" ({report_title})" if report_title
                                                                              else ""), target)
        self.target_group = QButtonGroup(self)
        for radio in (self.new_radio, self.current_radio):
            self.target_group.addButton(radio)
            target_layout.addWidget(radio)
        target_layout.addStretch(1)
        self.current_radio.setEnabled(self.report is not None)
        (self.current_radio if self.report is not None else self.new_radio).setChecked(True)
        self.target_group.buttonToggled.connect(self.on_target_toggled)
        layout.addWidget(target)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- loading -------------------------------------------------------------
    def choose_file(self) -> bool:
        """Ask for a plan file (through prompts) and load it; False when cancelled."""
        path = prompts.open_file(self, self.tr("Import action plan"), str(Path(self.path).parent) if self.path
                                 else "", PLAN_FILTER)
        if not path:
            return False
        self.load(path)
        return True

    def on_choose_clicked(self) -> None:
        self.choose_file()

    def load(self, path: str) -> None:
        """Parse *path*: at once when small, else on a pool thread; :attr:`loaded` tells when it is done."""
        if self._signals is not None:
            self._signals.blockSignals(True)  # a file still being read is no longer wanted
            self._signals = None
        self.path = path
        self.file_edit.setText(path)
        self.plan = None
        self.model.set_plan(None)
        self.problems.clear()
        self.changes.clear()
        self._update_buttons()
        try:
            size = Path(path).stat().st_size
        except OSError:
            size = 0  # read_plan gives the one clear message for a missing or unreadable file
        if size <= self.inline_bytes:
            try:
                self.on_parsed(parse_plan(path))
            except PlanImportError as exc:
                self.on_parse_failed(prompts.message(exc))
            return
        self.status_label.setText(self.tr("Reading {name}…").format(name=Path(path).name))
        self.choose_button.setEnabled(False)
        signals = _ParseSignals(self)
        signals.done.connect(self.on_parsed)
        signals.failed.connect(self.on_parse_failed)
        self._signals = signals  # kept until the job reports, and then replaced by the next load
        QThreadPool.globalInstance().start(_ParseJob(path, signals))

    def on_parsed(self, result: tuple[PlanImport, dict[int, int]]) -> None:
        plan, owners = result
        self.choose_button.setEnabled(True)
        self.plan = plan
        self.model.set_plan(plan, owners)
        for problem in plan.problems:
            text = problem.text(prompts.interface_language())
            item = QTreeWidgetItem([str(problem.row), problem.column, text])
            item.setData(0, Qt.ItemDataRole.UserRole, owners.get(problem.row))
            item.setToolTip(2, text)
            self.problems.addTopLevelItem(item)
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems.setVisible(bool(plan.problems))
        counts = self.tr("{commitments} commitment(s) with {milestones} milestone(s)").format(
            commitments=len(plan.commitments), milestones=plan.milestone_count)
        self.status_label.setText(
            self.tr("{counts}; {problems} problem(s) to check (rows marked below).").format(
                counts=counts, problems=len(plan.problems)) if plan.problems
            else self.tr("{counts}; no problems found.").format(counts=counts))
        self._show_changes()
        self._update_buttons()
        self.loaded.emit(plan)

    def on_parse_failed(self, message: str) -> None:
        self.choose_button.setEnabled(True)
        self.plan = None
        self.status_label.setText(message)
        self._update_buttons()
        self.loaded.emit(None)

    # -- what it would do -----------------------------------------------------
    @property
    def into_current(self) -> bool:
        return self.report is not None and self.current_radio.isChecked()

    def on_target_toggled(self, _button: Any, checked: bool) -> None:
        if checked:
            self._show_changes()

    def _show_changes(self) -> None:
        """Run the import on a copy so the user sees exactly what Import would change, kept values included."""
        self.summary = self.preview = None
        if self.plan is None:
            self.changes.clear()
            return
        if self.into_current and self.report is not None:
            self.preview, self.summary = import_plan(self.plan, self.report)
            lines = self.summary.lines(prompts.interface_language())
            self.changes.setPlainText(
                self.tr("What importing into the current report changes:") + "\n• " + "\n• ".join(lines))
        else:
            self.changes.setPlainText(self.tr("A new draft will be made holding the {count} commitment(s) of the plan.")
                                      .format(count=len(self.plan.commitments)))

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self.plan is not None and bool(self.plan.commitments))

    def on_problem_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(row, int):
            self.table.selectRow(row)
            self.table.setFocus()


def run_plan_import(parent: QWidget | None, library: Library, draft_id: str | None = None,
                    report: Report | None = None, stack: QUndoStack | None = None,
                    complete_new: Callable[[Report], bool] | None = None) -> str | None:
    """The whole File > Import action plan flow; returns the draft the plan went into, None when cancelled.

    Into the open report: a version is kept first, then the plan goes in as one undo step.
    Otherwise a new draft is added to the library (the caller opens it), after *complete_new* has
    asked for what a plan does not say (country, report type, period, title); False from it cancels.
    """
    dialog = PlanImportDialog(report if draft_id else None, report.title if report is not None else "", parent)
    try:
        if not dialog.choose_file() or not prompts.run_dialog(dialog):
            return None
        plan, into_current, preview = dialog.plan, dialog.into_current, dialog.preview
        name = Path(dialog.path).name
    finally:
        dialog.deleteLater()
    if plan is None:
        return None
    title = QCoreApplication.translate("PlanImportDialog", "Import action plan")
    try:
        if into_current and draft_id and report is not None and preview is not None:
            new = import_plan_into_draft(library, draft_id, preview, reason=QCoreApplication.translate(
                "PlanImportDialog", "Before importing the action plan {name}").format(name=name))
            replace_report(report, new, stack, QCoreApplication.translate(
                "PlanImportDialog", "Import action plan {name}").format(name=name))
            return draft_id
        return import_plan_as_draft(library, plan, Path(name).stem, complete=complete_new)
    except StoreError as exc:
        prompts.error(parent, title, exc)
        return None
