"""The guidance panel: the focused field's label and the template's guidance for it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ogp_desktop.gui.widgets.i18n import translate
from ogp_desktop.gui.widgets.language_change import FollowsLanguage
from ogp_desktop.template import Field, Section

_TITLE = QT_TRANSLATE_NOOP("Guidance", "Guidance")
_NONE = QT_TRANSLATE_NOOP("Guidance", "Move to a field to see what it asks for.")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class GuidanceWidget(FollowsLanguage, QWidget):
    """Shows guidance for one field (or a section when no field has focus).

    Signals: none.
    """

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.field: Field | None = None
        self.section: Section | None = None
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold; color: palette(mid);")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        # F1 brings the cursor here: the text can be read and selected from the keyboard
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.label)
        layout.addWidget(self.text, 1)
        self.set_language(lang)

    def show_field(self, field: Field | None, section: Section | None = None) -> None:
        self.field = field
        self.section = section if field is None else self.section
        self.update_text()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.heading.setText(translate(lang, "Guidance", _TITLE))
        self.update_text()

    def update_text(self) -> None:
        lang = self.lang
        if self.field is not None:
            self.label.setText(self.field.text(lang))
            # A table column without guidance of its own is explained by its table's.
            parent_help = self.field.parent.help(lang) if self.field.parent is not None else ""
            self.text.setText(_escape(self.field.help(lang) or parent_help))
        elif self.section is not None:
            self.label.setText(self.section.text(lang))
            self.text.setText(_escape(self.section.guidance.get(lang, "")) or translate(lang, "Guidance", _NONE))
        else:
            self.label.setText("")
            self.text.setText(translate(lang, "Guidance", _NONE))
        self.setAccessibleName(f"{self.heading.text()}: {self.label.text()}")
        self.setAccessibleDescription(self.text.text())
