"""The start page: every draft in the library, and what can be done to a draft as a whole.

Rename, duplicate, delete (with undo) and import happen here; opening a draft
and creating one are asked of the window through signals, because they change
what the window shows.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QToolBar, QVBoxLayout, QWidget

from ogp_desktop.filenames import safe_stem
from ogp_desktop.gui.library.library_model import (
    COMPLETE,
    DRAFT_ID_ROLE,
    MODIFIED,
    PERIOD,
    SORT_ROLE,
    TITLE,
    TYPE,
    LibraryModel,
)
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.icons import icon
from ogp_desktop.gui.widgets.language_change import Retranslates
from ogp_desktop.reportfile import ReportFileError
from ogp_desktop.store.errors import StoreError
from ogp_desktop.store.library import Library


class LibraryWidget(Retranslates, QWidget):
    """The list of drafts with its buttons.

    Signals: open_requested(str draft id), message(str) for the status bar,
    undo_delete_available(bool), listed() after each listing (the store may have notices then).
    """

    open_requested = Signal(str)
    message = Signal(str)
    undo_delete_available = Signal(bool)
    listed = Signal()

    def __init__(self, library: Library, type_labels: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._deleted: list[tuple[str, str]] = []  # (id, title), most recent last
        self.model = LibraryModel(type_labels, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._build()
        self.undo_delete_action = QAction(self)
        self.undo_delete_action.setEnabled(False)
        self.undo_delete_action.triggered.connect(self.undo_delete)
        self.retranslate_ui()
        self.refresh()

    def _action(self, slot: object, icon_name: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), "", self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("<h2>Your reports</h2>"))
        self.toolbar.setWindowTitle(self.tr("Report actions"))
        for action, text, tip in (
                (self.import_action, self.tr("&Import…"), self.tr("Import report file")),
                (self.open_action, self.tr("&Open"), self.tr("Open selected report")),
                (self.rename_action, self.tr("&Rename…"), self.tr("Rename selected report")),
                (self.duplicate_action, self.tr("D&uplicate"), self.tr("Duplicate selected report")),
                (self.save_copy_action, self.tr("Save a &copy…"),
                 self.tr("Save a copy of the selected report as a file")),
                (self.delete_action, self.tr("&Delete"), self.tr("Delete selected report"))):
            action.setText(text)
            action.setToolTip(tip)
            self.toolbar.widgetForAction(action).setAccessibleName(tip)
        self.undo_delete_action.setText(self.tr("Undo &delete"))
        self.table.setAccessibleName(self.tr("Reports in the library"))
        self.empty_label.setText(self.tr("No reports yet. Choose <b>New report…</b> to start one, or open a "
                                         "report file someone sent you."))
        self.model.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        layout.addWidget(self.heading)
        # A toolbar, not a row of buttons: it folds what does not fit into a » menu on narrow windows.
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # New and Open file live in the window's toolbar; these act on the library and the selection.
        self.import_action = self._action(self.import_file)
        self.toolbar.addSeparator()
        self.open_action = self._action(self.open_selected)
        self.rename_action = self._action(self.rename_selected)
        self.duplicate_action = self._action(self.duplicate_selected)
        self.save_copy_action = self._action(self.save_copy_selected)
        self.delete_action = self._action(self.delete_selected)
        layout.addWidget(self.toolbar)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MODIFIED, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (TYPE, PERIOD, MODIFIED, COMPLETE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.activated.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # The selection's actions double as the table's context menu; Delete works on the focused table.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.open_action, self.rename_action, self.duplicate_action,
                               self.save_copy_action, self.delete_action])
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout.addWidget(self.table, 1)

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.setTabOrder(self.toolbar, self.table)

    # -- state -------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        try:
            drafts = self.library.list()
        except StoreError as exc:
            prompts.error(self, self.tr("Library"), exc)
            drafts = []
        self.model.set_drafts(drafts)
        self.empty_label.setVisible(not drafts)
        if selected:
            self.select(selected)
        self._update_buttons()
        self.listed.emit()  # listing may have repaired a file: the window shows the store's notices

    def select(self, draft_id: str) -> None:
        row = self.model.row_of(draft_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(DRAFT_ID_ROLE) if rows else None

    def _selected_title(self, draft_id: str) -> str:
        row = self.model.row_of(draft_id)
        draft = self.model.draft(row)
        return (draft.title if draft else "") or self.tr("(untitled report)")

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        writable = not self.library.read_only
        self.open_action.setEnabled(has)
        self.save_copy_action.setEnabled(has)
        for action in (self.rename_action, self.duplicate_action, self.delete_action):
            action.setEnabled(has and writable)
        self.import_action.setEnabled(writable)

    # -- actions -----------------------------------------------------------
    def open_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id:
            self.open_requested.emit(draft_id)

    def import_file(self) -> str | None:
        path = prompts.open_file(self, self.tr("Import report file"))
        if not path:
            return None
        try:
            draft_id = self.library.import_file(path)
        except (ReportFileError, StoreError) as exc:
            prompts.error(self, self.tr("Import report file"), exc)
            return None
        self.refresh()
        self.select(draft_id)
        title = self._selected_title(draft_id)
        self.message.emit(self.tr("Imported \"{title}\" into the library.").format(title=title))
        return draft_id

    def rename_selected(self) -> None:
        draft_id = self.selected_id()
        if not draft_id:
            return
        title = prompts.ask_text(self, self.tr("Rename report"), self.tr("New title:"), self._selected_title(draft_id))
        if title is None or not title.strip():
            return
        self._run(self.tr("Rename report"), lambda: self.library.rename(draft_id, title.strip()))
        self.refresh()

    def duplicate_selected(self) -> None:
        draft_id = self.selected_id()
        if not draft_id:
            return
        new_id = self._run(self.tr("Duplicate report"), lambda: self.library.duplicate(draft_id))
        self.refresh()
        if new_id:
            self.select(new_id)

    def save_copy_selected(self) -> None:
        draft_id = self.selected_id()
        if not draft_id:
            return
        name = safe_stem(self._selected_title(draft_id))
        path = prompts.save_file(self, self.tr("Save a copy as report file"), f"{name}.ogpreport.json")
        if path and self._run(self.tr("Save a copy"), lambda: self.library.export(draft_id, path)) is not False:
            self.message.emit(self.tr("Saved a copy as {path}.").format(path=path))

    def delete_selected(self) -> None:
        draft_id = self.selected_id()
        if not draft_id or self.library.read_only:
            return
        title = self._selected_title(draft_id)
        if self._run(self.tr("Delete report"), lambda: self.library.delete(draft_id)) is False:
            return
        self._deleted.append((draft_id, title))
        self.refresh()
        self.undo_delete_action.setEnabled(True)
        self.undo_delete_available.emit(True)
        self.message.emit(self.tr("Deleted \"{title}\". Choose Undo delete to bring it back.").format(title=title))

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        draft_id, title = self._deleted.pop()
        if self._run(self.tr("Undo delete"), lambda: self.library.restore_deleted(draft_id)) is not False:
            self.refresh()
            self.select(draft_id)
            self.message.emit(self.tr("Restored \"{title}\".").format(title=title))
        self.undo_delete_action.setEnabled(bool(self._deleted))
        self.undo_delete_available.emit(bool(self._deleted))

    def _run(self, title: str, work: object) -> object:
        """Run one store call; a refusal becomes one message and False."""
        try:
            return work()  # type: ignore[operator]
        except StoreError as exc:
            prompts.error(self, title, exc)
            return False
