"""One-line editors: text, url, email and int (a QLineEdit with an inline format hint)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from ogp_desktop.gui.editor.editors.base import FieldEditor
from ogp_desktop.gui.widgets.ui_text import ui_text
from ogp_desktop.text import clean_text

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class TextEditor(FieldEditor):
    """``text``: one line; the template's ``max_chars`` is shown as a hint, not enforced."""

    def build(self) -> None:
        self.input = QLineEdit(self.widget)
        self.input.setClearButtonEnabled(False)
        self.row.addWidget(self.input)
        self.input.textEdited.connect(self._emit)

    def focus_widget(self) -> QWidget:
        return self.input

    def _read(self) -> Any:
        return clean_text(self.input.text())

    def _show(self, value: Any) -> None:
        self.input.setText("" if value is None else str(value))
        if not self.input.hasFocus():  # show a long value from its start, not its end
            self.input.setCursorPosition(0)

    def set_read_only(self, ro: bool) -> None:
        self.input.setReadOnly(ro)

    def format_problem(self) -> str:
        limit = self.field.max_chars
        if limit and len(self.input.text()) > limit:
            return f"{ui_text('max_chars', self.lang, n=limit)}: {len(self.input.text())}"
        return ""


class UrlEditor(TextEditor):
    def retranslate(self) -> None:
        self.input.setPlaceholderText("https://")

    def format_problem(self) -> str:
        text = self.input.text().strip()
        return ui_text("url_hint", self.lang) if text and not _URL.match(text) else ""


class EmailEditor(TextEditor):
    def retranslate(self) -> None:
        self.input.setPlaceholderText("name@example.org")

    def format_problem(self) -> str:
        text = self.input.text().strip()
        return ui_text("email_hint", self.lang) if text and not _EMAIL.match(text) else ""


class IntEditor(TextEditor):
    """``int``: empty means no value, so a QLineEdit with a validator rather than a spin box."""

    typing = True

    def build(self) -> None:
        super().build()
        self.input.setValidator(QIntValidator(-1_000_000_000, 1_000_000_000, self.input))
        self.input.setMaximumWidth(160)

    def _read(self) -> Any:
        text = self.input.text().strip()
        try:
            return int(text) if text else None
        except ValueError:
            return None

    def format_problem(self) -> str:
        text = self.input.text().strip()
        return ui_text("int_hint", self.lang) if text and not re.fullmatch(r"[+-]?\d+", text) else ""
