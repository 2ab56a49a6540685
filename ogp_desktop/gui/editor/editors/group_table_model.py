"""The rows of one group field (milestones, forum members...) as a table model.

The model is a view of a copy of the report's rows: edits leave through
``cell_edited`` so they become undo commands, and come back through
:meth:`GroupTableModel.set_rows` when the report changes.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ogp_desktop.emptiness import is_blank
from ogp_desktop.gui.widgets.ui_text import ui_text
from ogp_desktop.template import Field

Index = QModelIndex | QPersistentModelIndex
_PREVIEW = 80  # characters of a long text shown in its cell
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the stored value, untouched


def cell_text(field: Field, value: Any, lang: str) -> str:
    """How a stored value reads in a table cell or a list of problems."""
    if is_blank(value):
        return ""
    if field.kind == "enum":
        return field.value_text(value, lang)
    if field.kind == "multienum":
        return ", ".join(field.value_text(v, lang) for v in value) if isinstance(value, list) else str(value)
    if field.kind == "group":
        return ui_text("items", lang, n=len(value)) if isinstance(value, list) else ""
    if field.kind == "list":
        return "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    if field.kind == "bool":
        return ""
    text = str(value)
    if field.kind == "longtext":
        first = text.strip().split("\n", 1)[0]
        return first if len(first) <= _PREVIEW and first == text.strip() else first[:_PREVIEW].rstrip() + "…"
    return text


class GroupTableModel(QAbstractTableModel):
    """Columns are the group's visible fields; rows are the report's rows.

    Signals: cell_edited(object): ``(row, field_id, value)`` when the user edits a cell.
    """

    cell_edited = Signal(object)

    def __init__(self, field: Field, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.columns: list[Field] = list(field.fields)
        self._rows: list[dict[str, Any]] = []
        self.read_only = False

    # -- keeping up with the report ------------------------------------
    def set_rows(self, rows: Any) -> None:
        new = [r if isinstance(r, dict) else {} for r in rows] if isinstance(rows, list) else []
        if len(new) != len(self._rows):
            self.beginResetModel()
            self._rows = copy.deepcopy(new)
            self.endResetModel()
            return
        for i, row in enumerate(new):
            if row != self._rows[i]:
                self._rows[i] = copy.deepcopy(row)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))

    def set_columns(self, columns: list[Field]) -> None:
        if columns != self.columns:
            self.beginResetModel()
            self.columns = columns
            self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def rows(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self._rows)

    def column_of(self, field_id: str) -> int:
        return next((i for i, f in enumerate(self.columns) if f.id == field_id), -1)

    # -- QAbstractTableModel -------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or index.column() >= len(self.columns):
            return None
        f = self.columns[index.column()]
        value = self._rows[index.row()].get(f.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(f, value, self.lang)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else value if f.kind in ("enum", "int") else str(value)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and f.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = str(value) if f.kind == "longtext" and value else cell_text(f, value, self.lang)
            return f"{f.text(self.lang)}: {text}" if role == Qt.ItemDataRole.AccessibleTextRole else (text or None)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows) else None
        if not 0 <= section < len(self.columns):
            return None
        f = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f.text(self.lang) + (" *" if f.max_severity != "no" else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.help(self.lang) or f.text(self.lang)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        f = self.columns[index.column()]
        if self.read_only or f.kind in ("group", "list", "multienum", "longtext"):
            return base  # long texts are edited in the row detail below the table
        if f.kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        f = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and f.kind == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif f.kind == "int":
            text = str(value).strip()
            value = int(text) if text.lstrip("+-").isdigit() else (text or None)
        elif isinstance(value, str):
            value = value.strip() if f.kind in ("date", "month", "url", "email") else value
        self.cell_edited.emit((index.row(), f.id, value))
        return True
