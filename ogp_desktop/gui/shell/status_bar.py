"""The status bar: messages, the open report's problems and save state, and Undo delete for the library."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from ogp_desktop.gui.shell.autosave_bridge import describe
from ogp_desktop.gui.widgets.i18n import counted
from ogp_desktop.store.autosave import SaveState


class StatusBar(QObject):
    """Its permanent widgets; the window says what to show, and calls :meth:`retranslate_ui` on a language switch."""

    def __init__(self, bar: QStatusBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.bar = bar
        self.problems: Any = []  # the last problems shown, to write them again in another language
        self.problems_label = QLabel(parent)
        bar.addPermanentWidget(self.problems_label)
        self.save_label = QLabel(parent)
        bar.addPermanentWidget(self.save_label)
        self.undo_delete_button = QToolButton(parent)
        self.undo_delete_button.hide()
        bar.addPermanentWidget(self.undo_delete_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.problems_label.setAccessibleName(self.tr("Problems in the report"))
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.undo_delete_button.setText(self.tr("Undo delete"))
        self.undo_delete_button.setAccessibleName(self.tr("Undo delete"))

    def show_message(self, text: str) -> None:
        self.bar.showMessage(text, 10_000)

    def show_problems(self, problems: Any, lang: str) -> None:
        self.problems = problems
        errors = sum(1 for p in problems if p.severity == "error")
        warnings = len(problems) - errors
        self.problems_label.setText(self.tr("{errors}, {warnings}").format(
            errors=counted(lang, "error", errors), warnings=counted(lang, "warning", warnings))
            if problems else self.tr("No problems"))

    def show_opened(self, read_only: bool) -> None:
        self.save_label.setText(self.tr("Read-only") if read_only else self.tr("Saved"))

    def show_save_state(self, state: SaveState) -> None:
        text = describe(state)
        self.save_label.setText(text if len(text) < 60 else text[:57] + "…")
        self.save_label.setToolTip(text)

    def clear(self) -> None:
        """No report open: nothing to say about one."""
        self.save_label.clear()
        self.problems_label.clear()
