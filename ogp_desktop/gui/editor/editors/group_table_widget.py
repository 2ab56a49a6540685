"""A group field as a table: rows with Add, Remove, Duplicate, Move up/down, and a row detail.

Short values are edited in their cells (enums with a combo box); long texts
are edited in a detail area under the table for the current row, since a
paragraph does not fit a cell. Typing never goes nowhere: a key typed on a
short cell opens its editor with that text, a key typed on a long-text cell
goes, with the rest of the typing, into that cell's box below the table.
Tab and Shift+Tab move from cell to cell and, past the last (first) cell, on
to the row buttons (the field before). Every change is an undo command
through the page's EditSession. Keys (while the table has focus): Insert or
Ctrl+Shift+N adds a row, Ctrl+Delete removes, Ctrl+D duplicates, Alt+Up /
Alt+Down move; the same are in the table's context menu.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop.gui.editor.editors.base import PATH_PROPERTY
from ogp_desktop.gui.editor.editors.group_table_model import VALUE_ROLE, GroupTableModel
from ogp_desktop.gui.editor.editors.longtext_editor import LongTextEditor
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.language_change import FollowsLanguage
from ogp_desktop.gui.widgets.ui_text import ui_text
from ogp_desktop.template import Field
from ogp_desktop.text import clean_text

Index = QModelIndex | QPersistentModelIndex
COLUMN_MAX = 240  # px: a long name or address is elided, with the full text in its tooltip
SHORTCUTS = {"add": ("Insert", "Ctrl+Shift+N"), "remove": ("Ctrl+Delete",), "duplicate": ("Ctrl+D",),
             "move_up": ("Alt+Up",), "move_down": ("Alt+Down",)}


class RowTextEditor(LongTextEditor):
    LINES = 3  # the detail under a table is a second look, not the main page


class CellDelegate(QStyledItemDelegate):
    """Combo boxes for enum cells (labelled in the UI language), checked line edits for the rest.

    Signals: none of its own.
    """

    def __init__(self, model: GroupTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        f = self.model.columns[index.column()]
        if f.kind == "enum":
            combo = QComboBox(parent)
            combo.addItem(ui_text("choose", self.model.lang), None)
            for v in f.values:
                combo.addItem(v.text(self.model.lang), v.id)
            combo.setAccessibleName(f.text(self.model.lang))
            return combo
        edit = QLineEdit(parent)
        edit.setAccessibleName(f.text(self.model.lang))
        if f.kind == "int":
            edit.setValidator(QIntValidator(edit))
        elif f.kind in ("date", "month"):
            edit.setPlaceholderText("YYYY-MM-DD" if f.kind == "date" else "YYYY-MM")
        elif f.kind == "url":
            edit.setPlaceholderText("https://")
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(VALUE_ROLE)
        if isinstance(editor, QComboBox):
            i = editor.findData(value) if value is not None else 0
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, clean_text(editor.text()), Qt.ItemDataRole.EditRole)


class CellTable(QTableView):
    """A table whose Tab walks the cells and then leaves, and whose typing always lands somewhere.

    Signals: text_typed_in_long_cell(object): ``(index, text)`` when a key with
    text is typed on a cell that is edited outside the table (long texts).
    """

    text_typed_in_long_cell = Signal(object)

    def __init__(self, is_long: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.is_long = is_long  # column -> True when its cells are edited below the table

    def _neighbour(self, forward: bool) -> QModelIndex:
        """The next (previous) visible cell in reading order; invalid past the last (first)."""
        model, current = self.model(), self.currentIndex()
        columns = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        rows = model.rowCount()
        if not columns or not rows:
            return QModelIndex()
        if not current.isValid():
            return model.index(0, columns[0]) if forward else model.index(rows - 1, columns[-1])
        cells = [(r, c) for r in range(rows) for c in columns]
        at = cells.index((current.row(), current.column())) if (current.row(), current.column()) in cells else -1
        step = at + (1 if forward else -1)
        return model.index(*cells[step]) if 0 <= step < len(cells) else QModelIndex()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt override and its name
        if self.hasFocus() or self.state() == QAbstractItemView.State.EditingState:
            target = self._neighbour(next)
            if target.isValid():
                self.setCurrentIndex(target)
                self.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return QWidget.focusNextPrevChild(self, next)  # past the edge: on to the row buttons / the field before

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        """Tab in an open cell editor commits it and moves like Tab on the table (and out of it at the end)."""
        moving = hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                          QAbstractItemDelegate.EndEditHint.EditPreviousItem)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if moving else hint)
        if moving:
            self.setFocus(Qt.FocusReason.TabFocusReason)
            self.focusNextPrevChild(hint == QAbstractItemDelegate.EndEditHint.EditNextItem)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        index = self.currentIndex()
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if (index.isValid() and text and text.isprintable() and plain and self.is_long(index.column())
                and self.state() != QAbstractItemView.State.EditingState):
            self.text_typed_in_long_cell.emit((index, text))
            event.accept()
            return
        super().keyPressEvent(event)


class GroupTableWidget(FollowsLanguage, QWidget):
    """Table + buttons + detail editors for one group field at one value path.

    Signals: current_path_changed(str): the value path of the current cell.
    """

    current_path_changed = Signal(str)

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.path = ""
        self.editing: Any = None
        self.read_only = False
        self.fitted = False
        self.model = GroupTableModel(field, lang, self)
        self.model.cell_edited.connect(self.on_cell_edited)
        self.view = CellTable(self.is_long_column, self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.text_typed_in_long_cell.connect(self.on_long_cell_typed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.on_context_menu_requested)
        self.view.setItemDelegate(CellDelegate(self.model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # CellTable.focusNextPrevChild walks the cells, then leaves
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setMinimumSectionSize(60)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.selectionModel().currentChanged.connect(self.on_current_changed)
        self.view.doubleClicked.connect(self.on_view_double_clicked)
        self.model.modelReset.connect(self.on_model_reset)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (("add", self.add_row), ("remove", self.remove_row), ("duplicate", self.duplicate_row),
                          ("move_up", self.move_up), ("move_down", self.move_down)):
            b = QPushButton(self)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab past the last cell reaches them
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.buttons[key] = b
            for seq in SHORTCUTS[key]:
                sc = QShortcut(QKeySequence(seq), self.view)
                sc.setContext(Qt.ShortcutContext.WidgetShortcut)
                sc.activated.connect(slot)
        buttons.addStretch(1)

        self.detail_fields = [f for f in field.fields if f.kind == "longtext"]
        self.detail_box = QGroupBox(self)
        self.detail_body = QWidget(self.detail_box)  # hidden while there is no row: the title says why
        QVBoxLayout(self.detail_box).addWidget(self.detail_body)
        self.detail_form = form = QFormLayout(self.detail_body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.detail_editors: list[LongTextEditor] = []
        self.detail_labels: list[QLabel] = []
        for f in self.detail_fields:
            ed = RowTextEditor(f, lang, self.detail_body)
            ed.value_changed.connect(self.on_detail_changed)
            label = QLabel(self.detail_body)
            label.setBuddy(ed.focus_widget())
            form.addRow(label, ed.widget)
            self.detail_editors.append(ed)
            self.detail_labels.append(label)
        self.detail_box.setVisible(bool(self.detail_fields))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.detail_box)
        self.set_language(lang)
        self.update_buttons()
        self.fit_height()

    # -- binding ----------------------------------------------------------
    def attach(self, editing: Any, path: str) -> None:
        self.editing = editing
        self.path = path
        self.view.setProperty(PATH_PROPERTY, path)
        self.update_detail()

    def set_rows(self, rows: Any) -> None:
        current = self.view.currentIndex()
        self.model.set_rows(rows)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            # a table with rows always has a current one, so the detail shows its long texts, not empty boxes
            row, column = (current.row(), current.column()) if current.isValid() else (0, 0)
            self.select(min(row, self.model.rowCount() - 1), column)
        self.update_detail()
        self.update_buttons()
        self.fit_height()
        if not self.fitted and self.model.rowCount():
            self.fitted = True  # once: later the user's own column widths stay
            self.fit_columns()

    def fit_height(self) -> None:
        """As tall as the rows (3 to 10 of them), so short tables leave no empty box on the page."""
        rows = max(3, min(self.model.rowCount() + 1, 10))
        height = (self.view.horizontalHeader().sizeHint().height()
                  + rows * self.view.verticalHeader().defaultSectionSize()
                  + 2 * self.view.frameWidth() + self.view.horizontalScrollBar().sizeHint().height())
        self.view.setFixedHeight(height)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.model.set_language(lang)
        label = self.field.text(lang)
        self.view.setAccessibleName(label)
        self.view.setAccessibleDescription(self.field.help(lang))
        self.view.setToolTip(self.field.help(lang) or label)
        for key, b in self.buttons.items():
            b.setText(ui_text(key, lang))
            b.setToolTip(f"{ui_text(key, lang)} ({', '.join(SHORTCUTS[key])})")
            b.setAccessibleName(f"{label}: {ui_text(key, lang)}")
        for ed, label_widget in zip(self.detail_editors, self.detail_labels, strict=False):
            ed.set_language(lang)
            label_widget.setText(ed.field.text(lang) + (" *" if ed.field.max_severity != "no" else ""))
        self.update_detail()

    def set_report_type(self, report_type: str | None) -> None:
        """Columns (and row details) that ``show_for`` excludes are hidden."""
        self.model.set_columns([f for f in self.field.fields if f.visible_for(report_type)])
        for ed in self.detail_editors:
            visible = ed.field.visible_for(report_type)
            ed.widget.setVisible(visible)
            label = self.detail_form.labelForField(ed.widget)
            if label is not None:
                label.setVisible(visible)

    def set_read_only(self, ro: bool) -> None:
        self.read_only = ro
        self.model.read_only = ro
        for ed in self.detail_editors:
            ed.set_read_only(ro)
        self.update_buttons()

    # -- current row ------------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, max(0, column)))

    def focus_path(self, rest: tuple[Any, ...]) -> None:
        """Select the row and cell of a path below this group (``(1, "date")``) and focus it."""
        row = rest[0] if rest and isinstance(rest[0], int) else self.current_row()
        field_id = next((p for p in rest[1:] if isinstance(p, str)), None)
        column = self.model.column_of(field_id) if field_id else 0
        self.select(row, max(column, 0))
        detail = next((ed for ed in self.detail_editors if ed.field.id == field_id), None)
        (detail.focus_widget() if detail is not None else self.view).setFocus(Qt.FocusReason.OtherFocusReason)

    def on_model_reset(self) -> None:
        self.update_buttons()

    def fit_columns(self) -> None:
        """Columns as wide as their contents, within reason; the last one takes the rest."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, max(80, min(header.sectionSize(column), COLUMN_MAX)))

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.path:
            cell = f"{self.path}[{current.row()}].{self.model.columns[current.column()].id}"
            self.view.setProperty(PATH_PROPERTY, cell)
            self.current_path_changed.emit(cell)
        self.update_detail()
        self.update_buttons()

    def is_long_column(self, column: int) -> bool:
        return 0 <= column < len(self.model.columns) and any(
            ed.field is self.model.columns[column] for ed in self.detail_editors)

    def on_long_cell_typed(self, typed: tuple[QModelIndex, str]) -> None:
        """A key typed on a long-text cell: it and the rest of the typing go into that cell's box below."""
        index, text = typed
        detail = next((ed for ed in self.detail_editors if ed.field is self.model.columns[index.column()]), None)
        if detail is None or self.read_only or not detail.widget.isEnabled():
            return
        box = detail.input
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        box.moveCursor(QTextCursor.MoveOperation.End)
        box.insertPlainText(text)

    def on_context_menu_requested(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        for key, slot in (("add", self.add_row), ("remove", self.remove_row), ("duplicate", self.duplicate_row),
                          ("move_up", self.move_up), ("move_down", self.move_down)):
            action = menu.addAction(ui_text(key, self.lang), slot)
            action.setShortcut(QKeySequence(SHORTCUTS[key][0]))
            action.setEnabled(self.buttons[key].isEnabled())
        self.context_menu = menu  # tests read it; the next request replaces it
        prompts.popup_menu(menu, self.view.viewport().mapToGlobal(pos))

    def on_view_double_clicked(self, index: QModelIndex) -> None:
        detail = next((ed for ed in self.detail_editors if ed.field is self.model.columns[index.column()]), None)
        if detail is not None:
            detail.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def update_detail(self) -> None:
        row = self.current_row()
        rows = self.model.rows() if row >= 0 else []
        self.detail_box.setTitle(ui_text("row_details", self.lang, n=row + 1) if row >= 0
                                 else ui_text("no_row" if self.model.rowCount() else "no_rows", self.lang))
        self.detail_body.setVisible(row >= 0)
        for ed in self.detail_editors:
            ed.widget.setEnabled(row >= 0 and not self.read_only)
            ed.attach(self.editing, f"{self.path}[{row}].{ed.field.id}" if row >= 0 else "")
            ed.set_value(rows[row].get(ed.field.id) if row >= 0 else None)

    def update_buttons(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        enabled = {"add": True, "remove": row >= 0, "duplicate": row >= 0,
                   "move_up": row > 0, "move_down": 0 <= row < count - 1}
        for key, b in self.buttons.items():
            b.setEnabled(enabled[key] and not self.read_only)

    # -- edits (each one undo command) -------------------------------------
    def on_cell_edited(self, edit: tuple[int, str, Any]) -> None:
        row, field_id, value = edit
        if self.editing is not None:
            self.editing.set_value(f"{self.path}[{row}].{field_id}", value)

    def on_detail_changed(self, value: Any) -> None:
        editor = self.sender()
        if self.editing is not None and isinstance(editor, LongTextEditor) and editor.path:
            self.editing.set_value(editor.path, value, typing=True)

    def _ready(self) -> bool:
        return self.editing is not None and not self.read_only

    def add_row(self) -> None:
        if not self._ready():
            return
        row = self.current_row() + 1 if self.current_row() >= 0 else self.model.rowCount()
        self.editing.insert_row(self.path, row, {})
        self.select(row)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_row(self) -> None:
        row = self.current_row()
        if self._ready() and row >= 0:
            self.editing.remove_row(self.path, row)
            self.select(min(row, self.model.rowCount() - 1))

    def duplicate_row(self) -> None:
        row = self.current_row()
        if self._ready() and row >= 0:
            self.editing.duplicate_row(self.path, row)
            self.select(row + 1, self.view.currentIndex().column())

    def _move(self, delta: int) -> None:
        row, column = self.current_row(), self.view.currentIndex().column()
        if self._ready() and 0 <= row and 0 <= row + delta < self.model.rowCount():
            self.editing.move_row(self.path, row, row + delta)
            self.select(row + delta, column)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)
