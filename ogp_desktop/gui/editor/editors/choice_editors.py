"""Choices: ``enum`` (combo box, or radio buttons for up to three values), ``multienum``, ``bool``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QComboBox, QRadioButton, QWidget

from ogp_desktop.gui.editor.editors.base import FieldEditor
from ogp_desktop.gui.widgets.ui_text import ui_text
from ogp_desktop.languages import LANGUAGES

RADIO_MAX = 3
RADIO_ROW_CHARS = 48  # longer labels together stack the buttons so the form never scrolls sideways


class ComboEditor(FieldEditor):
    """``enum`` with many values: an empty "— choose —" entry first, so no value is possible."""

    typing = False

    def build(self) -> None:
        self.input = QComboBox(self.widget)
        self.input.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.input.addItem("", None)
        for v in self.field.values:
            self.input.addItem("", v.id)
        self.row.addWidget(self.input)
        self.row.addStretch(1)
        self.input.currentIndexChanged.connect(self._emit)

    def focus_widget(self) -> QWidget:
        return self.input

    def retranslate(self) -> None:
        self.input.setItemText(0, ui_text("choose", self.lang))
        for i, v in enumerate(self.field.values, start=1):
            self.input.setItemText(i, v.text(self.lang))

    def _read(self) -> Any:
        return self.input.currentData()

    def _show(self, value: Any) -> None:
        index = self.input.findData(value) if value is not None else 0
        if index < 0:  # a value the template does not know: keep it visible, validation names it
            self.input.addItem(str(value), value)
            index = self.input.count() - 1
        self.input.setCurrentIndex(index)


class RadioEditor(FieldEditor):
    """``enum`` with up to three values: all choices visible at once; none checked means no value."""

    typing = False

    def build(self) -> None:
        self.group = QButtonGroup(self.widget)
        self.group.setExclusive(True)
        self.buttons: list[QRadioButton] = []
        if sum(len(v.text(lang)) + 4 for v in self.field.values for lang in LANGUAGES) > 2 * RADIO_ROW_CHARS:
            self.row.setDirection(self.row.Direction.TopToBottom)
        for v in self.field.values:
            b = QRadioButton(self.widget)
            b.setProperty("value_id", v.id)
            self.group.addButton(b)
            self.buttons.append(b)
            self.row.addWidget(b)
        if self.row.direction() == self.row.Direction.LeftToRight:
            self.row.addStretch(1)
        self.group.buttonToggled.connect(self.on_button_toggled)

    def focus_widget(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked if checked is not None else self.buttons[0]

    def attach(self, editing: Any, path: str) -> None:
        super().attach(editing, path)
        for b in self.buttons:
            b.setProperty("ogp_path", path)

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        label = self.field.text(lang)
        for b, v in zip(self.buttons, self.field.values, strict=False):
            b.setText(v.text(lang))
            b.setAccessibleName(f"{label}: {v.text(lang)}")
            b.setToolTip(self.field.help(lang) or label)

    def on_button_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._emit()

    def _read(self) -> Any:
        b = self.group.checkedButton()
        return b.property("value_id") if b is not None else None

    def _show(self, value: Any) -> None:
        target = next((b for b in self.buttons if b.property("value_id") == value), None)
        if target is None:
            self.group.setExclusive(False)  # the only way to uncheck every button
            for b in self.buttons:
                b.setChecked(False)
            self.group.setExclusive(True)
        else:
            target.setChecked(True)


class MultiEnumEditor(FieldEditor):
    """``multienum``: one check box per value; the value lists ids in template order."""

    typing = False

    def build(self) -> None:
        self.boxes: list[QCheckBox] = []
        self.row.setDirection(self.row.Direction.TopToBottom)
        for v in self.field.values:
            box = QCheckBox(self.widget)
            box.setProperty("value_id", v.id)
            box.toggled.connect(self._emit)
            self.boxes.append(box)
            self.row.addWidget(box)
        self.extra: list[Any] = []  # ids the template does not know, kept as they are

    def focus_widget(self) -> QWidget:
        return self.boxes[0]

    def attach(self, editing: Any, path: str) -> None:
        super().attach(editing, path)
        for b in self.boxes:
            b.setProperty("ogp_path", path)

    def set_language(self, lang: str) -> None:
        super().set_language(lang)
        label = self.field.text(lang)
        for b, v in zip(self.boxes, self.field.values, strict=False):
            b.setText(v.text(lang))
            b.setAccessibleName(f"{label}: {v.text(lang)}")
            b.setToolTip(self.field.help(lang) or label)

    def _read(self) -> Any:
        return [b.property("value_id") for b in self.boxes if b.isChecked()] + self.extra

    def _show(self, value: Any) -> None:
        chosen = list(value) if isinstance(value, list) else []
        known = {v.id for v in self.field.values}
        self.extra = [v for v in chosen if v not in known]
        for b in self.boxes:
            b.setChecked(b.property("value_id") in chosen)


class BoolEditor(FieldEditor):
    """``bool``: a check box carrying the field's label."""

    owns_label = True
    typing = False

    def build(self) -> None:
        self.input = QCheckBox(self.widget)
        self.row.addWidget(self.input)
        self.input.toggled.connect(self._emit)

    def focus_widget(self) -> QWidget:
        return self.input

    def retranslate(self) -> None:
        self.input.setText(self.field.text(self.lang))

    def _read(self) -> Any:
        return self.input.isChecked()

    def _show(self, value: Any) -> None:
        self.input.setChecked(bool(value))

    def _same(self, value: Any) -> bool:
        return self.input.isChecked() == bool(value)
