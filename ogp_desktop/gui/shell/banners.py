"""The notice strip above the pages: what the window has to tell, in the interface language.

Each banner is kept as a function that writes its sentence, not as the sentence,
so a language switch (:meth:`Banners.retranslate_ui`) writes them all again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QWidget

from ogp_desktop.gui.widgets import prompts
from ogp_desktop.store.errors import RecoveryNotice


class Banners(QObject):
    """The strip's sentences, one per line; the close button drops them all."""

    def __init__(self, frame: QFrame, label: QLabel, close: QToolButton, parent: QWidget) -> None:
        super().__init__(parent)
        self.frame, self.label = frame, label
        self._texts: list[Callable[[], str]] = []
        close.clicked.connect(self.frame.hide)
        self.frame.hide()

    def show(self, text: Callable[[], str]) -> None:
        """Add the sentence *text* writes (once) to those on show."""
        if not self.frame.isVisibleTo(self.frame.parentWidget()):
            self._texts = []
        if text() not in self.label.text() or not self._texts:
            self._texts.append(text)
        self.retranslate_ui()
        self.frame.show()

    def show_notice(self, notice: RecoveryNotice) -> None:
        """What the store repaired, in the interface language (sentences in error_messages_store)."""
        self.show(lambda: notice.text(prompts.interface_language()))

    def retranslate_ui(self) -> None:
        self.label.setText("\n".join(text() for text in self._texts))
