"""What people who live in Word expect: clipboard actions, both redo keys, Find and Replace across the report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from ogp_desktop.gui.editor.form_page import FormPage
from tests.gui.conftest import type_into


def demo(start_window: Any, qtbot: Any) -> Any:
    window = start_window(demo=True).window
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def field_widget(window: Any, path: str) -> Any:
    editor = window.current.editor
    editor.go_to(path)
    page = editor.stack.currentWidget()
    assert isinstance(page, FormPage)
    return next(b.editor.focus_widget() for b in page.blocks if b.editor.path == path)


def test_edit_menu_has_the_clipboard_actions_acting_on_the_focused_field(start_window, qtbot) -> None:
    window = demo(start_window, qtbot)
    names = [a.objectName() for a in window.ui.menu_edit.actions()]
    for name in ("action_undo", "action_redo", "action_cut", "action_copy", "action_paste", "action_selectAll",
                 "action_find", "action_find_next", "action_find_previous", "action_replace"):
        assert name in names, name
    country = field_widget(window, "country")
    assert isinstance(country, QLineEdit)
    country.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is country)  # a page may move the focus in a later turn
    window.clipboard_actions["selectAll"].trigger()
    window.clipboard_actions["copy"].trigger()
    assert QApplication.clipboard().text() == country.text() == window.current.report.get("country")
    coordinator = field_widget(window, "lead_agency")
    coordinator.setFocus()
    coordinator.selectAll()
    window.clipboard_actions["paste"].trigger()
    assert window.current.report.get("lead_agency") == window.current.report.get("country")
    window.clipboard_actions["selectAll"].trigger()
    window.clipboard_actions["cut"].trigger()
    assert window.current.report.get("lead_agency") in (None, "")


def test_ctrl_y_and_ctrl_shift_z_both_redo(start_window, qtbot) -> None:
    window = demo(start_window, qtbot)
    keys = [k.toString() for k in window.action_redo.shortcuts()]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys
    before = window.current.report.get("lead_agency")
    type_into(qtbot, window, "lead_agency", " and partners")
    typed = window.current.report.get("lead_agency")
    window.action_undo.trigger()
    assert window.current.report.get("lead_agency") == before
    # Shortcuts reach only the active window's actions: make sure it is (a busy machine may be late).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.current.editor.navigator.setFocus()  # not a text box: the keys reach the window's actions
    qtbot.keyClick(window.current.editor.navigator, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.current.report.get("lead_agency") == typed
    window.action_undo.trigger()
    qtbot.keyClick(window.current.editor.navigator, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current.report.get("lead_agency") == typed


def test_find_steps_through_values_and_labels_and_selects_the_words(start_window, qtbot) -> None:
    window = demo(start_window, qtbot)
    editor = window.current.editor
    report = window.current.report
    report_text = report.get("commitments[2].results") or ""
    report.set("commitments[2].results", report_text + " Findme once here.")
    report.set("lead_agency", "Findme office")
    editor.find_actions["find"].trigger()
    bar = editor.find_bar
    assert bar.isVisible() and bar.query.hasFocus()
    qtbot.keyClicks(bar.query, "findme")
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.selectedText() == "Findme"  # lead_agency comes first
    assert bar.status.text().startswith("1 of 2")
    qtbot.keyClick(focused, Qt.Key.Key_F3)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPlainTextEdit) and focused.textCursor().selectedText() == "Findme"
    assert editor.current_path == "commitments[2].results"
    qtbot.keyClick(focused, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert editor.current_path == "lead_agency"

    country = report  # a field's name, in the other language, finds the field too
    label_et = window.current.template.field("contact_email").text("et")
    bar.query.setText(label_et)
    editor.find_actions["find_next"].trigger()
    assert editor.current_path == "contact_email" and country is report
    bar.query.setText("no such words anywhere")
    editor.find_actions["find_next"].trigger()
    assert bar.status.text() == "Not found"
    assert QKeySequence(QKeySequence.StandardKey.Find) in editor.find_actions["find"].shortcuts()
    assert QKeySequence("Ctrl+H") in editor.find_actions["replace"].shortcuts()


def test_replace_all_is_one_undo_step(start_window, qtbot) -> None:
    window = demo(start_window, qtbot)
    editor = window.current.editor
    report = window.current.report
    report.set("lead_agency", "Government Office")
    report.set("commitments[0].results", "The Government Office and the government office agreed.")
    editor.find_actions["replace"].trigger()
    bar = editor.find_bar
    assert bar.replacement.isVisible()
    bar.query.setText("government office")
    bar.replacement.setText("Riigikantselei")
    steps = window.current.stack.count()
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert report.get("lead_agency") == "Riigikantselei"
    assert report.get("commitments[0].results") == "The Riigikantselei and the Riigikantselei agreed."
    assert window.current.stack.count() == steps + 1
    window.action_undo.trigger()
    assert report.get("lead_agency") == "Government Office"
    assert report.get("commitments[0].results").startswith("The Government Office and the government office")

    bar.query.setText("government office")  # Replace: the field found, then on to the next
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert report.get("lead_agency") == "Riigikantselei"
    assert "Government Office" in report.get("commitments[0].results")
