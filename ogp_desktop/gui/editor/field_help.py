"""Help > Guidance for this field (F1) and Guidance beside the field (Shift+F1), from the keyboard.

F1 opens the guidance pane (through its View action) and moves the cursor into
its text; Esc there goes back to the field. Shift+F1 shows the guidance in a
note beside the field, where the eyes already are.
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWhatsThis, QWidget

from ogp_desktop.gui.editor.guidance_widget import GuidanceWidget
from ogp_desktop.gui.widgets.i18n import translate

_HELP = {"field_help": (QT_TRANSLATE_NOOP("Editor", "&Guidance for this field"), "F1"),
         "field_help_here": (QT_TRANSLATE_NOOP("Editor", "Guidance &beside the field"), "Shift+F1")}


class FieldHelp(QObject):
    """``help_actions`` by name, for the shell's Help menu; *show_pane* is View > Guidance pane."""

    def __init__(self, guidance: GuidanceWidget, show_pane: QAction, lang: str, parent: QObject) -> None:
        super().__init__(parent)
        self.guidance = guidance
        self.show_pane = show_pane
        self.lang = lang
        self.help_actions: dict[str, QAction] = {}
        for name, (_text, key) in _HELP.items():
            action = QAction(self)
            action.setObjectName(f"action_{name}")
            action.setShortcut(QKeySequence(key))
            self.help_actions[name] = action
        self.help_actions["field_help"].triggered.connect(self.on_field_help_triggered)
        self.help_actions["field_help_here"].triggered.connect(self.on_field_help_here_triggered)
        self._help_return: QWidget | None = None
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), guidance.text)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.on_guidance_escape)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        for name, action in self.help_actions.items():
            action.setText(translate(lang, "Editor", _HELP[name][0]))

    def on_field_help_triggered(self) -> None:
        """F1: open the guidance pane if folded and move the cursor into its text (Esc goes back)."""
        self._help_return = QApplication.focusWidget()
        self.show_pane.setChecked(True)
        self.guidance.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_guidance_escape(self) -> None:
        if self._help_return is not None and shiboken6.isValid(self._help_return):
            self._help_return.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_field_help_here_triggered(self) -> None:
        """Shift+F1: the field's guidance in a note beside the field."""
        focused = QApplication.focusWidget()
        field = self.guidance.field
        if focused is None or field is None:
            return
        text = field.help(self.lang) or (field.parent.help(self.lang) if field.parent is not None else "")
        at = focused.mapToGlobal(focused.rect().bottomLeft())
        QWhatsThis.showText(at, f"<b>{html.escape(field.text(self.lang))}</b><br>{html.escape(text)}", focused)
