"""``group``: the adapter around :class:`GroupTableWidget`.

Row edits are structural (insert, remove, move) and cell edits target a path
below the group, so the table edits through the EditSession directly;
``value``/``set_value`` keep the common adapter shape for refreshing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ogp_desktop.gui.editor.editors.base import FieldEditor
from ogp_desktop.gui.editor.editors.group_table_widget import GroupTableWidget


class GroupEditor(FieldEditor):
    typing = False

    def build(self) -> None:
        self.table = GroupTableWidget(self.field, self.lang, self.widget)
        self.row.addWidget(self.table)

    def focus_widget(self) -> QWidget:
        return self.table.view

    def attach(self, editing: Any, path: str) -> None:
        super().attach(editing, path)
        self.table.attach(editing, path)

    def set_read_only(self, ro: bool) -> None:
        self.table.set_read_only(ro)

    def _read(self) -> Any:
        return self.table.model.rows()

    def _show(self, value: Any) -> None:
        self.table.set_rows(value)

    def _same(self, value: Any) -> bool:
        return False  # the table compares row by row itself

    def set_report_type(self, report_type: str | None) -> None:
        self.table.set_report_type(report_type)

    def focus_path(self, rest: tuple[Any, ...]) -> None:
        self.table.focus_path(rest)
