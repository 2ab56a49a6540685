"""The open conflicts of a contribution merge, one row each, with the choice made so far."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ogp_desktop import valuepath
from ogp_desktop.gui.widgets.labels import path_label
from ogp_desktop.interchange import Conflict
from ogp_desktop.interchange.merge import OURS, THEIRS
from ogp_desktop.template import Template

FIELD, MINE, THEIRS_COLUMN, CHOICE = range(4)
CONFLICT_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN_BRUSH = QBrush(QColor(255, 228, 196))
_Index = QModelIndex | QPersistentModelIndex
_PREVIEW_CHARS = 80


def format_value(value: Any, template: Template | None = None, path: str = "", lang: str = "en") -> str:
    """A merged value as plain text: lists one item a line, rows as "Field: value" lines (labels from *template*)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return QCoreApplication.translate("MergeConflictsModel", "yes") if value else QCoreApplication.translate(
            "MergeConflictsModel", "no")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(f"• {v}" for v in value)
    if isinstance(value, dict):
        ids = valuepath.field_ids(path) if path else ()
        lines = []
        for key, item in value.items():
            if key.startswith("\x00"):
                continue  # translations riding along inside a merged row
            field = template.field(ids + (key,)) if template is not None else None
            lines.append(f"{field.text(lang) if field is not None else key}: {_short(item)}")
        return "\n".join(lines)
    return json.dumps(value, ensure_ascii=False, indent=1)


def _short(value: Any) -> str:
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return f"{len(value)} row(s)"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "; ".join(value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 200 else text[:199] + "…"


def side_text(conflict: Conflict, side: str, template: Template | None = None, lang: str = "en") -> str:
    """What one side of a conflict holds, or that the whole row was removed on that side."""
    value = {OURS: conflict.ours, THEIRS: conflict.theirs, "base": conflict.base}[side]
    text = format_value(value, template, conflict.path, lang)
    if text:
        return text
    if value is None and isinstance(conflict.base, dict) and side != "base":
        return QCoreApplication.translate("MergeConflictsModel", "(removed in this version)")
    return QCoreApplication.translate("MergeConflictsModel", "(empty)")


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _PREVIEW_CHARS else line[:_PREVIEW_CHARS - 1] + "…"


class MergeConflictsModel(QAbstractTableModel):
    """Rows of :class:`Conflict` and a choice per row ("ours"/"theirs"/none).

    Signals: choices_changed(): any choice was set or cleared.
    """

    choices_changed = Signal()

    def __init__(self, conflicts: list[Conflict], template: Template, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.template = template
        self.lang = lang
        self.choices: dict[str, str] = {}

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        """Show a new set of open conflicts (choices already made stay with their keys)."""
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.endResetModel()
        self.choices_changed.emit()

    # -- choices ---------------------------------------------------------------
    def label(self, row: int) -> str:
        conflict = self.conflicts[row]
        text = path_label(self.template, conflict.path, self.lang)
        return f"{text} [{conflict.lang}]" if conflict.lang else text

    def choice(self, row: int) -> str | None:
        return self.choices.get(self.conflicts[row].key)

    def set_choice(self, row: int, side: str | None) -> None:
        key = self.conflicts[row].key
        if side not in (OURS, THEIRS, None) or self.choices.get(key) == side:
            return
        if side is None:
            self.choices.pop(key, None)
        else:
            self.choices[key] = side
        self.dataChanged.emit(self.index(row, 0), self.index(row, CHOICE))
        self.choices_changed.emit()

    def set_all(self, side: str) -> None:
        """Choose *side* for every value; taking theirs for all never removes or adds a whole row."""
        for conflict in self.conflicts:
            if side == OURS or not conflict.whole_row:
                self.choices[conflict.key] = side
        if self.conflicts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.conflicts) - 1, CHOICE))
        self.choices_changed.emit()

    @property
    def complete(self) -> bool:
        return all(c.key in self.choices for c in self.conflicts)

    # -- Qt model ----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        names = (self.tr("Field"), self.tr("Your version"), self.tr("Their version"), self.tr("Choice"))
        return names[section] if 0 <= section < len(names) else None

    def _choice_text(self, side: str | None) -> str:
        return {OURS: self.tr("Keep mine"), THEIRS: self.tr("Take theirs")}.get(side or "", self.tr("(choose)"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        conflict = self.conflicts[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == FIELD:
                return self.label(index.row()) if role == Qt.ItemDataRole.DisplayRole else conflict.path
            if column in (MINE, THEIRS_COLUMN):
                text = side_text(conflict, OURS if column == MINE else THEIRS, self.template, self.lang)
                return _one_line(text) if role == Qt.ItemDataRole.DisplayRole else text
            if column == CHOICE:
                return self._choice_text(self.choice(index.row()))
        if role == CONFLICT_KEY_ROLE:
            return conflict.key
        if role == Qt.ItemDataRole.BackgroundRole and column == CHOICE and self.choice(index.row()) is None:
            return OPEN_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and column == CHOICE and self.choice(index.row()) is None:
            return QBrush(QColor(0, 0, 0))
        return None
