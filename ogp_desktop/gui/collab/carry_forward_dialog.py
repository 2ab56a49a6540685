"""File > New from previous report: start the end-of-term report from the mid-term one (or any earlier one).

What comes along and what starts empty is decided in
:mod:`ogp_desktop.interchange.carry_forward`; the dialog says so in one line.
"""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.dates import local_time
from ogp_desktop.interchange import CarryForwardError
from ogp_desktop.interchange.usecases import carry_forward_to_draft
from ogp_desktop.report import Report
from ogp_desktop.reportfile import ReportFileError, read_report
from ogp_desktop.store.errors import StoreError
from ogp_desktop.store.library import Library
from ogp_desktop.template import DEFAULT_TEMPLATE, TemplateError, load_template
from ogp_desktop.text import clean_text

_NEXT_TYPE = {"mid_term": "end_of_term", "annual": "annual", "end_of_term": "mid_term"}


class CarryForwardDialog(QDialog):
    """Pick the previous report (library or file), the new type and title; Create makes the draft.

    Signals: only QDialog's. After ``accept``: :attr:`draft_id` is the new draft.
    """

    def __init__(self, library: Library, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.draft_id: str | None = None
        self._title_typed = False
        self.setWindowTitle(self.tr("New report from a previous one"))
        self.setAccessibleName(self.tr("New report from a previous one"))
        self.resize(620, 300)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Commitments, milestones, progress, the forum and IRM responses come along; the "
                               "reporting period, executive summary and this report's public consultation start "
                               "empty."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.library_radio = QRadioButton(self.tr("From the &library:"), self)
        self.file_radio = QRadioButton(self.tr("From a report &file:"), self)
        self.source_group = QButtonGroup(self)
        self.source_group.addButton(self.library_radio)
        self.source_group.addButton(self.file_radio)
        self.draft_combo = QComboBox(self)
        self.draft_combo.setAccessibleName(self.tr("Previous report in the library"))
        for info in library.list():
            if info.damaged:
                continue
            when = local_time(info.modified) if info.modified else ""
            self.draft_combo.addItem(f"{info.title or self.tr('(untitled report)')}  ({when})", info.id)
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setAccessibleName(self.tr("Previous report file"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.on_browse_clicked)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        grid.addWidget(self.library_radio, 0, 0)
        grid.addWidget(self.draft_combo, 0, 1)
        grid.addWidget(self.file_radio, 1, 0)
        grid.addLayout(file_row, 1, 1)
        type_label = QLabel(self.tr("New report &type:"), self)
        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(self.tr("New report type"))
        type_label.setBuddy(self.type_combo)
        self._fill_types()
        grid.addWidget(type_label, 2, 0)
        grid.addWidget(self.type_combo, 2, 1)
        title_label = QLabel(self.tr("T&itle:"), self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title of the new report"))
        self.title_edit.textEdited.connect(self.on_title_edited)
        title_label.setBuddy(self.title_edit)
        grid.addWidget(title_label, 3, 0)
        grid.addWidget(self.title_edit, 3, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        order = (self.library_radio, self.draft_combo, self.file_radio, self.file_edit, self.browse_button,
                 self.type_combo, self.title_edit)
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)  # row by row, as the form reads
        (self.library_radio if self.draft_combo.count() else self.file_radio).setChecked(True)
        self.library_radio.setEnabled(self.draft_combo.count() > 0)
        self.source_group.buttonToggled.connect(self.on_source_toggled)
        self.draft_combo.currentIndexChanged.connect(self.on_source_changed)
        self.file_edit.editingFinished.connect(self.on_source_changed)
        self.on_source_changed()

    def _fill_types(self) -> None:
        try:
            template = load_template(DEFAULT_TEMPLATE)
            field = template.field((template.roles.report_type,))
        except TemplateError:
            field = None
        for value in field.values if field is not None else ():
            self.type_combo.addItem(value.text(self.lang), value.id)

    # -- the previous report ------------------------------------------------------
    def previous(self) -> Report:
        """The chosen previous report; StoreError/ReportFileError say why it cannot be read."""
        if self.library_radio.isChecked():
            draft_id = self.draft_combo.currentData()
            if not draft_id:
                raise StoreError("store.none_chosen")
            return self.library.open(str(draft_id))
        path = clean_text(self.file_edit.text()).strip()
        if not path:
            raise ReportFileError("report_file.none_chosen")
        return read_report(path)

    def on_source_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.on_source_changed()

    def on_source_changed(self, *_args: object) -> None:
        """Suggest the next type and a title from the previous report, unless the user typed one."""
        self.draft_combo.setEnabled(self.library_radio.isChecked())
        self.file_edit.setEnabled(self.file_radio.isChecked())
        self.browse_button.setEnabled(self.file_radio.isChecked())
        try:
            previous = self.previous()
        except (StoreError, ReportFileError, OSError):
            return
        next_type = _NEXT_TYPE.get(previous.report_type or "", "")
        index = self.type_combo.findData(next_type)
        if index >= 0:
            self.type_combo.setCurrentIndex(index)
        if not self._title_typed:
            plan = previous.values.get(previous.roles.plan_title) or previous.title
            self.title_edit.setText(f"{plan}: {self.type_combo.currentText()}" if plan else "")
            self.title_edit.setCursorPosition(0)  # the start says which plan; the end is the type chosen above

    def on_title_edited(self, _text: str) -> None:
        self._title_typed = True

    def on_browse_clicked(self) -> None:
        path = prompts.open_file(self, self.tr("Previous report file"), self.file_edit.text())
        if path:
            self.file_edit.setText(path)
            self.on_source_changed()

    def accept(self) -> None:
        try:
            previous = self.previous()
            self.draft_id = carry_forward_to_draft(self.library, previous, str(self.type_combo.currentData()),
                                                   clean_text(self.title_edit.text()).strip() or None)
        except (StoreError, ReportFileError, CarryForwardError) as exc:
            self.problem_label.setText(prompts.message(exc))
            return
        super().accept()


def new_from_previous(parent: QWidget | None, library: Library, lang: str = "en") -> str | None:
    """The File > New from previous report flow: the new draft's id, None when cancelled."""
    dialog = CarryForwardDialog(library, lang, parent)
    try:
        return dialog.draft_id if prompts.run_dialog(dialog) else None
    finally:
        dialog.deleteLater()
