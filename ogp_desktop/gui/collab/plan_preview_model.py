"""The commitments of an imported action plan as a table, each row marked with its problems.

A :class:`~ogp_desktop.interchange.PlanImport` names problems by spreadsheet
row; the importer also records which commitment each row fed
(``PlanImport.owners``), so a problem lands on its commitment here without
reading the file again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ogp_desktop.gui.widgets import prompts
from ogp_desktop.interchange import PlanImport, RowProblem
from ogp_desktop.roles import first_filled
from ogp_desktop.template import DEFAULT_TEMPLATE, template_of

NUMBER, TITLE, LEAD, MILESTONES, PROBLEMS = range(5)
PROBLEM_BRUSH = QBrush(QColor(255, 228, 196))  # light orange: readable with black text in both themes' tables
_Index = QModelIndex | QPersistentModelIndex


class PlanPreviewModel(QAbstractTableModel):
    """One row per commitment of the plan. Signals: only QAbstractItemModel's own."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._commitments: list[dict[str, Any]] = []
        self._problems: dict[int, list[RowProblem]] = {}
        self._roles = template_of(DEFAULT_TEMPLATE).roles

    def set_plan(self, plan: PlanImport | None, owners: dict[int, int] | None = None) -> None:
        """Show *plan*; *owners* (default: the plan's own record) places each problem on its commitment."""
        self.beginResetModel()
        self._commitments = list(plan.commitments) if plan is not None else []
        self._problems = {}
        for problem in plan.problems if plan is not None else ():
            owner = (plan.owners if owners is None else owners).get(problem.row)
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
        roles = self._roles
        if column == NUMBER:
            return first_filled(commitment, (roles.commitment_number, *roles.commitment_key))
        if column == TITLE:
            return str(commitment.get(roles.commitment_title) or "")
        if column == LEAD:
            return str(commitment.get(roles.commitment_lead) or "")
        if column == MILESTONES:
            return len(commitment.get(roles.milestones) or [])
        if column == PROBLEMS:
            return len(problems) or ""
        return None

    def _tool_tip(self, commitment: dict[str, Any], problems: list[RowProblem], column: int) -> Any:
        if problems:
            lang = prompts.interface_language()
            return "\n".join(self.tr("Row {row}, {column}: {message}").format(
                row=p.row, column=p.column or self.tr("whole row"), message=p.text(lang)) for p in problems)
        if column == TITLE:
            return str(commitment.get(self._roles.commitment_title) or "")  # the column is often narrower
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
