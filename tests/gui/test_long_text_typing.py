"""Typing in a huge text: spelling is checked near the edit (and the field says so), nothing typed is lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from ogp_desktop.gui.editor.background_check import is_big
from ogp_desktop.gui.editor.editors import create_editor
from ogp_desktop.gui.editor.editors.base import PATH_PROPERTY
from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget
from ogp_desktop.gui.widgets.spelling_ui import SPELL_WINDOW, spell_service
from ogp_desktop.report import Report
from ogp_desktop.template import load_template

SENTENCE = "The ministries agreed on the next steps of the plan. "


def longtext_field() -> Any:
    template = load_template()
    return next(f for s in template.sections for f in s.fields if f.kind == "longtext")


def underlined(edit: Any) -> list[tuple[int, str]]:
    """(document position, word) of each word the highlighter marked."""
    out = []
    block = edit.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                out.append((block.position() + fmt.start, block.text()[fmt.start:fmt.start + fmt.length]))
        block = block.next()
    return out


def make_editor(qtbot: Any) -> tuple[Any, list[Any]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    editor = create_editor(longtext_field(), "en", parent)
    editor.set_spell_language("en")
    sent: list[Any] = []
    editor.value_changed.connect(sent.append)
    parent.show()
    editor.keep = parent  # the editor lives as long as its parent widget
    return editor, sent


def type_at_end(qtbot: Any, editor: Any, text: str) -> None:
    box = editor.input
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, text)
    QApplication.processEvents()


def test_a_normal_text_is_checked_whole_and_counted_at_each_key(qtbot) -> None:
    spell_service().load_now("en")
    editor, sent = make_editor(qtbot)
    editor.set_value("Recieve the plan. " + SENTENCE * 20)
    type_at_end(qtbot, editor, "wrogn")
    assert [w for _at, w in underlined(editor.input)] == ["Recieve", "wrogn"]
    assert sent[-1] == editor.input.toPlainText()
    assert editor.counter.text().startswith(f"{len(SENTENCE.split()) * 20 + 4} words")  # counted at once
    assert "spelling" not in editor.counter.text()


def test_a_huge_text_is_checked_near_the_edit_and_the_field_says_so(qtbot) -> None:
    spell_service().load_now("en")
    editor, sent = make_editor(qtbot)
    body = SENTENCE * (3 * SPELL_WINDOW // len(SENTENCE))
    editor.set_value("Recieve the plan. " + body + "Teh end.")
    marked = underlined(editor.input)
    assert marked and marked[0] == (0, "Recieve"), "the start is checked when the text is shown"
    assert (len(editor.input.toPlainText()) - 8, "Teh") not in marked, "not the whole text"
    type_at_end(qtbot, editor, " wrogn")
    words = [w for _at, w in underlined(editor.input)]
    assert "Teh" in words and words[-1] == "wrogn", "the words near the edit are checked"
    qtbot.waitUntil(lambda: "spelling checked only near your edits" in editor.counter.text(), timeout=5000)
    assert editor.counter.text().startswith(f"{len(body.split()) + 6} words")
    # Every keystroke reached the report's side: nothing waits to be sent.
    assert len(sent) == len(" wrogn") and sent[-1] == editor.input.toPlainText()
    assert sent[-1].endswith("Teh end. wrogn")


def test_a_run_of_letters_longer_than_any_word_is_not_looked_up(qtbot) -> None:
    spell_service().load_now("en")
    editor, _sent = make_editor(qtbot)
    editor.set_value("a" * 5000 + " wrogn")
    assert [w for _at, w in underlined(editor.input)] == ["wrogn"]


def test_a_report_of_few_commitments_but_many_keys_or_characters_is_checked_on_a_worker(qtbot) -> None:
    template = load_template()
    small = Report({template.roles.plan_title: "Plan"})
    assert not is_big(small)
    wide = Report({f"unknown_{i}": "x" for i in range(20_000)})
    long = Report({template.roles.plan_title: "x" * 200_000})
    assert is_big(wide) and is_big(long)
    editor = ReportEditorWidget(wide, template, QUndoStack())
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: not editor.background_check.busy and bool(editor.problems), timeout=60_000)
    assert {name.split("_")[0] for name in editor.background_check.threads} == {"validate"}
    editor.detach()


def test_typing_in_a_huge_value_reaches_the_report(qtbot) -> None:
    template = load_template()
    field = longtext_field()
    report = Report({field.id: SENTENCE * (2 * SPELL_WINDOW // len(SENTENCE))})
    stack = QUndoStack()
    editor = ReportEditorWidget(report, template, stack)
    qtbot.addWidget(editor)
    editor.show()
    editor.go_to(field.id)
    box = next(w for w in editor.findChildren(QWidget) if w.property(PATH_PROPERTY) == field.id)
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, "Done")
    assert report.get(field.id).endswith("plan. Done")
    editor.flush_typing()
    stack.undo()
    assert report.get(field.id).endswith("plan. "), "the keystrokes are one undo step"
    editor.detach()
