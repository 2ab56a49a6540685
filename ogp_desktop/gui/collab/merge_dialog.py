"""Report > Merge contribution: settle the conflicts of a three-way merge, side by side.

:func:`merge_contribution_into` is the whole flow for the main window: read
the file, keep a version, merge, ask about conflicts, apply as one undo step
with provenance. :class:`ReplaceReportCommand` is that undo step (plan import
uses it too).
"""

from __future__ import annotations

import copy
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.gui.collab.merge_conflicts_model import MergeConflictsModel, side_text
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.labels import path_label
from ogp_desktop.interchange import (
    OVERRIDABLE,
    ContributionError,
    MergeResult,
    contribution_info,
    resolve,
)
from ogp_desktop.interchange.merge import OURS, THEIRS
from ogp_desktop.interchange.usecases import merge_contribution_into_draft
from ogp_desktop.interchange.wordform_parts import FormError
from ogp_desktop.interchange.wordform_read import FormComment, FormReading, is_form, read_contribution_form
from ogp_desktop.report import Report
from ogp_desktop.reportfile import ReportFileError, read_report
from ogp_desktop.store.diff import diff_reports
from ogp_desktop.store.errors import StoreError
from ogp_desktop.store.library import Library
from ogp_desktop.template import Template, TemplateError, load_template

CONTRIBUTION_FILTER = ("Contributions (*.ogpreport.json *.json *.docx);;OGP report files (*.ogpreport.json);;"
                       "Word forms (*.docx);;JSON files (*.json);;All files (*)")
_MISSING = object()


class ReplaceReportCommand(QUndoCommand):
    """Swap a report's values, translations and some meta entries for another's, as one undo step."""

    def __init__(self, report: Report, new: Report, text: str,
                 meta_keys: tuple[str, ...] = ("provenance", "plan_import")) -> None:
        super().__init__(text)
        self.report = report
        self.before = self._state(report, meta_keys)
        self.after = self._state(new, meta_keys)

    @staticmethod
    def _state(report: Report, keys: tuple[str, ...]) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        meta = {k: copy.deepcopy(report.meta[k]) if k in report.meta else _MISSING for k in keys}
        return copy.deepcopy(report.values), copy.deepcopy(report.translations), meta

    def _put(self, state: tuple[dict[str, Any], dict[str, Any], dict[str, Any]]) -> None:
        values, translations, meta = state
        self.report.translations = copy.deepcopy(translations)
        for key, value in meta.items():
            if value is _MISSING:
                self.report.meta.pop(key, None)
            else:  # the sentinel is never deep-copied: a copy would not be the sentinel
                self.report.meta[key] = copy.deepcopy(value)
        self.report.replace_values(copy.deepcopy(values))  # last: listeners see the whole new state

    def redo(self) -> None:
        self._put(self.after)

    def undo(self) -> None:
        self._put(self.before)


def replace_report(report: Report, new: Report, stack: QUndoStack | None, text: str) -> None:
    """Put *new*'s content into *report*: as one undo step on *stack*, or directly without one."""
    command = ReplaceReportCommand(report, new, text)
    if stack is not None:
        stack.push(command)  # push runs redo()
    else:
        command.redo()


def kept_count(result: MergeResult) -> int:
    """How many of the coordinator's own changes since the export the merge keeps (the contributor left them)."""
    info = contribution_info(result.contribution)
    roles = result.original.roles
    rows = result.original.commitments()
    ours = {roles.commitment_key_of(c): (i, c) for i, c in enumerate(rows) if isinstance(c, dict)}
    settled = {c.path for c in result.conflicts} | {k.split(":", 1)[-1] for k in result.resolved}
    count = 0
    for base in info.base_commitments:
        key = roles.commitment_key_of(base)
        if not key or key not in ours:
            continue
        index, mine = ours[key]
        for entry in diff_reports({"values": base}, {"values": mine}):
            full = f"{roles.commitments}[{index}]" + ("" if entry.path.startswith("[") else ".") + entry.path
            if not any(full == c or full.startswith((c + ".", c + "[")) for c in settled):
                count += 1
    return count


