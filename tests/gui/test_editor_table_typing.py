"""Typing in a table never loses a keystroke: every cell kind of every table of the real template.

Keys go where the user's keys go, to the widget that has focus, so an editor a
key opened receives the rest of the word; Tab commits and moves on.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers_editor import real_template, sample_report
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QPushButton

from ogp_desktop import valuepath
from ogp_desktop.gui.editor.editors.group_table_widget import GroupTableWidget
from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.report import Report
from ogp_desktop.template import Field

TYPED = {"text": "Typed here", "url": "https://typed.example/x", "date": "2017-03-04", "month": "2017-03",
         "int": "42", "longtext": "Typed paragraph"}


class Window:
    def __init__(self, qtbot: Any) -> None:
        self.report: Report = sample_report()
        self.stack = QUndoStack()
        self.widget = ReportEditorWidget(self.report, real_template(), self.stack, "en")
        qtbot.addWidget(self.widget)
        self.widget.resize(1300, 850)
        with qtbot.waitActive(self.widget):
            self.widget.show()
            self.widget.activateWindow()
        self.qtbot = qtbot

    def tables(self) -> list[GroupTableWidget]:
        """Every group table of every page (sections and the first commitment)."""
        out: list[GroupTableWidget] = []
        for key in [s.id for s in real_template().sections if self.widget.navigator_model.index_of(s.id).isValid()] + [
                "commitments[0]"]:
            page = self.widget.show_page(key)
            self.qtbot.waitUntil(lambda page=page: getattr(page, "complete", True))  # a page builds in steps
            out += [t for t in page.findChildren(GroupTableWidget) if t.path]
        return out

    def show_table(self, table: GroupTableWidget) -> None:
        self.widget.go_to(table.path)
        page = self.widget.stack.currentWidget()
        page.ensureWidgetVisible(table)

    def type(self, text: str) -> None:
        """Each key to the focused widget, as a keyboard does."""
        for ch in text:
            self.qtbot.keyClicks(QApplication.focusWidget(), ch)


@pytest.fixture
def window(qtbot: Any) -> Window:
    return Window(qtbot)


def _enum_choice(field: Field, current: Any) -> Any:
    """A value whose label starts with a letter no earlier label starts with (the combo jumps by first letter)."""
    seen: set[str] = {"—"}
    for v in field.values:
        letter = v.text("en")[0].lower()
        if letter not in seen and v.id != current:
            return v
        seen.add(letter)
    raise AssertionError(f"no reachable value in {field.id}")


def test_typing_into_every_cell_kind_lands_in_the_report(window: Window) -> None:
    tables = window.tables()
    assert {t.field.id for t in tables} >= {"forum_meetings", "milestones", "comments", "consultation_events"}
    kinds: set[str] = set()
    for table in tables:
        window.show_table(table)
        model = table.model
        if not model.rowCount():
            table.add_row()
        for column, field in enumerate(model.columns):
            if table.view.isColumnHidden(column):
                continue
            path = f"{table.path}[0].{field.id}"
            table.view.setCurrentIndex(model.index(0, column))
            table.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if field.kind == "enum":
                choice = _enum_choice(field, window.report.get(path))
                window.type(choice.text("en")[0])
                window.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
                assert window.report.get(path) == choice.id, path
            elif field.kind == "bool":
                before = bool(window.report.get(path))
                window.qtbot.keyClick(table.view, Qt.Key.Key_Space)
                assert window.report.get(path) is (not before), path
            else:
                before = window.report.get(path) or ""
                window.type(TYPED[field.kind])
                window.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
                got = window.report.get(path)
                # a short cell takes the typed text; a long one gets it added where the writer was
                expected: Any = {"longtext": f"{before}{TYPED['longtext']}", "int": 42}.get(
                    field.kind, TYPED[field.kind])
                assert got == expected, (path, got)
            kinds.add(field.kind)
    assert kinds >= {"text", "url", "date", "month", "int", "enum", "longtext", "bool"}


def test_tab_walks_the_cells_then_reaches_the_row_buttons(window: Window) -> None:
    window.widget.go_to("forum_meetings")
    table = next(t for t in window.tables() if t.field.id == "forum_meetings")
    window.show_table(table)
    model = table.model
    last_row = model.rowCount() - 1
    table.view.setCurrentIndex(model.index(0, 0))
    table.view.setFocus(Qt.FocusReason.OtherFocusReason)
    window.qtbot.keyClick(table.view, Qt.Key.Key_Tab)
    assert table.view.currentIndex() == model.index(0, 1)
    window.qtbot.keyClick(table.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.view.currentIndex() == model.index(0, 0)
    table.view.setCurrentIndex(model.index(last_row, model.columnCount() - 1))
    window.qtbot.keyClick(table.view, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton) and focused is table.buttons["add"]


def test_typing_in_an_open_cell_and_tab_moves_to_the_next_cell(window: Window) -> None:
    table = next(t for t in window.tables() if t.field.id == "forum_members")
    window.show_table(table)
    model = table.model
    table.view.setCurrentIndex(model.index(0, model.column_of("name")))
    table.view.setFocus(Qt.FocusReason.OtherFocusReason)
    window.type("Mari Maasikas")
    window.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    window.type("Ministry")
    window.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    row = window.report.get(f"{table.path}[0]")
    assert (row["name"], row["organisation"]) == ("Mari Maasikas", "Ministry")


def test_insert_and_delete_rows_from_the_keyboard_and_the_context_menu(window: Window, monkeypatch) -> None:
    table = next(t for t in window.tables() if t.field.id == "forum_members")
    window.show_table(table)
    count = table.model.rowCount()
    table.view.setCurrentIndex(table.model.index(0, 0))
    table.view.setFocus(Qt.FocusReason.OtherFocusReason)
    window.qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    assert len(window.report.get(table.path)) == count + 1
    window.qtbot.keyClick(table.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(window.report.get(table.path)) == count

    shown: list[Any] = []
    monkeypatch.setattr(prompts, "popup_menu", lambda menu, at: shown.append(menu))
    rect = table.view.visualRect(table.model.index(1, 0))
    table.view.customContextMenuRequested.emit(rect.center())
    assert shown and table.view.currentIndex().row() == 1
    actions = {a.text(): a for a in shown[0].actions()}
    assert {"Add", "Remove"} <= set(actions) and actions["Add"].shortcut().toString() == "Ins"
    actions["Remove"].trigger()
    assert len(window.report.get(table.path)) == count - 1
    assert valuepath.parse(table.path)  # the table still edits its own value path
    assert QModelIndex() != table.view.currentIndex()
