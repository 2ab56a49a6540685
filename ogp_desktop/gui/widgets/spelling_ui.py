"""Spell-checking as you type: a wavy underline under unknown words and a context menu of suggestions.

One :class:`SpellService` per application holds the dictionaries (loading one
takes seconds, so it happens on a worker thread the first time a language is
needed; until then nothing is marked and typing never waits). Each text box
gets a :class:`SpellHighlighter` for the language its text is written in.

A text over :data:`SPELL_WINDOW` characters (a report may hold a million in
one paragraph) is checked only near its last edit: Qt hands the highlighter
the whole paragraph on every keystroke, and checking all of it froze typing
for over a second. The editor says so under the box (:attr:`limited`).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPoint, Signal
from PySide6.QtGui import QAction, QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.i18n import translate
from ogp_desktop.spelling import SpellChecker

SPELL_WINDOW = 20_000  # characters checked at most per keystroke: a longer text only this near its last edit
_ADD = QT_TRANSLATE_NOOP("Spelling", "Add “{word}” to the dictionary")
_NONE = QT_TRANSLATE_NOOP("Spelling", "(no suggestions)")


class SpellService(QObject):
    """The application's spell checker. Signals: loaded(str): a language's dictionary is ready."""

    loaded = Signal(str)

    def __init__(self, words_file: Path | None = None) -> None:
        super().__init__()
        self.checker = SpellChecker(words_file)
        self._loading: set[str] = set()
        self.autoload = True  # the tests turn it off: they load what they check, on their own thread

    def configure(self, words_file: Path) -> None:
        """Keep the personal word list in the data folder (the app does this at start)."""
        loaded = self.checker._dictionaries  # noqa: SLF001 - the dictionaries survive a change of folder
        self.checker = SpellChecker(words_file)
        self.checker._dictionaries = loaded  # noqa: SLF001

    def request(self, lang: str) -> None:
        """Load *lang* on a worker thread unless it is loaded or on its way; ``loaded`` follows."""
        if (not self.autoload or self.checker.loaded(lang) or lang in self._loading
                or not self.checker.available(lang)):
            return
        self._loading.add(lang)
        threading.Thread(target=self._load, args=(lang,), name=f"spelling-{lang}", daemon=True).start()

    def load_now(self, lang: str) -> None:
        """Load *lang* on this thread (tests, a benchmark) and tell the highlighters."""
        if self.checker.load(lang):
            self.loaded.emit(lang)

    def _load(self, lang: str) -> None:
        try:
            self.checker.load(lang)
        finally:
            self._loading.discard(lang)
        self.loaded.emit(lang)  # queued to the GUI thread


_SERVICE: SpellService | None = None


def spell_service() -> SpellService:
    """The one service of this process (dictionaries are too big to load twice)."""
    global _SERVICE
    if _SERVICE is None:
        _SERVICE = SpellService()
    return _SERVICE


class SpellHighlighter(QSyntaxHighlighter):
    """Marks the words its language does not know. Signals: none of its own."""

    def __init__(self, document: QTextDocument, lang: str) -> None:
        super().__init__(None)
        # Told of each edit before the highlighter is (slots run in the order connected), so highlightBlock
        # knows where the text changed; then attached, as the parent it would have had.
        self._edit = (0, 0)  # document positions of the last edit: the start of the text until one is made
        # Whether the text is too long to be checked whole (only near the last edit).
        self.limited = document.characterCount() > SPELL_WINDOW
        document.contentsChange.connect(self.on_contents_change)
        self.setDocument(document)
        self.setParent(document)
        self.lang = lang
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(QColor("#d32f2f"))
        self.service = spell_service()
        self.service.loaded.connect(self.on_service_loaded)

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.rehighlight()

    def on_service_loaded(self, lang: str) -> None:
        if lang == self.lang:
            self.rehighlight()

    def on_menu_action_triggered(self) -> None:
        """A suggestion (put it in place of the word: an edit of the box, so an undo step) or Add."""
        action = self.sender()
        data = action.data() if isinstance(action, QAction) else None
        if not isinstance(data, (list, tuple)) or not data:
            return
        if data[0] == "add":
            self.service.checker.add(str(data[1]))
            self.rehighlight()
            return
        _kind, start, end, text = data
        cursor = QTextCursor(self.document())
        cursor.setPosition(int(start))
        cursor.setPosition(int(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(str(text))

    def on_contents_change(self, position: int, _removed: int, added: int) -> None:
        self._edit = (position, position + min(added, SPELL_WINDOW))  # a long paste: its start
        document = self.document()
        self.limited = document is not None and document.characterCount() > SPELL_WINDOW

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        start, end = 0, len(text)
        if self.limited:  # the window around the last edit, in this block's own positions; first, as a full
            block = self.currentBlock().position()  # pass calls this for each of thousands of lines
            start = max(0, self._edit[0] - SPELL_WINDOW // 2 - block)
            end = min(len(text), self._edit[1] + SPELL_WINDOW // 2 - block)
            if start >= end:
                return
        checker = self.service.checker
        if not checker.loaded(self.lang):
            self.service.request(self.lang)
            return
        for at, length, _word in checker.misspelled(text, self.lang, start, end):
            self.setFormat(at, length, self.format)


def word_at(edit: QPlainTextEdit, pos: QPoint) -> QTextCursor:
    cursor = edit.cursorForPosition(pos)
    cursor.select(QTextCursor.SelectionType.WordUnderCursor)
    return cursor


def spelling_menu(edit: QPlainTextEdit, highlighter: SpellHighlighter, pos: QPoint, ui_lang: str) -> QMenu:
    """The box's own context menu with, for an unknown word under the pointer, suggestions and "Add"."""
    menu = edit.createStandardContextMenu(pos)
    cursor = word_at(edit, pos)
    word = cursor.selectedText()
    checker = highlighter.service.checker
    if not word or checker.is_known(word, highlighter.lang) or edit.isReadOnly():
        return menu
    first = menu.actions()[0] if menu.actions() else None
    suggestions = checker.suggest(word, highlighter.lang)
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        action.setData(["replace", cursor.selectionStart(), cursor.selectionEnd(), suggestion])
        action.triggered.connect(highlighter.on_menu_action_triggered)
        menu.insertAction(first, action)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
    if not suggestions:
        none = menu.addAction(translate(ui_lang, "Spelling", _NONE))
        none.setEnabled(False)
        menu.insertAction(first, none)
    add = menu.addAction(translate(ui_lang, "Spelling", _ADD).format(word=word))
    add.setData(["add", word])
    add.triggered.connect(highlighter.on_menu_action_triggered)
    menu.insertAction(first, add)
    menu.insertSeparator(first)
    return menu


def show_spelling_menu(edit: QPlainTextEdit, highlighter: SpellHighlighter, pos: QPoint, ui_lang: str) -> QMenu:
    menu = spelling_menu(edit, highlighter, pos, ui_lang)
    prompts.popup_menu(menu, edit.viewport().mapToGlobal(pos))
    return menu

