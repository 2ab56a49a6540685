"""Edit > Find…, Find next, Find previous, Replace…: the actions around the editor's FindBar.

Find starts from the words selected in the focused field; a hit chosen in the
bar shows its field (through *show*) and selects the words found in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from ogp_desktop import search
from ogp_desktop.gui.editor.find_bar import FindBar
from ogp_desktop.gui.widgets.i18n import translate

_FIND = {"find": (QT_TRANSLATE_NOOP("Editor", "&Find…"), QKeySequence.StandardKey.Find),
         "find_next": (QT_TRANSLATE_NOOP("Editor", "Find ne&xt"), QKeySequence.StandardKey.FindNext),
         "find_previous": (QT_TRANSLATE_NOOP("Editor", "Find pre&vious"), QKeySequence.StandardKey.FindPrevious),
         "replace": (QT_TRANSLATE_NOOP("Editor", "R&eplace…"), "Ctrl+H")}


class FindActions(QObject):
    """``find_actions`` by name, for the shell's Edit menu. *within* tells a widget of the editor's own."""

    def __init__(self, find_bar: FindBar, show: Callable[[str], None], within: Callable[[QWidget], bool],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.find_bar = find_bar
        self.show = show
        self.within = within
        self.read_only = False
        self.find_actions: dict[str, QAction] = {}
        for name, (_text, keys) in _FIND.items():
            action = QAction(self)
            action.setObjectName(f"action_{name}")
            action.setShortcuts(QKeySequence.keyBindings(keys) if isinstance(keys, QKeySequence.StandardKey)
                                else [QKeySequence(keys)])
            self.find_actions[name] = action
        self.find_actions["find"].triggered.connect(self.on_find_triggered)
        self.find_actions["replace"].triggered.connect(self.on_replace_triggered)
        self.find_actions["find_next"].triggered.connect(find_bar.find_next)
        self.find_actions["find_previous"].triggered.connect(find_bar.find_previous)
        find_bar.hit_chosen.connect(self.on_hit_chosen)

    def retranslate(self, lang: str) -> None:
        for name, action in self.find_actions.items():
            action.setText(translate(lang, "Editor", _FIND[name][0]))

    def _selected_text(self) -> str:
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and self.within(focused):
            return focused.selectedText()
        if isinstance(focused, QPlainTextEdit) and self.within(focused):
            return focused.textCursor().selectedText()
        return ""

    def on_find_triggered(self) -> None:
        self.find_bar.open(replace=False, text=self._selected_text())

    def on_replace_triggered(self) -> None:
        self.find_bar.open(replace=not self.read_only, text=self._selected_text())

    def on_hit_chosen(self, hit: search.Hit) -> None:
        """Show the field of a hit and select the words found in it."""
        self.show(hit.path)
        focused = QApplication.focusWidget()
        query = self.find_bar.query.text().strip()
        if hit.where != search.VALUE or not query:
            return
        if isinstance(focused, QLineEdit):
            at = focused.text().lower().find(query.lower())
            if at >= 0:
                focused.setSelection(at, len(query))
        elif isinstance(focused, QPlainTextEdit):
            cursor = focused.document().find(query)
            if not cursor.isNull():
                focused.setTextCursor(cursor)