class MergeDialog(QDialog):
    """The conflicts of one merge with a choice each; Apply when every one is settled.

    Signals: only QDialog's. After ``accept``: :attr:`merged` is the resolved :class:`MergeResult`.
    """

    def __init__(self, result: MergeResult, template: Template, lang: str = "en",
                 parent: QWidget | None = None, reading: FormReading | None = None) -> None:
        super().__init__(parent)
        self.reading = reading  # a Word form's comments and notes, shown beside the conflicts
        self.merge_result = result
        self.merged: MergeResult | None = None
        self.who = contribution_info(result.contribution).for_whom
        self.setWindowTitle(self.tr("Merge contribution"))
        self.setAccessibleName(self.tr("Merge contribution"))
        self.resize(980, 640)
        self.model = MergeConflictsModel(result.conflicts, template, lang, self)
        self.model.choices_changed.connect(self.on_choices_changed)
        self._build()
        if result.conflicts:
            self.table.selectRow(0)
        self.on_choices_changed()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(self._summary(), self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Merge summary"))
        layout.addWidget(self.summary_label)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 280)
        self.table.setColumnWidth(2, 280)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)

        detail = QWidget(self)
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        self.field_label = QLabel(detail)
        self.field_label.setWordWrap(True)
        self.field_label.setAccessibleName(self.tr("Field in conflict"))
        grid.addWidget(self.field_label, 0, 0, 1, 3)
        self.comment_label = QLabel(detail)
        self.comment_label.setWordWrap(True)
        self.comment_label.setAccessibleName(self.tr("Comments on this field"))
        self.comment_label.setTextFormat(Qt.TextFormat.PlainText)
        self.comment_label.hide()
        grid.addWidget(self.comment_label, 4, 0, 1, 3)
        titles = (self.tr("When it was sent"), self.tr("Your version"),
                  self.tr("Their version ({who})").format(who=self.who) if self.who else self.tr("Their version"))
        self.base_edit, self.ours_edit, self.theirs_edit = (QPlainTextEdit(detail) for _ in range(3))
        edits = (self.base_edit, self.ours_edit, self.theirs_edit)
        for column, (title, edit) in enumerate(zip(titles, edits, strict=False)):
            label = QLabel(title, detail)
            label.setBuddy(edit)
            edit.setReadOnly(True)
            edit.setAccessibleName(title)
            edit.setTabChangesFocus(True)
            edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps
            grid.addWidget(label, 1, column)
            grid.addWidget(edit, 2, column)
        self.mine_radio = QRadioButton(self.tr("Keep &mine"), detail)
        self.theirs_radio = QRadioButton(self.tr("Take &theirs"), detail)
        self.choice_group = QButtonGroup(self)
        self.choice_group.setExclusive(True)
        self.choice_group.addButton(self.mine_radio)
        self.choice_group.addButton(self.theirs_radio)
        self.choice_group.buttonClicked.connect(self.on_choice_clicked)
        grid.addWidget(self.mine_radio, 3, 1)
        grid.addWidget(self.theirs_radio, 3, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

        row = QHBoxLayout()
        self.all_mine_button = QPushButton(self.tr("All m&ine"), self)
        self.all_theirs_button = QPushButton(self.tr("All th&eirs"), self)
        self.all_mine_button.clicked.connect(self.on_all_mine_clicked)
        self.all_theirs_button.clicked.connect(self.on_all_theirs_clicked)
        self.open_label = QLabel(self)
        row.addWidget(self.all_mine_button)
        row.addWidget(self.all_theirs_button)
        row.addStretch(1)
        row.addWidget(self.open_label)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Ctrl+M / Ctrl+T choose for the selected conflict while the table has focus
        QShortcut(QKeySequence("Ctrl+M"), self, self.mine_radio.click)
        QShortcut(QKeySequence("Ctrl+T"), self, self.theirs_radio.click)

    def _summary(self) -> str:
        r = self.merge_result
        who = self.who or self.tr("the contributor")
        text = self.tr("From the contribution for {who}: {taken} value(s) taken from the contributor, {kept} of "
                       "your own changes kept, {conflicts} conflict(s) where you both changed the same value. "
                       "Choose a side for each conflict.").format(
            who=who, taken=len(r.taken), kept=kept_count(r), conflicts=len(r.conflicts))
        # never noted as sent, rows not taken, then what the Word form said
        lines = r.warnings(self.model.lang) + form_lines(self.reading, self.model.template, self.model.lang)
        return text + "".join("\n• " + line for line in lines)

    def comments_on(self, path: str) -> list[FormComment]:
        """The Word comments anchored in the field at *path* or inside it (a row)."""
        if self.reading is None:
            return []
        return [c for c in self.reading.comments if c.path and (c.path == path or c.path.startswith(
            (path + ".", path + "[")))]

    # -- slots -------------------------------------------------------------------
    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.current_row())

    def _show(self, row: int) -> None:
        enabled = 0 <= row < len(self.model.conflicts)
        for widget in (self.mine_radio, self.theirs_radio):
            widget.setEnabled(enabled)
        if not enabled:
            return
        conflict = self.model.conflicts[row]
        self.field_label.setText(f"<b>{html.escape(self.model.label(row))}</b>")  # its name, never its path
        comments = self.comments_on(conflict.path)
        self.comment_label.setVisible(bool(comments))
        self.comment_label.setText("\n".join(comment_line(c, self.model.template, self.model.lang)
                                             for c in comments))
        for edit, side in ((self.base_edit, "base"), (self.ours_edit, OURS), (self.theirs_edit, THEIRS)):
            edit.setPlainText(side_text(conflict, side, self.model.template, self.model.lang))
        choice = self.model.choice(row)
        self.choice_group.setExclusive(False)  # lets both be cleared for an open conflict
        self.mine_radio.setChecked(choice == OURS)
        self.theirs_radio.setChecked(choice == THEIRS)
        self.choice_group.setExclusive(True)

    def on_choice_clicked(self, button: QRadioButton) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.set_choice(row, OURS if button is self.mine_radio else THEIRS)

    def on_all_mine_clicked(self) -> None:
        self.model.set_all(OURS)
        self._show(self.current_row())

    def on_all_theirs_clicked(self) -> None:
        self.model.set_all(THEIRS)
        self._show(self.current_row())

    def on_choices_changed(self) -> None:
        open_count = sum(1 for c in self.model.conflicts if c.key not in self.model.choices)
        self.apply_button.setEnabled(open_count == 0)
        self.open_label.setText(self.tr("{count} conflict(s) still to decide").format(count=open_count)
                                if open_count else self.tr("Every conflict has a choice."))

    def accept(self) -> None:
        if not self.model.complete:
            return
        try:
            self.merged = resolve(self.merge_result, dict(self.model.choices))
        except ContributionError as exc:
            prompts.error(self, self.tr("Merge contribution"), exc)
            return
        if self.merged.conflicts:  # a choice opened a deeper conflict (a removed row kept): ask again
            self.merge_result = self.merged
            self.model.set_conflicts(self.merged.conflicts)
            self.summary_label.setText(self._summary())
            self.table.selectRow(0)
            self.on_choices_changed()
            return
        super().accept()


