"""Every field kind: typing into the editor sets the report value; the report drives the editor back."""

from __future__ import annotations

from typing import Any

import pytest
from helpers_editor import kinds_template
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextDocumentFragment, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
)

from ogp_desktop.gui.editor.editors import EDITORS, create_editor, editor_class
from ogp_desktop.gui.editor.form_page import FormPage
from ogp_desktop.gui.editor.undo_commands import EditSession
from ogp_desktop.report import Report


@pytest.fixture
def page(qtbot: Any) -> FormPage:
    template = kinds_template()
    report = Report({})
    stack = QUndoStack()
    editing = EditSession(report, stack)
    section = template.section("basics")
    assert section is not None
    page = FormPage("basics", section.fields, (), report, editing, "en")
    qtbot.addWidget(page)
    page.stack = stack  # keep the stack alive as long as the page
    page.resize(700, 900)
    page.show()
    qtbot.waitExposed(page)
    report.subscribe(page.on_report_changed)
    return page


def plain(html: str) -> str:
    return QTextDocumentFragment.fromHtml(html).toPlainText()


def editor(page: FormPage, field_id: str) -> Any:
    return next(b.editor for b in page.blocks if b.editor.field.id == field_id)


def test_registry_covers_every_kind() -> None:
    from ogp_desktop.template import KINDS

    assert set(EDITORS) == set(KINDS)
    template = kinds_template()
    small = template.field("colour")
    few = template.field("report_type")
    assert small is not None and few is not None
    assert editor_class(few).__name__ == "RadioEditor"
    assert editor_class(small).__name__ == "ComboEditor"


@pytest.mark.parametrize("field_id, typed, stored", [
    ("title", "Estonia's Fourth Action Plan", "Estonia's Fourth Action Plan"),
    ("when", "2018-07-01", "2018-07-01"),
    ("month", "2018-07", "2018-07"),
    ("count", "42", 42),
    ("link", "https://www.osale.ee", "https://www.osale.ee"),
    ("mail", "ogp@riigikantselei.ee", "ogp@riigikantselei.ee"),
])
def test_typing_in_a_line_edit_sets_the_report(qtbot: Any, page: FormPage, field_id: str, typed: str,
                                                stored: Any) -> None:
    ed = editor(page, field_id)
    line = ed.focus_widget()
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, typed)
    assert page.report.get(field_id) == stored
    page.report.set(field_id, None)
    assert line.text() == ""
    page.report.set(field_id, stored)
    assert line.text() == str(stored)


def test_longtext_counts_words_against_its_limit(qtbot: Any, page: FormPage) -> None:
    ed = editor(page, "body")
    box = ed.focus_widget()
    assert isinstance(box, QPlainTextEdit)
    qtbot.keyClicks(box, "one two three")
    assert page.report.get("body") == "one two three"
    assert "3 words" in ed.counter.text()
    qtbot.keyClicks(box, " four five six")
    assert "over the limit" in ed.counter.text()
    over = ed.counter.palette().color(QPalette.ColorRole.WindowText).name()
    assert over == "#b00020" and ed.counter.font().bold()  # red and bold while over
    page.report.set("body", "Riigikogu avatus")
    assert box.toPlainText() == "Riigikogu avatus"
    assert "2 words" in ed.counter.text()
    assert ed.counter.palette().color(QPalette.ColorRole.WindowText).name() == "#5f6368"
    assert not ed.counter.font().bold()


def test_malformed_values_show_an_inline_hint_and_are_kept(qtbot: Any, page: FormPage) -> None:
    for field_id, typed in (("when", "1.7.2018"), ("month", "2018-7"), ("link", "www.osale.ee"), ("mail", "ogp at ee")):
        ed = editor(page, field_id)
        qtbot.keyClicks(ed.focus_widget(), typed)
        assert page.report.get(field_id) == typed  # nothing the user typed is lost
        assert ed.hint.isVisible(), field_id
        ed.focus_widget().clear()
        ed.check_format()
        assert not ed.hint.isVisible()


def test_date_calendar_sets_the_value(qtbot: Any, page: FormPage) -> None:
    from PySide6.QtCore import QDate

    ed = editor(page, "when")
    ed.on_calendar_clicked(QDate(2018, 7, 15))
    assert page.report.get("when") == "2018-07-15"
    assert ed.button.accessibleName().startswith("When")


def test_enum_radio_and_combo(qtbot: Any, page: FormPage) -> None:
    radio = editor(page, "report_type")
    buttons = radio.widget.findChildren(QRadioButton)
    assert [b.text() for b in buttons] == ["mid term", "end of term"]
    qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
    assert page.report.get("report_type") == "end_of_term"
    page.report.set("report_type", None)
    assert not any(b.isChecked() for b in buttons)

    combo = editor(page, "colour").focus_widget()
    assert isinstance(combo, QComboBox)
    assert combo.itemText(0) == "— choose —"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert page.report.get("colour") == "green"
    page.report.set("colour", "blue")
    assert combo.currentText() == "blue"
    page.report.set("colour", None)
    assert combo.currentIndex() == 0


