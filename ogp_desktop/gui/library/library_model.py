"""The library list as a table model: one row per draft, read from ``Library.list()``.

The view never touches the store: the window calls :meth:`LibraryModel.set_drafts`
with fresh rows after every change it makes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.dates import local_date, local_time
from ogp_desktop.store.library import DraftInfo
from ogp_desktop.template import DEFAULT_TEMPLATE, TemplateError, load_template

COLUMNS = (QT_TRANSLATE_NOOP("LibraryModel", "Title"), QT_TRANSLATE_NOOP("LibraryModel", "Report type"),
           QT_TRANSLATE_NOOP("LibraryModel", "Period"), QT_TRANSLATE_NOOP("LibraryModel", "Last change"),
           QT_TRANSLATE_NOOP("LibraryModel", "Complete"))
TITLE, TYPE, PERIOD, MODIFIED, COMPLETE = range(len(COLUMNS))
DRAFT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def report_type_labels(lang: str) -> dict[str, str]:
    """The Report type column's words in *lang*, from the default template (none when it cannot be read)."""
    try:
        template = load_template(DEFAULT_TEMPLATE)
    except TemplateError:
        return {}
    field = template.field((template.roles.report_type,))
    return {str(v.id): v.text(lang) for v in field.values} if field is not None else {}


class LibraryModel(QAbstractTableModel):
    """Rows of :class:`DraftInfo`. Signals: only QAbstractItemModel's own."""

    def __init__(self, type_labels: dict[str, str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._drafts: list[DraftInfo] = []
        self._type_labels = dict(type_labels or {})

    def set_drafts(self, drafts: list[DraftInfo]) -> None:
        self.beginResetModel()
        self._drafts = list(drafts)
        self.endResetModel()

    def set_type_labels(self, labels: dict[str, str]) -> None:
        self._type_labels = dict(labels)
        if self._drafts:
            self.dataChanged.emit(self.index(0, TYPE), self.index(len(self._drafts) - 1, TYPE))

    def retranslate(self) -> None:
        """The interface language changed: headers and texts again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._drafts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._drafts) - 1, len(COLUMNS) - 1))

    def draft(self, row: int) -> DraftInfo | None:
        return self._drafts[row] if 0 <= row < len(self._drafts) else None

    def row_of(self, draft_id: str) -> int:
        return next((i for i, d in enumerate(self._drafts) if d.id == draft_id), -1)

    # -- QAbstractItemModel ------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._drafts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("LibraryModel", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        draft = self.draft(index.row()) if index.isValid() else None
        if draft is None or not 0 <= index.column() < len(COLUMNS):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(draft, col)
        if role == SORT_ROLE:
            return self._sort_key(draft, col)
        if role == DRAFT_ID_ROLE:
            return draft.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if draft.damaged:
                return draft.damaged_text(prompts.interface_language())
            if col == COMPLETE and draft.errors is not None:
                return self.tr("{errors} error(s) left to fix before a final export").format(errors=draft.errors)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and draft.damaged:
            return QBrush(QColor("#a00000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COMPLETE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, draft: DraftInfo, col: int) -> str:
        if col == TITLE:
            title = draft.title or self.tr("(untitled report)")
            return self.tr("{title} (damaged)").format(title=title) if draft.damaged else title
        if col == TYPE:
            return self._type_labels.get(draft.report_type or "", draft.report_type or "")
        if col == PERIOD:
            if draft.period_start or draft.period_end:
                return f"{local_date(draft.period_start or '?')} – {local_date(draft.period_end or '?')}"
            return ""
        if col == MODIFIED:
            return local_time(draft.modified) if draft.modified else ""
        if draft.share is None:
            return ""
        return f"{round(draft.share * 100)} %"

    def _sort_key(self, draft: DraftInfo, col: int) -> Any:
        if col == COMPLETE:
            return -1.0 if draft.share is None else float(draft.share)
        if col == MODIFIED:
            return draft.modified
        return self._display(draft, col).casefold()
