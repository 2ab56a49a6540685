"""Group tables: rows added, removed, duplicated and moved from the keyboard, cells edited, undone."""

from __future__ import annotations

from typing import Any

import pytest
from helpers_editor import kinds_template
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from ogp_desktop.gui.editor.editors.group_table_model import GroupTableModel
from ogp_desktop.gui.editor.editors.group_table_widget import GroupTableWidget
from ogp_desktop.gui.editor.undo_commands import EditSession
from ogp_desktop.report import Report

ROWS = [{"title": "Kick-off", "kind": "meeting", "people": 12},
        {"title": "Online survey", "kind": "online"},
        {"title": "Roundtable", "kind": "other", "notes": "Long notes\n\nover paragraphs"}]


class Table:
    def __init__(self, qtbot: Any, rows: list[dict[str, Any]]) -> None:
        template = kinds_template()
        field = template.field("events")
        assert field is not None
        self.report = Report({"events": [dict(r) for r in rows]})
        self.stack = QUndoStack()
        self.editing = EditSession(self.report, self.stack)
        self.widget = GroupTableWidget(field, "en")
        qtbot.addWidget(self.widget)
        self.widget.attach(self.editing, "events")
        self.widget.set_rows(self.report.get("events"))
        self.report.subscribe(self.on_change)
        self.widget.resize(800, 500)
        self.widget.show()
        qtbot.waitExposed(self.widget)
        self.view = self.widget.view

    def on_change(self, _change: Any) -> None:
        self.widget.set_rows(self.report.get("events"))

    def titles(self) -> list[str]:
        return [r.get("title", "") for r in self.report.get("events") or []]

    def key(self, qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.view.setFocus()
        qtbot.keyClick(self.view, key, mods)


@pytest.fixture
def table(qtbot: Any) -> Table:
    return Table(qtbot, ROWS)


def test_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    field = kinds_template().field("events")
    assert field is not None
    model = GroupTableModel(field, "en")
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.set_rows(ROWS[:1])
    qtmodeltester.check(model)


def test_cells_show_labels_and_edit_through_undo(qtbot: Any, table: Table) -> None:
    model = table.widget.model
    assert model.index(0, model.column_of("kind")).data() == "meeting"
    assert model.index(2, model.column_of("notes")).data() == "Long notes…"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    title = model.index(1, model.column_of("title"))
    table.view.setCurrentIndex(title)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Web consultation")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.titles()[1] == "Web consultation")
    table.stack.undo()
    assert table.titles()[1] == "Online survey"
    assert title.data() == "Online survey"


def test_enum_cell_uses_a_combo_box(qtbot: Any, table: Table) -> None:
    model = table.widget.model
    table.view.setCurrentIndex(model.index(0, model.column_of("kind")))
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert combo.itemText(0) == "— choose —" and combo.currentData() == "meeting"
    combo.setCurrentIndex(combo.findData("workshop"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.report.get("events[0].kind") == "workshop")


def test_bool_cell_toggles(table: Table) -> None:
    model = table.widget.model
    index = model.index(0, model.column_of("public"))
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert table.report.get("events[0].public") is True


def test_keyboard_add_duplicate_move_remove_and_undo(qtbot: Any, table: Table) -> None:
    table.widget.select(0)
    table.key(qtbot, Qt.Key.Key_Insert)  # add after the current row
    assert table.titles() == ["Kick-off", "", "Online survey", "Roundtable"]
    assert table.widget.current_row() == 1
    table.key(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert table.titles() == ["Kick-off", "Online survey", "Roundtable"]
    table.widget.select(2)
    table.key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert table.titles() == ["Kick-off", "Online survey", "Roundtable", "Roundtable"]
    assert table.report.get("events[3].notes") == "Long notes\n\nover paragraphs"
    table.widget.select(1)
    table.key(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert table.titles() == ["Online survey", "Kick-off", "Roundtable", "Roundtable"]
    assert table.widget.current_row() == 0
    table.key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    table.key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert table.titles() == ["Kick-off", "Roundtable", "Online survey", "Roundtable"]
    assert table.stack.count() == 6  # insert, remove, duplicate and three moves
    for _ in range(5):
        table.stack.undo()
    assert table.titles() == ["Kick-off", "", "Online survey", "Roundtable"]
    table.stack.undo()
    assert table.report.get("events") == ROWS
    while table.stack.canRedo():
        table.stack.redo()
    assert table.titles() == ["Kick-off", "Roundtable", "Online survey", "Roundtable"]


def test_buttons_follow_the_current_row(table: Table) -> None:
    b = table.widget.buttons
    table.widget.select(0)
    assert not b["move_up"].isEnabled() and b["move_down"].isEnabled()
    table.widget.select(2)
    assert b["move_up"].isEnabled() and not b["move_down"].isEnabled()
    assert "Alt+Up" in b["move_up"].toolTip()


def test_long_text_is_edited_in_the_row_detail(qtbot: Any, table: Table) -> None:
    table.widget.select(2, table.widget.model.column_of("notes"))
    detail = table.widget.detail_editors[0]
    assert detail.input.toPlainText() == "Long notes\n\nover paragraphs"
    assert "row 3" in table.widget.detail_box.title()
    detail.input.setFocus()
    detail.input.moveCursor(detail.input.textCursor().MoveOperation.End)
    qtbot.keyClicks(detail.input, " and more")
    assert table.report.get("events[2].notes") == "Long notes\n\nover paragraphs and more"
    assert table.stack.count() == 1  # one burst of typing, one undo step
    table.stack.undo()
    assert detail.input.toPlainText() == "Long notes\n\nover paragraphs"
    table.widget.select(0)
    assert detail.input.toPlainText() == ""


def test_read_only_table_refuses_edits(qtbot: Any, table: Table) -> None:
    table.widget.set_read_only(True)
    table.widget.select(0)
    table.key(qtbot, Qt.Key.Key_Insert)
    assert len(table.titles()) == 3
    assert not table.widget.model.flags(table.widget.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_columns_follow_show_for(qtbot: Any) -> None:
    template = kinds_template()
    field = template.field("things")
    assert field is not None
    widget = GroupTableWidget(field, "en")
    qtbot.addWidget(widget)
    widget.set_report_type("mid_term")
    assert widget.model.column_of("impact") == -1
    widget.set_report_type("end_of_term")
    assert widget.model.column_of("impact") == len(field.fields) - 1
