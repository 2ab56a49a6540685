"""``longtext``: a multi-line box with a live word and character count against the limits.

In a text over :data:`SPELL_WINDOW` characters (a million is allowed) the count
follows a pause in typing rather than each key, as counting is as slow as the
text is long, and the line says that spelling is checked only near the edits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ogp_desktop.gui.editor.editors.base import FieldEditor
from ogp_desktop.gui.widgets.spelling_ui import SPELL_WINDOW, SpellHighlighter, show_spelling_menu
from ogp_desktop.gui.widgets.tint import tint
from ogp_desktop.gui.widgets.ui_text import ui_text
from ogp_desktop.text import clean_text, word_count

COUNT_DELAY_MS = 300  # a long text is counted once typing pauses this long


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
        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(COUNT_DELAY_MS)
        self.count_timer.timeout.connect(self.update_counter)
        self._sent: str | None = None  # the text last handed to the report, while the box still shows it
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
        self._sent = None
        self.input.setPlainText("" if value is None else str(value))

    def _same(self, value: Any) -> bool:
        # The report echoes each keystroke back: the text just sent needs no second read of a long box.
        return (value is not None and value is self._sent) or super()._same(value)

    def _emit(self, *_args: object) -> None:
        if self._updating:
            return
        self.check_format()
        self._sent = self.value()
        self.value_changed.emit(self._sent)

    def set_read_only(self, ro: bool) -> None:
        self.input.setReadOnly(ro)

    def on_text_changed(self) -> None:
        self._sent = None
        if self.input.document().characterCount() > SPELL_WINDOW:
            self.count_timer.start()
        else:
            self.update_counter()
        self._emit()

    def retranslate(self) -> None:
        self.update_counter()

    def update_counter(self) -> None:
        self.count_timer.stop()
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
        if self.spelling.limited:
            parts.append(ui_text("spelling_near", self.lang, n=SPELL_WINDOW))
        self.counter.setText(" · ".join(parts))
        if over != self._over:  # a keystroke that does not cross a limit leaves the look alone
            self._over = over
            tint(self.counter, "#b00020" if over else "#5f6368", bold=over)
