"""``date`` and ``month``: typed text (empty-able) with an inline hint, dates with a calendar pop-up.

QDateEdit can not be empty, and reports have many dates not yet known, so
these are line edits that accept what the user types; malformed text stays
as typed (nothing is lost) and validation reports it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ogp_desktop.clock import local_date, system_clock
from ogp_desktop.gui.editor.editors.base import FieldEditor
from ogp_desktop.gui.widgets.ui_text import ui_text
from ogp_desktop.text import clean_text

_CALENDAR: list[QIcon] = []


def calendar_icon() -> QIcon:
    """A small drawn calendar (no icon file, no emoji font needed)."""
    if not _CALENDAR:
        pix = QPixmap(32, 32)
        pix.fill(QColor(0, 0, 0, 0))
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor("#455a64"), 2))
        p.setBrush(QColor("white"))
        p.drawRoundedRect(QRectF(3, 6, 26, 23), 3, 3)
        p.fillRect(QRectF(4, 7, 24, 6), QColor("#c62828"))
        p.setPen(QPen(QColor("#455a64"), 3))
        for x in (10, 22):
            p.drawLine(x, 3, x, 9)
        for row in range(3):
            for col in range(4):
                p.fillRect(QRectF(7 + col * 5.2, 16 + row * 4.3, 3, 2.6), QColor("#455a64"))
        p.end()
        _CALENDAR.append(QIcon(pix))
    return _CALENDAR[0]


class MonthEditor(FieldEditor):
    FORMAT = "%Y-%m"
    PLACEHOLDER = "YYYY-MM"
    HINT = "month_hint"

    def build(self) -> None:
        self.input = QLineEdit(self.widget)
        self.input.setPlaceholderText(self.PLACEHOLDER)
        self.input.setMaximumWidth(140)
        self.row.addWidget(self.input)
        self.row.addStretch(1)
        self.input.textEdited.connect(self._emit)

    def focus_widget(self) -> QWidget:
        return self.input

    def _read(self) -> Any:
        return clean_text(self.input.text().strip())

    def _show(self, value: Any) -> None:
        self.input.setText("" if value is None else str(value))

    def set_read_only(self, ro: bool) -> None:
        self.input.setReadOnly(ro)

    def parsed(self) -> datetime | None:
        try:
            return datetime.strptime(self.input.text().strip(), self.FORMAT)
        except ValueError:
            return None

    def format_problem(self) -> str:
        text = self.input.text().strip()
        if text and (self.parsed() is None or len(text) != len(self.PLACEHOLDER)):
            return ui_text(self.HINT, self.lang)
        return ""


class DateEditor(MonthEditor):
    FORMAT = "%Y-%m-%d"
    PLACEHOLDER = "YYYY-MM-DD"
    HINT = "date_hint"

    def build(self) -> None:
        super().build()
        self.button = QToolButton(self.widget)
        self.button.setIcon(calendar_icon())
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.calendar = QCalendarWidget(self.menu)
        self.calendar.setGridVisible(True)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self.on_menu_about_to_show)
        self.calendar.clicked.connect(self.on_calendar_clicked)
        self.calendar.activated.connect(self.on_calendar_clicked)
        self.row.insertWidget(1, self.button)

    def retranslate(self) -> None:
        self.button.setToolTip(ui_text("calendar", self.lang))
        self.button.setAccessibleName(f"{self.field.text(self.lang)}: {ui_text('calendar', self.lang)}")

    def set_read_only(self, ro: bool) -> None:
        super().set_read_only(ro)
        self.button.setEnabled(not ro)

    def on_menu_about_to_show(self) -> None:
        # an empty field opens on the app's today (its clock, which tests fix), not the machine's
        day = self.parsed() or local_date(self.editing.clock if self.editing is not None else system_clock)
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def on_calendar_clicked(self, date: QDate) -> None:
        self.input.setText(date.toString("yyyy-MM-dd"))
        self.menu.hide()
        self.input.setFocus()
        if self.editing is not None:
            self.editing.end_burst()  # a pick is its own undo step, not part of typing
        self._emit()
        if self.editing is not None:
            self.editing.end_burst()