def test_multienum_bool_and_list(qtbot: Any, page: FormPage) -> None:
    boxes = editor(page, "tags").widget.findChildren(QCheckBox)
    for box in (boxes[2], boxes[0]):  # from the keyboard: Space toggles the focused box
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert page.report.get("tags") == ["a", "c"]
    page.report.set("tags", ["b"])
    assert [b.isChecked() for b in boxes] == [False, True, False]

    flag = editor(page, "flag").focus_widget()
    assert isinstance(flag, QCheckBox) and flag.text() == "Flag"
    flag.setFocus()
    qtbot.keyClick(flag, Qt.Key.Key_Space)
    assert page.report.get("flag") is True
    page.report.set("flag", False)
    assert not flag.isChecked()

    lst = editor(page, "items").focus_widget()
    assert isinstance(lst, QListWidget)
    lst.setFocus()
    for word in ("Transparency", "Participation"):
        qtbot.keyClick(lst, Qt.Key.Key_Insert)
        cell = QApplication.focusWidget()
        assert isinstance(cell, QLineEdit) and cell.parent() is lst.viewport()  # the new item opened for editing
        qtbot.keyClicks(cell, word)
        qtbot.keyClick(cell, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: lst.state() != QListWidget.State.EditingState)  # the commit is queued
    assert page.report.get("items") == ["Transparency", "Participation"]
    qtbot.keyClick(lst, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.report.get("items") == ["Participation", "Transparency"]
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert page.report.get("items") == ["Transparency"]
    page.report.set("items", ["x", "y"])
    assert [lst.item(i).text() for i in range(lst.count())] == ["x", "y"]


def test_every_editor_has_the_label_as_accessible_name(page: FormPage) -> None:
    for block in page.blocks:
        assert block.editor.focus_widget().accessibleName().startswith(block.editor.field.text("en"))
        assert block.label.buddy() is block.editor.focus_widget()


def test_required_fields_are_marked_and_relabel_in_estonian(page: FormPage, switch_language: Any) -> None:
    title = next(b for b in page.blocks if b.editor.field.id == "title")
    assert "*" in title.label.text()
    mail = next(b for b in page.blocks if b.editor.field.id == "mail")
    assert "*" not in mail.label.text()
    switch_language("et")  # the switch reaches every block through LanguageChange
    assert "Title (et)" in plain(title.label.text())
    combo = editor(page, "colour").focus_widget()
    assert combo.itemText(0) == "— vali —"
    assert combo.itemText(1) == "red et"


def test_set_value_from_the_report_does_not_echo_an_edit(qtbot: Any, page: FormPage) -> None:
    with qtbot.assertNotEmitted(editor(page, "title").value_changed):
        page.report.set("title", "From undo")
    assert page.stack.count() == 0


def test_standalone_editor_has_a_value_changed_signal(qtbot: Any) -> None:
    template = kinds_template()
    f = template.field("count")
    assert f is not None
    ed = create_editor(f, "en")
    qtbot.addWidget(ed.widget)
    with qtbot.waitSignal(ed.value_changed) as blocker:
        qtbot.keyClicks(ed.focus_widget(), "7")
    assert blocker.args == [7]
    ed.set_value(12)
    assert ed.value() == 12


def test_a_long_one_line_value_is_shown_from_its_start(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from ogp_desktop.gui.editor.editors import create_editor
    from ogp_desktop.template import load_template

    field = load_template().field("commitments.short_description")
    parent = QWidget()
    qtbot.addWidget(parent)
    editor = create_editor(field, "en", parent)
    editor.set_value("Cutting reporting obligations and red tape for companies through proposals " * 2)
    assert editor.focus_widget().cursorPosition() == 0


def test_every_label_has_its_own_access_key(qtbot: Any, page: FormPage) -> None:
    """Alt and the underlined letter put the cursor in the field, as in Word's dialogs."""
    page.show()
    qtbot.waitExposed(page)
    letters = [b.access_letter for b in page.blocks if not b.editor.owns_label]
    assert all(letters) and len(set(letters)) == len(letters) and not set(letters) & set("fervha")
    block = next(b for b in page.blocks if b.editor.field.id == "mail")
    assert f"<u>{block.access_letter}" in block.label.text().lower()
    with qtbot.waitActive(page):
        page.activateWindow()
    qtbot.keyClick(page, block.access_letter, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is block.editor.focus_widget()
