"""The menus' own actions: keys and icons of the Designer's actions, Edit's Undo/Redo and clipboard
actions, Help's User guide and Keyboard shortcuts, and, while a report is open, its editor's Find,
field-help and pane actions.

What the File, View and Report actions do is the window's (and ReportMenu's); this
module builds, names and places them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QWidget

from ogp_desktop.gui.generated.ui_main_window import Ui_MainWindow
from ogp_desktop.gui.shell.help_dialogs import ShortcutsDialog
from ogp_desktop.gui.shell.report_menu import ReportMenu
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.icons import icon
from ogp_desktop.gui.widgets.settings import Settings


def all_actions(window: QMainWindow) -> list[QAction]:
    """Every action of *window*'s menus, in menu order (submenus included)."""
    out: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.menu() is not None:
                walk(action.menu().actions())
            else:
                out.append(action)

    walk(window.menuBar().actions())
    return out


class Menus(QObject):
    """Signal: guide_requested() (Help > User guide; the guide is in the window's language)."""

    guide_requested = Signal()

    def __init__(self, ui: Ui_MainWindow, settings: Settings, window: QMainWindow) -> None:
        super().__init__(window)
        self.ui, self.owner = ui, window  # the owner of the actions and dialogs
        self.settings = settings  # which of the editor's panes are shown
        self.undo_group = QUndoGroup(self)
        self.clipboard_actions: dict[str, QAction] = {}
        self.action_undo, self.action_redo = self._make_undo_actions([])
        keys = {ui.action_new: QKeySequence.StandardKey.New, ui.action_open: QKeySequence.StandardKey.Open,
                ui.action_save: QKeySequence.StandardKey.Save,
                ui.action_preferences: QKeySequence.StandardKey.Preferences}
        for action, key in keys.items():
            action.setShortcut(key)
        # Fixed keys where a platform has no standard one (Windows has none for Quit, SaveAs, Close).
        ui.action_save_copy.setShortcut(QKeySequence("Ctrl+Shift+S"))
        ui.action_export.setShortcut(QKeySequence("Ctrl+E"))
        ui.action_close_report.setShortcut(QKeySequence("Ctrl+W"))
        ui.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        for action, name in ((ui.action_new, "new"), (ui.action_open, "open"), (ui.action_save, "save"),
                             (ui.action_export, "export"), (ui.action_show_library, "library")):
            action.setIcon(icon(name))
        # Help > User guide, Keyboard shortcuts (and, while a report is open, the field's guidance: F1)
        self.action_guide = QAction(window)
        self.action_guide.setObjectName("action_guide")
        self.action_guide.triggered.connect(self.guide_requested)
        self.action_shortcuts = QAction(window)
        self.action_shortcuts.setObjectName("action_shortcuts")
        self.action_shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        ui.menu_help.insertActions(ui.action_about, [self.action_guide, self.action_shortcuts])
        self.help_separator = ui.menu_help.insertSeparator(ui.action_about)
        self.find_separator = ui.menu_edit.insertSeparator(ui.action_preferences)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action_guide.setText(self.tr("&User guide"))
        self.action_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        texts = {"cut": self.tr("Cu&t"), "copy": self.tr("&Copy"), "paste": self.tr("&Paste"),
                 "selectAll": self.tr("Select &All")}
        for name, action in self.clipboard_actions.items():
            action.setText(texts[name])

    def retranslate_undo(self) -> None:
        """QUndoGroup bakes the "Undo" prefix into its actions: a language switch makes new ones."""
        self.action_undo, self.action_redo = self._make_undo_actions([self.action_undo, self.action_redo])

    def _make_undo_actions(self, old: list[QAction]) -> tuple[QAction, QAction]:
        undo = self.undo_group.createUndoAction(self.owner, self.tr("&Undo"))
        undo.setObjectName("action_undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self.owner, self.tr("&Redo"))
        redo.setObjectName("action_redo")
        # Ctrl+Y (Word on Windows) and Ctrl+Shift+Z (elsewhere) both redo, on every platform.
        keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y"),
                QKeySequence("Ctrl+Shift+Z")]
        redo.setShortcuts(list(dict.fromkeys(keys)))
        menu = self.ui.menu_edit
        first = old[0] if old else (menu.actions()[0] if menu.actions() else None)
        menu.insertActions(first, [undo, redo])
        if not old:  # the clipboard actions once, after Undo/Redo
            menu.insertSeparator(first)
            menu.insertActions(first, self._clipboard_actions())
            menu.insertSeparator(first)
        for action in old:
            menu.removeAction(action)
            action.deleteLater()
        return undo, redo

    def _clipboard_actions(self) -> list[QAction]:
        """Cut, Copy, Paste, Select All for the focused field (a text box does its own keys first)."""
        for name, key in (("cut", QKeySequence.StandardKey.Cut), ("copy", QKeySequence.StandardKey.Copy),
                          ("paste", QKeySequence.StandardKey.Paste),
                          ("selectAll", QKeySequence.StandardKey.SelectAll)):
            action = QAction(self.owner)
            action.setObjectName(f"action_{name}")
            action.setShortcut(key)
            action.setProperty("call", name)
            action.triggered.connect(self.on_clipboard_action_triggered)
            self.clipboard_actions[name] = action
        return list(self.clipboard_actions.values())

    def on_clipboard_action_triggered(self) -> None:
        action = self.sender()
        name = str(action.property("call")) if isinstance(action, QAction) else ""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractItemView) and name == "copy":  # a table cell: its text
            index = focused.currentIndex()
            if index.isValid():
                QApplication.clipboard().setText(str(index.data() or ""))
            return
        method = getattr(focused, name, None)
        if focused is not None and callable(method):
            method()

    def add_report_menu(self, menu: ReportMenu) -> None:
        """File > Import action plan… after Import…, New from previous report… before Open…, Report before View."""
        ui = self.ui
        actions = ui.menu_file.actions()
        after_import = actions[actions.index(ui.action_import) + 1] if ui.action_import in actions else None
        ui.menu_file.insertAction(after_import, menu.action_import_plan)
        ui.menu_file.insertAction(ui.action_open, menu.action_new_from_previous)
        self.owner.menuBar().insertMenu(ui.menu_view.menuAction(), menu.menu)

    def show_translation_mode(self, into: str | None) -> None:
        """View > Translation mode, named for the language translated into; None: the open report has none."""
        action = self.ui.action_translation_mode
        action.setEnabled(into is not None)
        if into is not None:
            names = {"en": self.tr("English"), "et": self.tr("Estonian")}
            action.setText(self.tr("T&ranslation mode (into {language})").format(language=names[into]))

    def add_editor_actions(self, editor: QWidget) -> None:
        """The open editor's actions, in the menus while it lives (they go with it when it closes)."""
        # Help > Guidance for this field (F1), beside the field (Shift+F1)
        self.ui.menu_help.insertActions(self.help_separator, list(getattr(editor, "help_actions", {}).values()))
        # Edit > Find…, Find next, Find previous, Replace…
        self.ui.menu_edit.insertActions(self.find_separator, list(getattr(editor, "find_actions", {}).values()))
        for name, action in getattr(editor, "pane_actions", {}).items():  # View > Guidance / Problems pane
            action.setChecked(self.settings.pane_visible(name))
            action.toggled.connect(self.on_pane_toggled)
            self.ui.menu_view.addAction(action)

    def on_pane_toggled(self, visible: bool) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.property("pane"):
            self.settings.set_pane_visible(str(action.property("pane")), visible)

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(all_actions(self.owner), self.owner)
        prompts.run_dialog(dialog)
        dialog.deleteLater()
