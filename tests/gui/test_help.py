"""Help from the keyboard and offline: the guide in both languages, the list of keys, a field's guidance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ogp_desktop.gui.shell.help_dialogs import GuideDialog, ShortcutsDialog
from ogp_desktop.gui.widgets.settings import Settings


def test_the_guide_opens_from_help_in_the_interface_language(start_window, settings_file, prompts_recorder) -> None:
    seen: list[Any] = []

    def look(dialog: Any) -> bool:
        seen.append((type(dialog), dialog.browser.toPlainText()))
        return True

    prompts_recorder.dialog_handler = look
    window = start_window().window
    assert window.action_guide in window.ui.menu_help.actions()
    window.action_guide.trigger()
    assert seen[0][0] is GuideDialog and "Find" in seen[0][1] and "Ctrl+Shift+Z" in seen[0][1]
    settings = Settings(settings_file)  # the next start, in Estonian
    settings.language = "et"
    settings.sync()
    window_et = start_window().window
    window_et.action_guide.trigger()
    assert "Tõlkerežiim" in seen[1][1] and "lühike juhend" in seen[1][1]


def test_the_shortcuts_list_is_read_from_the_real_actions(start_window, prompts_recorder) -> None:
    rows: list[tuple[str, str]] = []

    def look(dialog: Any) -> bool:
        assert isinstance(dialog, ShortcutsDialog)
        rows.extend((dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
                    for r in range(dialog.table.rowCount()))
        return True

    prompts_recorder.dialog_handler = look
    window = start_window(demo=True).window
    window.action_shortcuts.trigger()
    keys = dict(rows)
    assert "Ctrl+F" in keys["Find"] and "Ctrl+Y" in keys["Redo"] and "F1" in keys["Guidance for this field"]
    assert "Ctrl+Shift+G" in keys["Guidance pane"] and "Insert" in keys["Tables: add a row"]


def test_f1_opens_the_guidance_of_the_field_and_esc_goes_back(start_window, qtbot) -> None:
    window = start_window(demo=True).window
    with qtbot.waitActive(window):
        window.activateWindow()
    editor = window.current.editor
    editor.set_pane_visible("guidance", False)
    editor.go_to("country")
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    editor.help_actions["field_help"].trigger()
    assert editor.guidance.isVisible() and editor.guidance.text.hasFocus()
    assert window.current.template.field("country").help("en")[:20] in editor.guidance.text.text()
    qtbot.keyClick(editor.guidance.text, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is field
