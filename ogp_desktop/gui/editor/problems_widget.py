"""The problems panel: every validation problem, filterable; activating one jumps to its field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop.gui.editor.problems_model import FILTERS, PATH_ROLE, ProblemsModel
from ogp_desktop.gui.widgets.i18n import counted, translate
from ogp_desktop.gui.widgets.language_change import FollowsLanguage
from ogp_desktop.template import Template

_FILTER_TEXT = {"all": QT_TRANSLATE_NOOP("Problems", "All"), "error": QT_TRANSLATE_NOOP("Problems", "Errors"),
                "warning": QT_TRANSLATE_NOOP("Problems", "Warnings")}
_NO_LIMIT = 16_777_215  # QWIDGETSIZE_MAX, which PySide does not export
_TITLE = QT_TRANSLATE_NOOP("Problems", "Problems: {errors}, {warnings}")
_FIT_ALL_ROWS = 200  # more rows than this: fit only those in view (thousands took seconds to measure)


class ProblemsWidget(FollowsLanguage, QWidget):
    """Signals: problem_activated(str): the value path of a problem the user activated."""

    problem_activated = Signal(str)

    def __init__(self, template: Template, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.model = ProblemsModel(template, lang, self)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.filters = QButtonGroup(self)
        # The filters get their own row: beside the title (longer in Estonian) they held the panel wide
        # enough to squeeze the form.
        bar = QHBoxLayout()
        for i, key in enumerate(FILTERS):
            b = QRadioButton(self)
            b.setProperty("filter", key)
            b.setChecked(key == "all")
            self.filters.addButton(b, i)
            bar.addWidget(b)
        bar.addStretch(1)
        self.filters.idClicked.connect(self.on_filter_clicked)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)  # messages are sentences; rows grow to show them whole
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(100)  # the icon column: 100 rows tell its width as well as 8,000
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 120)
        header.resizeSection(3, 100)
        # A long list is fitted once per turn of the event loop, after layout: a check's result, the resizes it
        # causes and the first show each fitted 50 rows on their own (20 ms of a 2,000-commitment open).
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self._fit_now)
        self.view.verticalScrollBar().valueChanged.connect(self._fit_now)  # a scroll shows the new rows fitted
        self.view.activated.connect(self.on_view_activated)  # Enter, and double-click on most styles
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.set_language(lang)

    def set_problems(self, problems: Sequence[Any]) -> None:
        self.model.set_problems(problems)
        self.fit_rows()
        self.update_title()
        # Nothing to list: only the title line, so the form gets the height (a laptop has little).
        empty = not problems
        self.view.setVisible(not empty)
        for b in self.filters.buttons():
            b.setVisible(not empty)
        self.setMaximumHeight(self.title.sizeHint().height() + 12 if empty else _NO_LIMIT)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.model.set_language(lang)
        for b in self.filters.buttons():
            b.setText(translate(lang, "Problems", _FILTER_TEXT[b.property("filter")]))
        self.view.setAccessibleName(self.title_text())
        self.update_title()

    def title_text(self) -> str:
        counts = self.model.counts()
        return translate(self.lang, "Problems", _TITLE).format(
            errors=counted(self.lang, "error", counts["error"]),
            warnings=counted(self.lang, "warning", counts["warning"]))

    def update_title(self) -> None:
        self.title.setText(self.title_text())

    def on_filter_clicked(self, button_id: int) -> None:
        self.model.set_filter(FILTERS[button_id])
        self.fit_rows()

    def fit_rows(self) -> None:
        """Rows as high as their wrapped sentences: all of them in a short list at once, else those in view soon."""
        if self.model.rowCount() <= _FIT_ALL_ROWS:
            self.view.resizeRowsToContents()
        else:
            self._fit_later.start()

    def _fit_now(self) -> None:
        view = self.view
        if self.model.rowCount() <= _FIT_ALL_ROWS:
            view.resizeRowsToContents()
            return
        first = max(view.rowAt(0), 0)
        last = view.rowAt(view.viewport().height())
        last = first + 50 if last < 0 else last  # below the last row, or not laid out yet
        for row in range(first, min(last + 5, self.model.rowCount())):  # a few beyond: a scroll shows them fitted
            view.resizeRowToContents(row)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.model.rowCount() > _FIT_ALL_ROWS:
            self.fit_rows()

    def on_view_activated(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path:
            self.problem_activated.emit(str(path))

    def keyPressEvent(self, event: Any) -> None:
        # Enter in the table is delivered as activated(); Return on the panel itself does the same.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.currentIndex().isValid():
            self.on_view_activated(self.view.currentIndex())
            return
        super().keyPressEvent(event)