def comment_line(comment: FormComment, template: Template, lang: str) -> str:
    """A Word comment as one line: who wrote it, on which field (in words), and what."""
    who = comment.author or QCoreApplication.translate("MergeDialog", "someone")
    if comment.path:
        return QCoreApplication.translate("MergeDialog", "Comment by {who} on {field}: {text}").format(
            who=who, field=path_label(template, comment.path, lang), text=comment.text)
    return QCoreApplication.translate("MergeDialog", "Comment by {who} outside the fields: {text}").format(
        who=who, text=comment.text)


def form_lines(reading: FormReading | None, template: Template, lang: str) -> list[str]:
    """What a Word form said besides its values: notes (core sentences in *lang*), then comments."""
    if reading is None:
        return []
    return reading.note_texts(lang) + [comment_line(c, template, lang) for c in reading.comments]


def _read(path: str, report: Report) -> tuple[Report, FormReading | None]:
    """The contribution in *path*: a report file, or a filled Word form."""
    if not is_form(path):
        return read_report(path), None
    reading = read_contribution_form(path, report, load_template(report.template_id))
    return reading.contribution, reading


def _merge_or_ask(parent: QWidget | None, title: str, library: Library, draft_id: str, report: Report,
                  contribution: Report, clock: Clock, reason: str) -> MergeResult | None:
    """The merge use case, asking before taking a contribution made from another report; None when refused."""
    allow = False
    while True:
        try:
            return merge_contribution_into_draft(library, draft_id, report, contribution, reason=reason, clock=clock,
                                                 allow_other_report=allow)
        except StoreError as exc:
            prompts.error(parent, title, exc)
            return None
        except ContributionError as exc:
            other = exc.code in OVERRIDABLE
            if other and not allow and prompts.ask_yes_no(parent, title, "{}\n\n{}".format(
                    prompts.message(exc), QCoreApplication.translate("MergeDialog", "Merge it anyway?"))):
                allow = True
                continue
            if not other:
                prompts.error(parent, title, exc)
            return None


