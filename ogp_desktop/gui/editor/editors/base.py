"""The adapter every field editor follows: one widget, value(), set_value(), value_changed.

The report is the single source of truth; an editor is a view of one value.
``set_value`` (from the report, e.g. after undo) never emits ``value_changed``,
so refreshing a widget can not echo an edit back into the undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ogp_desktop.emptiness import is_blank
from ogp_desktop.gui.widgets.tint import tint
from ogp_desktop.template import Field

PATH_PROPERTY = "ogp_path"  # dynamic property naming the value path a widget edits


is_empty = is_blank  # editors mean "nothing stored" (ogp_desktop.emptiness)


class FieldEditor(QObject):
    """Base adapter: subclasses build ``self.input`` and implement ``_read``/``_show``.

    Signals: value_changed(object): the user changed the value (never emitted by set_value).
    """

    value_changed = Signal(object)
    owns_label = False  # True when the widget shows the label itself (check boxes)
    typing = True  # edits arrive keystroke by keystroke and merge into one undo step

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.path = ""
        self.editing: Any = None  # EditSession, set by attach()
        self._updating = False
        self._hint_suppressed = False
        self.widget = QWidget(parent)
        self.layout = QVBoxLayout(self.widget)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.layout.setSpacing(2)
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        self.layout.addLayout(self.row)
        self._hint: QLabel | None = None  # made the first time there is something to say
        self.build()
        self.set_language(lang)

    # -- for subclasses ------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def _read(self) -> Any:
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self.widget

    def retranslate(self) -> None:
        """Relabel what the subclass shows beyond the accessible name and tooltip."""

    def _emit(self, *_args: object) -> None:
        if not self._updating:
            self.check_format()
            self.value_changed.emit(self.value())

    def format_problem(self) -> str:
        """An inline hint about the current text ("" when it looks right)."""
        return ""

    # -- the adapter API -----------------------------------------------
    def value(self) -> Any:
        return self._read()

    def set_value(self, value: Any) -> None:
        if self._same(value):
            return
        self._updating = True
        try:
            self._show(value)
        finally:
            self._updating = False
        self.check_format()

    def _same(self, value: Any) -> bool:
        current = self.value()
        return current == value or (is_empty(current) and is_empty(value))

    def attach(self, editing: Any, path: str) -> None:
        """Bind to a value path; composite editors (tables) edit through *editing* directly."""
        self.editing = editing
        self.path = path
        self.focus_widget().setProperty(PATH_PROPERTY, path)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        label = self.field.text(lang)
        guidance = self.field.help(lang)
        target = self.focus_widget()
        target.setAccessibleName(label)
        target.setAccessibleDescription(guidance)
        target.setToolTip(guidance or label)
        self.retranslate()
        self.check_format()

    def set_read_only(self, ro: bool) -> None:
        self.widget.setEnabled(not ro)

    def set_hint_suppressed(self, suppressed: bool) -> None:
        """Hide the format hint while the page shows validation's message for this field."""
        self._hint_suppressed = suppressed
        self.check_format()

    @property
    def hint(self) -> QLabel:
        """The line under the input that says what is wrong with its format (hidden when nothing is).

        Made on first use: a page has dozens of editors, most never show one, and every widget is
        time on the GUI thread when the page is built and shown."""
        if self._hint is None:
            self._hint = QLabel(self.widget)
            self._hint.setWordWrap(True)
            tint(self._hint, "#a15c00")
            self._hint.hide()
            self.layout.addWidget(self._hint)
        return self._hint

    def check_format(self) -> None:
        problem = "" if self._hint_suppressed else self.format_problem()
        if problem or self._hint is not None:
            self.hint.setText(problem)
            self.hint.setVisible(bool(problem))
