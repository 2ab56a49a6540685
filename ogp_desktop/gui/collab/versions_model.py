"""A draft's saved versions as a table, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ogp_desktop.gui.widgets.dates import local_time
from ogp_desktop.store.draft_file import VersionInfo

TIME, NAME, KIND, REASON = range(4)
VERSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class VersionsModel(QAbstractTableModel):
    """Rows of :class:`VersionInfo`. Signals: only QAbstractItemModel's own."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._versions: list[VersionInfo] = []

    def set_versions(self, versions: list[VersionInfo]) -> None:
        self.beginResetModel()
        self._versions = sorted(versions, key=lambda v: v.id, reverse=True)
        self.endResetModel()

    def version(self, row: int) -> VersionInfo | None:
        return self._versions[row] if 0 <= row < len(self._versions) else None

    def row_of(self, version_id: int) -> int:
        return next((i for i, v in enumerate(self._versions) if v.id == version_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._versions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Saved"), self.tr("Name"), self.tr("Kind"), self.tr("Why"))
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        version = self.version(index.row()) if index.isValid() else None
        if version is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return local_time(version.created)
            if column == NAME:
                return version.name or ""
            if column == KIND:
                return self.tr("Named") if version.kind == "named" else self.tr("Automatic")
            if column == REASON:
                return "" if version.name and version.reason == version.name else version.reason
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Version {id}, saved {time}: {label}").format(
                id=version.id, time=local_time(version.created), label=version.label)
        if role == VERSION_ID_ROLE:
            return version.id
        if role == Qt.ItemDataRole.FontRole and version.kind == "named":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
