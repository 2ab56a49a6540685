"""Report > Versions: the draft's saved versions, what changed, restore; and recently deleted drafts.

Versions are read from the library, which holds what was last *saved*: the
caller flushes its autosave before opening this dialog so "current" means what
is on screen.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop import valuepath
from ogp_desktop.gui.collab.merge_dialog import replace_report
from ogp_desktop.gui.collab.versions_model import VersionsModel
from ogp_desktop.gui.widgets import dialogs, prompts
from ogp_desktop.gui.widgets.dates import local_time
from ogp_desktop.gui.widgets.labels import path_label
from ogp_desktop.report import Report
from ogp_desktop.store.diff import DiffEntry
from ogp_desktop.store.errors import StoreError
from ogp_desktop.store.library import Library
from ogp_desktop.template import Template
from ogp_desktop.textdiff import ADDED, REMOVED, as_text, word_diff

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
BEFORE_ROLE = Qt.ItemDataRole.UserRole + 2
AFTER_ROLE = Qt.ItemDataRole.UserRole + 3
_MARKS = {REMOVED: "background:#f9d0d0; text-decoration:line-through;", ADDED: "background:#c8ecc8;"}


def _mark(kind: str, text: str) -> str:
    """A run of words as HTML: removed struck through on red, added on green, line breaks kept."""
    body = html.escape(text).replace("\n", "<br>")
    return f'<span style="{_MARKS[kind]}">{body}</span>' if kind in _MARKS else body


def _parses(path: str) -> bool:
    try:
        valuepath.parse(path)
    except valuepath.PathError:
        return False
    return True


class VersionsDialog(QDialog):
    """Versions of one draft, and the library's trash.

    Signals: restored(object: Report): a version became the draft's state (the
    dialog closes; the caller swaps it into the editor); draft_undeleted(str id).
    """

    restored = Signal(object)
    draft_undeleted = Signal(str)

    def __init__(self, library: Library, draft_id: str, template: Template, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.draft_id = draft_id
        self.template = template
        self.lang = lang
        self.restored_report: Report | None = None
        self.setWindowTitle(self.tr("Versions"))
        self.setAccessibleName(self.tr("Versions"))
        self.resize(860, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._versions_tab(), self.tr("&Versions of this report"))
        self.tabs.addTab(self._deleted_tab(), self.tr("Recently &deleted reports"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # -- layout --------------------------------------------------------------
    def _versions_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.model = VersionsModel(self)
        self.table = QTableView(page)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Saved versions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.changes_label = QLabel(self.tr("Choose a version and Compare to see what changed."), page)
        self.changes_label.setWordWrap(True)
        self.changes = QListWidget(page)
        self.changes.setAccessibleName(self.tr("Changed fields"))
        changes_box = QWidget(page)
        box = QVBoxLayout(changes_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.changes_label)
        box.addWidget(self.changes, 1)
        # The selected change: the text before and after, the words that changed marked.
        self.change_view = QTextBrowser(page)
        self.change_view.setAccessibleName(self.tr("Before and after"))
        box.addWidget(self.change_view, 1)
        self.changes.currentRowChanged.connect(self.on_change_row_changed)
        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(self.table)
        split.addWidget(changes_box)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        self.name_button = QPushButton(self.tr("&Save a named version…"), page)
        self.compare_current_button = QPushButton(self.tr("Compare with &current"), page)
        self.compare_two_button = QPushButton(self.tr("Compare &two"), page)
        self.restore_button = QPushButton(self.tr("&Restore…"), page)
        self.name_button.clicked.connect(self.on_name_clicked)
        self.compare_current_button.clicked.connect(self.on_compare_current_clicked)
        self.compare_two_button.clicked.connect(self.on_compare_two_clicked)
        self.restore_button.clicked.connect(self.on_restore_clicked)
        for button in (self.name_button, self.compare_current_button, self.compare_two_button, self.restore_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _deleted_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.deleted = QTreeWidget(page)
        self.deleted.setAccessibleName(self.tr("Recently deleted reports"))
        self.deleted.setHeaderLabels([self.tr("Report"), self.tr("Deleted")])
        self.deleted.setRootIsDecorated(False)
        self.deleted.itemSelectionChanged.connect(self.on_deleted_selection_changed)
        self.deleted.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.deleted, 1)
        row = QHBoxLayout()
        self.undelete_button = QPushButton(self.tr("Restore to the &library"), page)
        self.undelete_button.clicked.connect(self.on_undelete_clicked)
        row.addWidget(self.undelete_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # -- state ---------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.model.set_versions(self.library.versions(self.draft_id))
            deleted = self.library.deleted()
        except StoreError as exc:
            prompts.error(self, self.tr("Versions"), exc)
            return
        self.deleted.clear()
        for draft_id, title, when in deleted:
            item = QTreeWidgetItem([title, local_time(when) if when else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, draft_id)
            self.deleted.addTopLevelItem(item)
        self.on_selection_changed(QItemSelection(), QItemSelection())
        self.on_deleted_selection_changed()

    def selected_ids(self) -> list[int]:
        """Selected version ids, oldest first."""
        rows = self.table.selectionModel().selectedRows()
        ids = [v.id for v in (self.model.version(r.row()) for r in rows) if v is not None]
        return sorted(ids)

    def select(self, *version_ids: int) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for version_id in version_ids:
            row = self.model.row_of(version_id)
            if row >= 0:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        count = len(self.selected_ids())
        writable = not self.library.read_only
        self.name_button.setEnabled(writable)
        self.compare_current_button.setEnabled(count == 1)
        self.restore_button.setEnabled(count == 1 and writable)
        self.compare_two_button.setEnabled(count == 2)

    def on_deleted_selection_changed(self) -> None:
        self.undelete_button.setEnabled(bool(self.deleted.selectedItems()) and not self.library.read_only)

    # -- actions -------------------------------------------------------------
    def on_name_clicked(self) -> None:
        name = prompts.ask_text(self, self.tr("Save a named version"),
                                self.tr("Name (e.g. \"Sent for public comment\"):"))
        if name is None or not name.strip():
            return
        try:
            version_id = self.library.snapshot(self.draft_id, name.strip())
        except StoreError as exc:
            prompts.error(self, self.tr("Save a named version"), exc)
            return
        self.refresh()
        if version_id is not None:
            self.select(version_id)

    def on_compare_current_clicked(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.compare(ids[0], None)

    def on_compare_two_clicked(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            self.compare(ids[0], ids[1])

    def compare(self, old: int, new: int | None) -> list[DiffEntry]:
        """Fill the list with what changed from version *old* to *new* (None: the current state)."""
        try:
            entries = self.library.diff(self.draft_id, old, new)
            before = self.library.version_report(self.draft_id, old)
            after = self.library.open(self.draft_id) if new is None else self.library.version_report(
                self.draft_id, new)
        except StoreError as exc:
            prompts.error(self, self.tr("Compare versions"), exc)
            return []
        self.changes.clear()
        self.change_view.clear()
        target = self.tr("now") if new is None else self.describe(new)
        self.changes_label.setText(self.tr("{count} change(s) from {old} to {target}:").format(
            count=len(entries), old=self.describe(old), target=target) if entries else
            self.tr("No differences between {old} and {target}.").format(old=self.describe(old), target=target))
        for entry in entries:
            label = path_label(self.template, entry.path, self.lang)
            lang = f" [{entry.lang}]" if entry.lang else ""
            item = QListWidgetItem(f"{label}{lang}", self.changes)
            item.setData(PATH_ROLE, entry.path)
            item.setData(BEFORE_ROLE, self.value_text(before, entry))
            item.setData(AFTER_ROLE, self.value_text(after, entry))
        if entries:
            self.changes.setCurrentRow(0)
        return entries

    def value_text(self, report: Report, entry: DiffEntry) -> str:
        """What a changed value reads as in one version: choices by their label, lists one item a line."""
        if entry.path.startswith("meta."):
            return as_text(report.meta.get(entry.path[5:]))
        if entry.lang:
            found = report.translations.get(entry.lang, {}).get(entry.path)
            return as_text(found.get("text") if isinstance(found, dict) else None)
        value = report.get(entry.path) if _parses(entry.path) else None
        field = self.template.field(entry.path) if _parses(entry.path) else None
        if field is not None and field.kind == "enum" and value is not None:
            return field.value_text(value, self.lang)
        if field is not None and field.kind == "multienum" and isinstance(value, list):
            return ", ".join(field.value_text(v, self.lang) for v in value)
        return as_text(value)

    def on_change_row_changed(self, row: int) -> None:
        item = self.changes.item(row)
        if item is None:
            self.change_view.clear()
            return
        runs = word_diff(str(item.data(BEFORE_ROLE) or ""), str(item.data(AFTER_ROLE) or ""))
        before = "".join(_mark(kind, text) for kind, text in runs if kind != ADDED) or self.tr("(empty)")
        after = "".join(_mark(kind, text) for kind, text in runs if kind != REMOVED) or self.tr("(empty)")
        before_word, after_word = html.escape(self.tr("Before")), html.escape(self.tr("After"))
        self.change_view.setHtml(f"<p><b>{before_word}</b></p><p>{before}</p>"
                                 f"<p><b>{after_word}</b></p><p>{after}</p>")

    def describe(self, version_id: int) -> str:
        """How the user knows a version: its name or reason, and when."""
        version = self.model.version(self.model.row_of(version_id))
        if version is None:
            return self.tr("version {id}").format(id=version_id)
        return f"\u201c{version.label}\u201d ({local_time(version.created)})"

    def on_restore_clicked(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        version = self.model.version(self.model.row_of(ids[0]))
        label = version.label if version is not None else str(ids[0])
        if not dialogs.confirm(self, self.tr("Restore version"),
                               self.tr("Make version {id} (\"{label}\") the current state of this report? What is "
                                       "there now is kept as a version first, so this can be undone.").format(
                                   id=ids[0], label=label)):
            return
        try:
            self.restored_report = self.library.restore(self.draft_id, ids[0])
        except StoreError as exc:
            prompts.error(self, self.tr("Restore version"), exc)
            return
        self.restored.emit(self.restored_report)
        self.accept()

    def on_undelete_clicked(self) -> None:
        items = self.deleted.selectedItems()
        if not items:
            return
        draft_id = str(items[0].data(0, Qt.ItemDataRole.UserRole))
        try:
            self.library.restore_deleted(draft_id)
        except StoreError as exc:
            prompts.error(self, self.tr("Restore report"), exc)
            return
        self.draft_undeleted.emit(draft_id)
        self.refresh()


def show_versions(parent: QWidget | None, library: Library, draft_id: str, report: Report, template: Template,
                  stack: QUndoStack | None = None, lang: str = "en") -> bool:
    """The Report > Versions flow; True when a version was restored into *report* (one undo step)."""
    dialog = VersionsDialog(library, draft_id, template, lang, parent)
    try:
        prompts.run_dialog(dialog)
        restored = dialog.restored_report
    finally:
        dialog.deleteLater()
    if restored is None:
        return False
    replace_report(report, restored, stack, QCoreApplication.translate("VersionsDialog", "Restore a version"))
    return True
