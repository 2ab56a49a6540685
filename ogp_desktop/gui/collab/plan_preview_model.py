"""The commitments of an imported action plan as a table, each row marked with its problems.

A :class:`~ogp_desktop.interchange.PlanImport` names problems by spreadsheet
row, not by commitment, so :func:`row_owners` re-reads the file's rows with the
importer's own rule (a row naming ``ogp_id`` or ``number`` starts or continues
that commitment; a row without them continues the one above) to tell which
commitment each spreadsheet row fed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ogp_desktop.interchange import PlanImport, RowProblem
from ogp_desktop.interchange.plan_csv import read_csv_bytes
from ogp_desktop.interchange.plan_import import (
    COMMITMENT_COLUMNS,
    HEADER_SEARCH_ROWS,
    normalise_header,
)
from ogp_desktop.interchange.plan_xlsx import read_xlsx
from ogp_desktop.text import clean_text

NUMBER, TITLE, LEAD, MILESTONES, PROBLEMS = range(5)
PROBLEM_BRUSH = QBrush(QColor(255, 228, 196))  # light orange: readable with black text in both themes' tables
_Index = QModelIndex | QPersistentModelIndex


def row_owners(path: str | Path) -> dict[int, int]:
    """Spreadsheet row number -> index of the commitment it belongs to (rows before the first: absent)."""
    p = Path(path)
    rows = read_xlsx(p) if p.suffix.lower() in (".xlsx", ".xlsm") else read_csv_bytes(p.read_bytes(), p.name)
    start = None
    for i, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = [normalise_header(c) for c in cells]
        if {"ogp_id", "number"} & set(names) and "title" in names:
            start, columns = i, names
            break
    if start is None:
        return {}
    keys: dict[str, int] = {}
    owners: dict[int, int] = {}
    current: int | None = None
    for number, cells in rows[start + 1:]:
        values = {c: clean_text(v).strip() for c, v in zip(columns, cells, strict=False) if c in COMMITMENT_COLUMNS}
        if any(values.values()):
            key = values.get("ogp_id") or values.get("number") or f"row {number}"
            current = keys.setdefault(key, len(keys))
        if current is not None:
            owners[number] = current
    return owners


class PlanPreviewModel(QAbstractTableModel):
    """One row per commitment of the plan. Signals: only QAbstractItemModel's own."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._commitments: list[dict[str, Any]] = []
        self._problems: dict[int, list[RowProblem]] = {}

    def set_plan(self, plan: PlanImport | None, owners: dict[int, int] | None = None) -> None:
        """Show *plan*; *owners* (from :func:`row_owners`) places each problem on its commitment."""
        self.beginResetModel()
        self._commitments = list(plan.commitments) if plan is not None else []
        self._problems = {}
        for problem in plan.problems if plan is not None else ():
            owner = (owners or {}).get(problem.row)
            if owner is not None and owner < len(self._commitments):
                self._problems.setdefault(owner, []).append(problem)
        self.endResetModel()

    def problems_of(self, row: int) -> list[RowProblem]:
        return list(self._problems.get(row, ()))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._commitments)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        names = (self.tr("No."), self.tr("Title"), self.tr("Lead agency"), self.tr("Milestones"), self.tr("Problems"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._commitments):
            return None
        handler = _ROLE_HANDLERS.get(role)
        if handler is None:
            return None
        return handler(self, self._commitments[index.row()], self._problems.get(index.row(), []), index.column())

    def _display(self, commitment: dict[str, Any], problems: list[RowProblem], column: int) -> Any:
        if column == NUMBER:
            return str(commitment.get("number") or commitment.get("ogp_id") or "")
        if column == TITLE:
            return str(commitment.get("title") or "")
        if column == LEAD:
            return str(commitment.get("lead_agency") or "")
        if column == MILESTONES:
            return len(commitment.get("milestones") or [])
        if column == PROBLEMS:
            return len(problems) or ""
        return None

    def _tool_tip(self, commitment: dict[str, Any], problems: list[RowProblem], column: int) -> Any:
        if problems:
            return "\n".join(self.tr("Row {row}, {column}: {message}").format(
                row=p.row, column=p.column or self.tr("whole row"), message=p.message) for p in problems)
        if column == TITLE:
            return str(commitment.get("title") or "")  # the column is often narrower than the title
        return None

    def _background(self, commitment: dict[str, Any], problems: list[RowProblem], column: int) -> Any:
        return PROBLEM_BRUSH if problems else None

    def _foreground(self, commitment: dict[str, Any], problems: list[RowProblem], column: int) -> Any:
        return QBrush(QColor(0, 0, 0)) if problems else None

    def _alignment(self, commitment: dict[str, Any], problems: list[RowProblem], column: int) -> Any:
        if column in (MILESTONES, PROBLEMS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _accessible_description(self, commitment: dict[str, Any], problems: list[RowProblem], column: int) -> Any:
        return self.tr("{count} problem(s)").format(count=len(problems)) if problems else None


# role -> what PlanPreviewModel.data() answers for it (other roles: None)
_RoleHandler = Callable[[PlanPreviewModel, dict[str, Any], list[RowProblem], int], Any]
_ROLE_HANDLERS: dict[int, _RoleHandler] = {
    Qt.ItemDataRole.DisplayRole: PlanPreviewModel._display,
    Qt.ItemDataRole.ToolTipRole: PlanPreviewModel._tool_tip,
    Qt.ItemDataRole.BackgroundRole: PlanPreviewModel._background,
    Qt.ItemDataRole.ForegroundRole: PlanPreviewModel._foreground,
    Qt.ItemDataRole.TextAlignmentRole: PlanPreviewModel._alignment,
    Qt.ItemDataRole.AccessibleDescriptionRole: PlanPreviewModel._accessible_description,
}
