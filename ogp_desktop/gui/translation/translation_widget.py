"""Translation mode: each free-text value beside its translation, with its state.

Top: the target language, counts and a filter (all / missing / stale). Middle:
the values as a table. Bottom: the selected value's source (read-only) on the
left and its translation on the right. Typing goes through the editor's
EditSession, so every translation edit is one undo step per typing burst;
"Confirm translation" re-hashes a stale translation that still fits.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop import translations
from ogp_desktop.gui.editor.undo_commands import EditSession
from ogp_desktop.gui.translation.translation_model import (
    CONTEXT,
    FILTERS,
    PATH_ROLE,
    STATE_ICON,
    TranslationModel,
    state_text,
)
from ogp_desktop.gui.widgets.i18n import translate
from ogp_desktop.gui.widgets.icons import status_icon
from ogp_desktop.gui.widgets.language_change import FollowsLanguage
from ogp_desktop.gui.widgets.spelling_ui import SpellHighlighter, show_spelling_menu
from ogp_desktop.languages import LANGUAGES
from ogp_desktop.report import Change, Report
from ogp_desktop.template import Template
from ogp_desktop.text import clean_text

_T = {
    "title": QT_TRANSLATE_NOOP("Translation", "Translation into {language}"),
    "counts": QT_TRANSLATE_NOOP("Translation", "{current} current, {stale} stale, {missing} missing"),
    "all": QT_TRANSLATE_NOOP("Translation", "All"),
    "missing": QT_TRANSLATE_NOOP("Translation", "Missing"),
    "stale": QT_TRANSLATE_NOOP("Translation", "Stale"),
    "source": QT_TRANSLATE_NOOP("Translation", "Source ({language}, read-only)"),
    "target": QT_TRANSLATE_NOOP("Translation", "Translation ({language})"),
    "confirm": QT_TRANSLATE_NOOP("Translation", "Confirm translation"),
    "confirm_tip": QT_TRANSLATE_NOOP("Translation",
                                     "The source changed but this translation still fits: mark it as current."),
    "state": QT_TRANSLATE_NOOP("Translation", "State: {state}"),
    "none": QT_TRANSLATE_NOOP("Translation", "Select a value above to translate it."),
    "empty": QT_TRANSLATE_NOOP("Translation", "Nothing here needs translating with this filter."),
    "en": QT_TRANSLATE_NOOP("Translation", "English"),
    "et": QT_TRANSLATE_NOOP("Translation", "Estonian"),
}


class TranslationWidget(FollowsLanguage, QWidget):
    """Source | translation for every translatable value of the report.

    Signals: current_path_changed(str): the value path now being translated;
    states_changed(): the states followed a change to the report.
    """

    current_path_changed = Signal(str)
    states_changed = Signal()

    def __init__(self, report: Report, template: Template, editing: EditSession, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.editing = editing
        self.lang = lang
        self.path = ""
        self.scope: Callable[[str], bool] | None = None
        self.model = TranslationModel(report, template, translations.other_language(report), lang, self)
        self._build()
        self.model.modelReset.connect(self.on_model_reset)
        self.view.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        report.subscribe(self.on_report_changed)
        self.set_language(lang)
        self.show_path("")

    @property
    def target(self) -> str:
        return self.model.target

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.counts = QLabel(self)
        self.filters = QButtonGroup(self)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.counts, 1)
        for i, key in enumerate(FILTERS):
            b = QRadioButton(self)
            b.setProperty("filter", key)
            b.setChecked(key == "all")
            self.filters.addButton(b, i)
            filter_row.addWidget(b)
        self.filters.idClicked.connect(self.on_filter_clicked)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()  # the two texts share what the field and state leave
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 200)
        header.resizeSection(1, 120)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty_note = QLabel(self)
        self.empty_note.setStyleSheet("color: #5f6368;")

        self.source_label = QLabel(self)
        self.source = QPlainTextEdit(self)
        self.source.setReadOnly(True)
        self.source.setTabChangesFocus(True)
        self.target_label = QLabel(self)
        self.translation = QPlainTextEdit(self)
        self.translation.setTabChangesFocus(True)
        self.translation.textChanged.connect(self.on_translation_typed)
        # the translation is checked in its own language, which is the report's other one
        self.spelling = SpellHighlighter(self.translation.document(), self.model.target)
        self._box_text: tuple[str, str] = ("", "")
        self.translation.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.translation.customContextMenuRequested.connect(self.on_translation_menu_requested)
        self.state_icon = QLabel(self)
        self.state_label = QLabel(self)
        self.confirm = QPushButton(self)
        self.confirm.clicked.connect(self.on_confirm_clicked)
        self.source_label.setBuddy(self.source)
        self.target_label.setBuddy(self.translation)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_icon)
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.confirm)
        pair = QWidget(self)
        grid = QGridLayout(pair)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.source_label, 0, 0)
        grid.addWidget(self.target_label, 0, 1)
        grid.addWidget(self.source, 1, 0)
        grid.addWidget(self.translation, 1, 1)
        grid.addLayout(state_row, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        table = QWidget(self)
        table_layout = QVBoxLayout(table)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.view)
        table_layout.addWidget(self.empty_note)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(table)
        splitter.addWidget(pair)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filter_row)
        layout.addWidget(splitter, 1)

    def detach(self) -> None:
        self.report.unsubscribe(self.on_report_changed)

    # -- language ---------------------------------------------------------------
    def _t(self, key: str, **kw: object) -> str:
        return translate(self.lang, CONTEXT, _T[key]).format(**kw)

    def language_name(self, lang: str) -> str:
        return self._t(lang) if lang in LANGUAGES else lang

    def set_language(self, lang: str) -> None:
        """The interface language (labels); the target stays the report's other language."""
        self.lang = lang
        self.model.set_language(lang)
        for b in self.filters.buttons():
            b.setText(self._t(str(b.property("filter"))))
        self.confirm.setText(self._t("confirm"))
        self.confirm.setToolTip(self._t("confirm_tip"))
        self.retranslate()

    def on_translation_menu_requested(self, pos: QPoint) -> None:
        self.context_menu = show_spelling_menu(self.translation, self.spelling, pos, self.lang)

    def set_target(self, lang: str) -> None:
        self.model.set_target(lang)
        self.retranslate()
        self.show_path(self.path)
        self.translation.blockSignals(True)  # re-marking words is not typing
        self.spelling.set_language(lang)
        self.translation.blockSignals(False)

    def retranslate(self) -> None:
        target = self.language_name(self.target)
        self.title.setText(self._t("title", language=target))
        self.source_label.setText(self._t("source", language=self.language_name(self.report.language)))
        self.target_label.setText(self._t("target", language=target))
        self.source.setAccessibleName(self.source_label.text())
        self.translation.setAccessibleName(self.target_label.text())
        self.view.setAccessibleName(self.title.text())
        self.empty_note.setText(self._t("empty"))
        self.update_counts()
        self.update_state()

    def update_counts(self) -> None:
        self.counts.setText(self._t("counts", **self.model.counts()))
        self.empty_note.setVisible(self.model.rowCount() == 0)

    # -- what is shown ----------------------------------------------------------
    def set_filter(self, state: str) -> None:
        self.model.set_filter(state)
        for b in self.filters.buttons():
            b.setChecked(b.property("filter") == self.model.filter)
        self.update_counts()

    def set_scope(self, scope: Callable[[str], bool] | None) -> None:
        """Only the values *scope* accepts (the navigator entry picked); None lists all."""
        self.scope = scope
        self.model.set_scope(scope)
        self.update_counts()

    def go_to(self, path: str) -> None:
        """Select *path* (widening filter and scope when they hide it) and focus its translation."""
        if self.model.row_of(path) < 0 and path in set(self.model.all_paths()):
            self.set_scope(None)
            if self.model.row_of(path) < 0:
                self.set_filter("all")
        self.select_path(path)
        if self.path == path:
            self.translation.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_path(self, path: str) -> None:
        row = self.model.row_of(path)
        if row < 0:
            self.show_path("")
            return
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(self.model.index(row, 0))
        self.show_path(path)

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        path = str(current.data(PATH_ROLE) or "") if current.isValid() else ""
        if path != self.path:
            self.editing.end_burst()
        self.show_path(path)

    def on_model_reset(self) -> None:
        """Filtering or new values: keep the value being translated selected while it is listed."""
        if self.path and self.model.row_of(self.path) >= 0:
            self.select_path(self.path)
        self.update_counts()

    def show_path(self, path: str) -> None:
        changed = path != self.path
        self.path = path
        self.source.setPlainText(str(self.report.get(path) or "") if path else self._t("none"))
        self._show_translation()
        self.translation.setEnabled(bool(path) and not self.editing.read_only)
        self.update_state()
        if changed and path:
            self.current_path_changed.emit(path)

    def _show_translation(self) -> None:
        text = self.model.translation(self.path) if self.path else ""
        if self.translation.toPlainText() != text:  # equal: keep the cursor where the user is typing
            self.translation.blockSignals(True)
            self.translation.setPlainText(text)
            self.translation.blockSignals(False)
        self._box_text = (self.path, text)

    def update_state(self) -> None:
        if not self.path:
            self.state_label.setText("")
            self.state_icon.clear()
            self.confirm.setEnabled(False)
            return
        state = self.model.state(self.path)
        self.state_label.setText(self._t("state", state=state_text(state, self.lang)))
        self.state_icon.setPixmap(status_icon(STATE_ICON[state]).pixmap(16, 16))
        self.state_label.setProperty("state", state)
        self.confirm.setEnabled(state == translations.STALE and not self.editing.read_only)
        self.translation.setAccessibleDescription(self.state_label.text())

    # -- edits -------------------------------------------------------------------
    def on_translation_typed(self) -> None:
        text = self.translation.toPlainText()
        if (self.path, text) == self._box_text:  # a re-highlight of the same text (spelling) is not typing
            return
        self._box_text = (self.path, text)
        if self.path:
            self.editing.set_translation(self.target, self.path, clean_text(self.translation.toPlainText()),
                                         typing=True)

    def on_confirm_clicked(self) -> None:
        if self.path:
            self.editing.confirm_translation(self.target, self.path)

    def on_filter_clicked(self, button_id: int) -> None:
        self.editing.end_burst()
        self.set_filter(FILTERS[button_id])

    def set_read_only(self, ro: bool) -> None:
        self.translation.setReadOnly(ro)
        self.update_state()

    def on_report_changed(self, change: Change) -> None:
        if not shiboken6.isValid(self):  # the widget is gone but the report lives on
            self.report.unsubscribe(self.on_report_changed)
            return
        if translations.other_language(self.report) != self.target:  # the report's own language was changed
            self.set_target(translations.other_language(self.report))
            self.states_changed.emit()
            return
        changed = self.model.follow(change)
        if self.path and self.path not in self.model.states and change.kind != "translation":
            self.show_path("")  # the value went away (row removed, text emptied)
        elif self.path:
            self.source.setPlainText(str(self.report.get(self.path) or ""))
            self._show_translation()
            self.update_state()
        if changed:  # typing on in a translation already current changes no badge
            self.update_counts()
            self.states_changed.emit()
