"""Validation problems as a table: severity, field, message, path; filterable by severity."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ogp_desktop.gui.widgets.i18n import translate
from ogp_desktop.gui.widgets.icons import status_icon
from ogp_desktop.gui.widgets.labels import path_label, section_label
from ogp_desktop.template import Template

Index = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("severity", "field", "message", "path")
_HEADERS = {"severity": "", "field": QT_TRANSLATE_NOOP("Problems", "Field"),
            "message": QT_TRANSLATE_NOOP("Problems", "Problem"), "path": QT_TRANSLATE_NOOP("Problems", "Where")}
_SEVERITY = {"error": QT_TRANSLATE_NOOP("Problems", "Error"), "warning": QT_TRANSLATE_NOOP("Problems", "Warning")}
FILTERS = ("all", "error", "warning")
# The roles data() answers: a view asks a row for a dozen more each time it sizes it, and those get None at once.
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.DecorationRole, PATH_ROLE})


class ProblemsModel(QAbstractTableModel):
    """Rows are the problems the current filter lets through.

    Signals: none of its own (Qt's model signals only).
    """

    def __init__(self, template: Template, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.template = template
        self.lang = lang
        self.all: list[Any] = []
        self.shown: list[Any] = []
        self._counts = {"error": 0, "warning": 0}
        self.filter = "all"
        # Field and section names by (column, path, language): a view asks for them over and over, and after
        # an edit most problems are the same as before; thousands took seconds to name again.
        self._names: dict[tuple[str, str, str], str] = {}

    def set_problems(self, problems: Sequence[Any]) -> None:
        self.beginResetModel()
        self.all = list(problems)
        self.shown = [p for p in self.all if self.filter == "all" or p.severity == self.filter]
        severities = [p.severity for p in self.all]
        self._counts = {sev: severities.count(sev) for sev in ("error", "warning")}  # asked for after every check
        self.endResetModel()

    def set_filter(self, severity: str) -> None:
        self.filter = severity if severity in FILTERS else "all"
        self.set_problems(self.all)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.shown) - 1, len(COLUMNS) - 1))

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def problem(self, row: int) -> Any:
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, p: Any, column: str) -> str:
        if column == "severity":
            return translate(self.lang, "Problems", _SEVERITY[p.severity]) if p.severity in _SEVERITY else p.severity
        if column in ("field", "path"):
            key = (column, p.path, self.lang)
            name = self._names.get(key)
            if name is None:
                if len(self._names) > 100_000:
                    self._names.clear()
                # "path" is where it is, in words: the section's name (the field column names the field)
                label = path_label if column == "field" else section_label
                name = self._names[key] = label(self.template, p.path, self.lang)
            return name
        return str(p.message)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        if not 0 <= index.row() < len(self.shown) or not 0 <= index.column() < len(COLUMNS):
            return None
        p = self.shown[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column == "severity" else self._text(p, column)  # the icon says it; words for tooltips
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(p, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._text(p, 'severity')}: {self._text(p, 'field')}: {p.message}"
        if role == Qt.ItemDataRole.DecorationRole and column == "severity":
            return status_icon("errors" if p.severity == "error" else "warnings")
        if role == PATH_ROLE:
            return p.path
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        header = _HEADERS[COLUMNS[section]]
        return translate(self.lang, "Problems", header) if header else ""
