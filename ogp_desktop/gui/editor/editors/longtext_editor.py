"""``longtext``: a multi-line box with a live word and character count against the limits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ogp_desktop.gui.editor.editors.base import FieldEditor
from ogp_desktop.gui.widgets.spelling_ui import SpellHighlighter, show_spelling_menu
from ogp_desktop.gui.widgets.tint import tint
from ogp_desktop.gui.widgets.ui_text import ui_text
from ogp_desktop.text import clean_text, word_count


class LongTextEditor(FieldEditor):
    LINES = 6

    def build(self) -> None:
        self.input = QPlainTextEdit(self.widget)
        self.input.setTabChangesFocus(True)  # Tab moves through the form, as in every other field
        self.input.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        height = QFontMetrics(self.input.font()).lineSpacing() * self.LINES + 12
        self.input.setMinimumHeight(height)
        self.input.setMaximumHeight(height * 2)
        self.row.addWidget(self.input)
        self.counter = QLabel(self.widget)
        self._over: bool | None = None
        self.layout.insertWidget(1, self.counter)
        self.input.textChanged.connect(self.on_text_changed)
        # Spelling in the language the text is written in (the form sets the report's; English until then)
        self.spelling = SpellHighlighter(self.input.document(), "en")
        self.input.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.input.customContextMenuRequested.connect(self.on_context_menu_requested)

    def set_spell_language(self, lang: str) -> None:
        self.spelling.set_language(lang)

    def on_context_menu_requested(self, pos: QPoint) -> None:
        self.context_menu = show_spelling_menu(self.input, self.spelling, pos, self.lang)

    def focus_widget(self) -> QWidget:
        return self.input

    def _read(self) -> Any:
        return clean_text(self.input.toPlainText())

    def _show(self, value: Any) -> None:
        self.input.setPlainText("" if value is None else str(value))

    def set_read_only(self, ro: bool) -> None:
        self.input.setReadOnly(ro)

    def on_text_changed(self) -> None:
        self.update_counter()
        self._emit()

    def retranslate(self) -> None:
        self.update_counter()

    def update_counter(self) -> None:
        text = self.input.toPlainText()
        words, chars = word_count(text), len(text)
        parts = [ui_text("words", self.lang, words=words, chars=chars)]
        over = False
        if self.field.max_words:
            parts.append(ui_text("max_words", self.lang, n=self.field.max_words))
            over = over or words > self.field.max_words
        if self.field.max_chars:
            parts.append(ui_text("max_chars", self.lang, n=self.field.max_chars))
            over = over or chars > self.field.max_chars
        if over:
            parts.append(ui_text("over", self.lang))
        self.counter.setText(" · ".join(parts))
        if over != self._over:  # a keystroke that does not cross a limit leaves the look alone
            self._over = over
            tint(self.counter, "#b00020" if over else "#5f6368", bold=over)
