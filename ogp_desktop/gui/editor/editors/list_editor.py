"""``list``: a short editable list of strings with add, remove and move, all from the keyboard.

Insert adds an item (and opens it for editing), Delete removes the current
one, Alt+Up / Alt+Down move it; F2 or typing edits in place. Empty items are
not part of the value, so an item just added changes nothing until it is named.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop.gui.editor.editors.base import FieldEditor
from ogp_desktop.gui.widgets.ui_text import ui_text
from ogp_desktop.text import clean_text

_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


class ListEditor(FieldEditor):
    typing = False

    def build(self) -> None:
        self.input = QListWidget(self.widget)
        self.input.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.input.installEventFilter(self)
        self.input.itemChanged.connect(self._emit)
        self.row.addWidget(self.input, 1, Qt.AlignmentFlag.AlignTop)
        self.fit_height()
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for key, slot in (("add", self.add_item), ("remove", self.remove_item),
                          ("move_up", self.move_up), ("move_down", self.move_down)):
            b = QToolButton(self.widget)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do the same; Tab skips to the next field
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setMinimumWidth(80)
            b.clicked.connect(slot)
            buttons.addWidget(b)
            self.buttons[key] = b
        buttons.addStretch(1)
        self.row.addLayout(buttons)

    def focus_widget(self) -> QWidget:
        return self.input

    def retranslate(self) -> None:
        shortcuts = {"add": "Insert", "remove": "Delete", "move_up": "Alt+Up", "move_down": "Alt+Down"}
        for key, b in self.buttons.items():
            b.setText(ui_text(key, self.lang))
            b.setToolTip(f"{ui_text(key, self.lang)} ({shortcuts[key]})")

    def set_read_only(self, ro: bool) -> None:
        self.input.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if ro else
                                   QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for b in self.buttons.values():
            b.setEnabled(not ro)
        self._read_only = ro

    def _read(self) -> Any:
        items = (clean_text(self.input.item(i).text()).strip() for i in range(self.input.count()))
        return [t for t in items if t]

    def _show(self, value: Any) -> None:
        self.input.clear()
        for text in value if isinstance(value, list) else []:
            item = QListWidgetItem(str(text))
            item.setFlags(_FLAGS)
            self.input.addItem(item)
        self.fit_height()

    def fit_height(self) -> None:
        """Room for the items plus one (3 to 8 lines): short lists stay short on the page."""
        lines = max(3, min(self.input.count() + 1, 8))
        self.input.setFixedHeight(lines * (self.input.fontMetrics().height() + 4) + 2 * self.input.frameWidth() + 4)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress and not getattr(self, "_read_only", False):
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Insert:
                self.add_item()
                return True
            if key == Qt.Key.Key_Delete and self.input.state() != QAbstractItemView.State.EditingState:
                self.remove_item()
                return True
            if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_up() if key == Qt.Key.Key_Up else self.move_down()
                return True
        return super().eventFilter(watched, event)

    def add_item(self) -> None:
        item = QListWidgetItem("")
        item.setFlags(_FLAGS)
        row = self.input.currentRow() + 1 if self.input.currentRow() >= 0 else self.input.count()
        self.input.insertItem(row, item)
        self.input.setCurrentItem(item)
        self.input.editItem(item)
        self.fit_height()

    def remove_item(self) -> None:
        row = self.input.currentRow()
        if row >= 0:
            self.input.takeItem(row)
            self.fit_height()
            self._emit()

    def _move(self, delta: int) -> None:
        row = self.input.currentRow()
        dst = row + delta
        if row < 0 or not 0 <= dst < self.input.count():
            return
        item = self.input.takeItem(row)
        self.input.insertItem(dst, item)
        self.input.setCurrentRow(dst)
        self._emit()

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)
