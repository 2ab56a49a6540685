"""Find (Ctrl+F) and Replace (Ctrl+H) across the whole report, as a bar under the form.

What counts as a hit is :mod:`ogp_desktop.search` (labels and values, both
languages); this bar keeps the query, steps through the hits (Enter, F3,
Shift+F3) and asks the editor to show each one through ``hit_chosen``.
Replacing goes through the editor's EditSession as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from ogp_desktop import search
from ogp_desktop.gui.editor.undo_commands import EditSession
from ogp_desktop.gui.widgets.i18n import translate
from ogp_desktop.gui.widgets.language_change import FollowsLanguage
from ogp_desktop.report import Report
from ogp_desktop.template import Template

_T = {
    "find": QT_TRANSLATE_NOOP("Editor", "F&ind:"),
    "replace_with": QT_TRANSLATE_NOOP("Editor", "Replace wit&h:"),
    "next": QT_TRANSLATE_NOOP("Editor", "&Next"),
    "previous": QT_TRANSLATE_NOOP("Editor", "Pre&vious"),
    "replace": QT_TRANSLATE_NOOP("Editor", "&Replace"),
    "replace_all": QT_TRANSLATE_NOOP("Editor", "Replace &all"),
    "close": QT_TRANSLATE_NOOP("Editor", "Close the search bar"),
    "count": QT_TRANSLATE_NOOP("Editor", "{n} of {total}"),
    "none": QT_TRANSLATE_NOOP("Editor", "Not found"),
    "replaced": QT_TRANSLATE_NOOP("Editor", "Replaced in {n} fields"),
    "undo": QT_TRANSLATE_NOOP("Editor", "replacing “{text}”"),
    "in_label": QT_TRANSLATE_NOOP("Editor", "in a field name"),
    "in_translation": QT_TRANSLATE_NOOP("Editor", "in a translation"),
}


class FindBar(FollowsLanguage, QWidget):
    """The query, the replacement, and where in the list of hits the user is.

    Signals: hit_chosen(object): a :class:`search.Hit` to show (the editor goes to its field).
    """

    hit_chosen = Signal(object)

    def __init__(self, report: Report, template: Template, editing: EditSession, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report, self.template, self.editing, self.lang = report, template, editing, lang
        self.hits: list[search.Hit] = []
        self.current = -1
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 2, 4, 2)
        self.find_label = QLabel(self)
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.on_query_changed)
        self.query.returnPressed.connect(self.find_next)
        self.find_label.setBuddy(self.query)
        self.status = QLabel(self)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button = QPushButton(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.hide)
        self.replace_label = QLabel(self)
        self.replacement = QLineEdit(self)
        self.replacement.returnPressed.connect(self.replace_current)
        self.replace_label.setBuddy(self.replacement)
        self.replace_button = QPushButton(self)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button = QPushButton(self)
        self.replace_all_button.clicked.connect(self.replace_all)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.query, 0, 1)
        grid.addWidget(self.previous_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(self.close_button, 0, 4)
        grid.addWidget(self.status, 1, 1, 1, 4)
        grid.addWidget(self.replace_label, 2, 0)
        grid.addWidget(self.replacement, 2, 1)
        grid.addWidget(self.replace_button, 2, 2)
        grid.addWidget(self.replace_all_button, 2, 3)
        grid.setColumnStretch(1, 1)
        self.replace_widgets = (self.replace_label, self.replacement, self.replace_button, self.replace_all_button)
        self.set_language(lang)
        self.hide()

    def _t(self, key: str) -> str:
        return translate(self.lang, "Editor", _T[key])

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for widget, key in ((self.find_label, "find"), (self.replace_label, "replace_with"),
                            (self.next_button, "next"), (self.previous_button, "previous"),
                            (self.replace_button, "replace"), (self.replace_all_button, "replace_all")):
            widget.setText(self._t(key))
        self.query.setAccessibleName(self._t("find").replace("&", "").rstrip(":"))
        self.replacement.setAccessibleName(self._t("replace_with").replace("&", "").rstrip(":"))
        self.close_button.setToolTip(self._t("close"))
        self.close_button.setAccessibleName(self._t("close"))
        self.update_status()

    def set_read_only(self, ro: bool) -> None:
        for w in self.replace_widgets:
            w.setEnabled(not ro)

    # -- opening ------------------------------------------------------------
    def open(self, replace: bool, text: str = "") -> None:
        """Show the bar (with the replace row for Ctrl+H) and put the cursor in the query."""
        for w in self.replace_widgets:
            w.setVisible(replace)
        if text and "\n" not in text:
            self.query.setText(text)
        self.show()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)

    # -- stepping through the hits -------------------------------------------
    def on_query_changed(self, _text: str) -> None:
        self.hits, self.current = [], -1
        self.update_status()

    def refresh(self) -> None:
        """Search again (the report may have changed), staying near the hit the user was on."""
        was = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        self.hits = search.find(self.report, self.template, self.query.text())
        if was is not None:
            keys = [(h.path, h.where) for h in self.hits]
            self.current = keys.index((was.path, was.where)) if (was.path, was.where) in keys else min(
                self.current, len(self.hits)) - 1

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.query.text().strip():
            self.open(replace=self.replacement.isVisible())
            return
        self.refresh()
        if not self.hits:
            self.current = -1
        elif self.current < 0:
            self.current = 0 if delta > 0 else len(self.hits) - 1
        else:
            self.current = (self.current + delta) % len(self.hits)
        self.update_status()
        if self.current >= 0:
            self.hit_chosen.emit(self.hits[self.current])

    def update_status(self) -> None:
        if not self.query.text().strip() or (not self.hits and self.current < 0 and not self.status.text()):
            self.status.setText("")
            return
        if not self.hits:
            self.status.setText(self._t("none"))
            return
        hit = self.hits[self.current] if self.current >= 0 else None
        where = {search.LABEL: self._t("in_label"), search.TRANSLATION: self._t("in_translation")}.get(
            hit.where, "") if hit else ""
        text = self._t("count").format(n=self.current + 1, total=len(self.hits))
        self.status.setText(f"{text} ({where})" if where else text)

    # -- replacing -------------------------------------------------------------
    def replace_current(self) -> None:
        """Replace the query in the field of the current hit (one undo step), then go to the next hit."""
        if self.current < 0 or not self.hits:
            self.find_next()
            return
        hit = self.hits[self.current]
        values = search.replaced(self.report, self.template, self.query.text(), self.replacement.text(), {hit.path})
        if values:
            self.editing.set_many(self._t("undo").format(text=self.query.text()), values)
        self.find_next()

    def replace_all(self) -> None:
        """Every occurrence in what the user wrote, as one undo step."""
        values = search.replaced(self.report, self.template, self.query.text(), self.replacement.text())
        if values:
            self.editing.set_many(self._t("undo").format(text=self.query.text()), values)
        self.hits, self.current = [], -1
        self.status.setText(self._t("replaced").format(n=len(values)))
