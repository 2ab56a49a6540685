"""Undo and redo: one burst of typing is one step; undo restores the report and the widget."""

from __future__ import annotations

from typing import Any

import pytest
from helpers_editor import kinds_template
from PySide6.QtGui import QUndoStack

from ogp_desktop.gui.editor import undo_commands
from ogp_desktop.gui.editor.form_page import FormPage
from ogp_desktop.gui.editor.undo_commands import EditSession, SetValueCommand
from ogp_desktop.report import Report


class Page:
    def __init__(self, qtbot: Any) -> None:
        template = kinds_template()
        self.report = Report({"title": "Start"})
        self.stack = QUndoStack()
        self.focused: list[str] = []
        self.editing = EditSession(self.report, self.stack, self.focused.append)
        section = template.section("basics")
        assert section is not None
        self.page = FormPage("basics", section.fields, (), self.report, self.editing, "en")
        qtbot.addWidget(self.page)
        self.report.subscribe(self.page.on_report_changed)
        self.page.show()
        qtbot.waitExposed(self.page)

    def widget(self, field_id: str) -> Any:
        return next(b.editor.focus_widget() for b in self.page.blocks if b.editor.field.id == field_id)


@pytest.fixture
def page(qtbot: Any) -> Page:
    return Page(qtbot)


def test_a_burst_of_typing_is_one_undo_step(qtbot: Any, page: Page) -> None:
    line = page.widget("title")
    line.setFocus()
    line.end(False)
    qtbot.keyClicks(line, " of the plan")
    assert page.report.get("title") == "Start of the plan"
    assert page.stack.count() == 1
    page.stack.undo()
    assert page.report.get("title") == "Start"
    assert line.text() == "Start"
    assert page.focused == ["title"]  # undo shows the user what changed
    page.stack.redo()
    assert line.text() == "Start of the plan"


def test_longtext_burst_and_flush(qtbot: Any, page: Page) -> None:
    box = page.widget("body")
    qtbot.keyClicks(box, "Open data")
    page.editing.end_burst()  # what flush_typing() and a focus change do
    qtbot.keyClicks(box, " portal")
    assert page.stack.count() == 2
    page.stack.undo()
    assert box.toPlainText() == "Open data"
    page.stack.undo()
    assert box.toPlainText() == ""
    assert page.report.get("body") is None


def test_typing_in_another_field_starts_a_new_step(qtbot: Any, page: Page) -> None:
    qtbot.keyClicks(page.widget("title"), "!")
    qtbot.keyClicks(page.widget("link"), "https://x.ee")
    qtbot.keyClicks(page.widget("title"), "?")
    assert page.stack.count() == 3


def test_a_pause_ends_the_burst(qtbot: Any, page: Page, monkeypatch: pytest.MonkeyPatch) -> None:
    line = page.widget("title")
    qtbot.keyClicks(line, "a")
    monkeypatch.setattr(undo_commands, "BURST_PAUSE", 0.0)
    qtbot.wait(5)
    qtbot.keyClicks(line, "b")
    assert page.stack.count() == 2


def test_choices_are_one_step_each(qtbot: Any, page: Page) -> None:
    combo = page.widget("colour")
    combo.setCurrentIndex(1)
    combo.setCurrentIndex(2)
    assert page.stack.count() == 2
    page.stack.undo()
    assert combo.currentData() == "red"


def test_typing_back_to_the_start_leaves_no_step(qtbot: Any, page: Page) -> None:
    line = page.widget("title")
    line.setFocus()
    line.end(False)
    qtbot.keyClicks(line, "x")
    qtbot.keyClick(line, "\b")
    assert page.report.get("title") == "Start"
    assert page.stack.count() == 0  # the merged command became obsolete


def test_set_many_is_one_macro(page: Page) -> None:
    page.report.set("items", ["a"])
    page.editing.set_many("Renumber", {"title": "T", "count": 3})
    assert page.report.get("title") == "T" and page.report.get("count") == 3
    assert page.stack.count() == 1
    page.stack.undo()
    assert page.report.get("title") == "Start" and page.report.get("count") is None


def test_read_only_session_changes_nothing(page: Page) -> None:
    page.editing.read_only = True
    page.editing.set_value("title", "New")
    page.editing.insert_row("items", 0, "x")
    assert page.report.get("title") == "Start" and page.stack.count() == 0


def test_commands_do_not_merge_across_paths() -> None:
    report = Report({})
    a = SetValueCommand(report, "a", None, "1", burst=1)
    b = SetValueCommand(report, "b", None, "2", burst=1)
    assert not a.mergeWith(b)
    c = SetValueCommand(report, "a", None, "12", burst=2)
    assert not a.mergeWith(c)
    d = SetValueCommand(report, "a", None, "123", burst=1)
    assert a.mergeWith(d) and a.new == "123"