def merge_contribution_into(parent: QWidget | None, library: Library, draft_id: str, report: Report,
                            path: str = "", stack: QUndoStack | None = None, lang: str = "en", *,
                            clock: Clock = system_clock) -> bool:
    """Merge a contribution file into the open *report*; True when something was applied.

    Reads the file (asking for it through prompts when *path* is empty), keeps
    a version of the draft, merges, shows :class:`MergeDialog` when there are
    conflicts, and applies the result (values, translations, provenance) as one
    undo step on *stack*. The caller should flush its autosave first so the
    version holds what is on screen.
    """
    title = QCoreApplication.translate("MergeDialog", "Merge contribution")
    if not path:
        path = prompts.open_file(parent, title, "", CONTRIBUTION_FILTER)
        if not path:
            return False
    try:
        contribution, reading = _read(path, report)
        who = contribution_info(contribution).for_whom
        template = load_template(report.template_id)
    except (ReportFileError, ContributionError, TemplateError, FormError) as exc:
        prompts.error(parent, title, exc)
        return False
    who = who or Path(path).name
    # the reason is stored with the version in the language of the moment, like a commit message
    reason = QCoreApplication.translate("MergeDialog", "Before merging the contribution for {who}").format(who=who)
    result = _merge_or_ask(parent, title, library, draft_id, report, contribution, clock, reason)
    if result is None:
        return False
    if result.warnings(lang):  # never noted as sent, or rows it was never sent for: say so before applying
        prompts.info(parent, title, "\n".join(result.warnings(lang)))
    if result.conflicts:
        dialog = MergeDialog(result, template, lang, parent, reading)
        try:
            if not prompts.run_dialog(dialog) or dialog.merged is None:
                return False
            result = dialog.merged
        finally:
            dialog.deleteLater()
    elif not result.taken and not result.removed:
        prompts.info(parent, title, "\n\n".join([QCoreApplication.translate(
            "MergeDialog", "The contribution for {who} holds no changes to merge.").format(who=who),
            *form_lines(reading, template, lang)]))
        return False
    replace_report(report, result.report, stack, QCoreApplication.translate(
        "MergeDialog", "Merge the contribution for {who}").format(who=who))
    if not result.resolved:  # no dialog was shown: say what happened
        prompts.info(parent, title, "\n\n".join([QCoreApplication.translate(
            "MergeDialog", "Merged the contribution for {who}: {count} value(s) taken; a version from before the "
            "merge is kept (Report > Versions).").format(who=who, count=len(result.taken)),
            *form_lines(reading, template, lang)]))
    return True
