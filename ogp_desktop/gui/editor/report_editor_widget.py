"""The report editor: navigator | page of the selected section or commitment | guidance + problems.

The shell hands in the Report (single source of truth) and its QUndoStack;
every edit here becomes a command on that stack through one EditSession.
The widget follows the report through ``Report.subscribe`` so undo/redo,
restores and merges show up without the editors echoing edits back.
Its parts live beside it: page_stack.py (the pages), navigator_view.py,
panes.py (the room and View > panes), find_actions.py, field_help.py (F1),
commitment_rows.py (the commitment buttons).
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ogp_desktop import valuepath
from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.completeness import Completeness
from ogp_desktop.gui.editor.background_check import BackgroundCheck, Checked, FirstCheck, check, is_big
from ogp_desktop.gui.editor.commitment_rows import CommitmentRows
from ogp_desktop.gui.editor.editors.base import PATH_PROPERTY
from ogp_desktop.gui.editor.field_help import FieldHelp
from ogp_desktop.gui.editor.find_actions import FindActions
from ogp_desktop.gui.editor.find_bar import FindBar
from ogp_desktop.gui.editor.form_page import FormPage
from ogp_desktop.gui.editor.guidance_widget import GuidanceWidget
from ogp_desktop.gui.editor.navigator_model import SUMMARY_KEY, NavigatorModel, paged_group
from ogp_desktop.gui.editor.navigator_view import NavigatorView
from ogp_desktop.gui.editor.page_stack import PageStack
from ogp_desktop.gui.editor.panes import EditorPanes
from ogp_desktop.gui.editor.problems_widget import ProblemsWidget
from ogp_desktop.gui.editor.summary_page import SummaryPage
from ogp_desktop.gui.editor.undo_commands import EditSession
from ogp_desktop.gui.translation.translation_page import TranslationMode
from ogp_desktop.gui.translation.translation_widget import TranslationWidget
from ogp_desktop.gui.widgets.focus_follower import follow_focus, unfollow
from ogp_desktop.gui.widgets.i18n import translate
from ogp_desktop.gui.widgets.labels import path_label
from ogp_desktop.gui.widgets.language_change import FollowsLanguage
from ogp_desktop.report import Change, Report
from ogp_desktop.template import Field, Template

VALIDATE_DELAY_MS = 250  # typing never waits on validation
_SECTIONS = QT_TRANSLATE_NOOP("Editor", "Sections")
_UNDO = {"edit": QT_TRANSLATE_NOOP("Editor", "typing in “{field}”"),
         "translate": QT_TRANSLATE_NOOP("Editor", "translation of “{field}”"),
         "add": QT_TRANSLATE_NOOP("Editor", "adding {field}"),
         "remove": QT_TRANSLATE_NOOP("Editor", "removing {field}"),
         "move": QT_TRANSLATE_NOOP("Editor", "moving {field}")}


class ReportEditorWidget(FollowsLanguage, QWidget):
    """Navigator | page for the selected section or commitment | guidance + problems.

    Signals: problems_changed(object): list of Problems after each validation;
    edited(): after every change to the report; current_path_changed(str): the
    value path of the focused field (or the page key when none).
    """

    problems_changed = Signal(object)
    edited = Signal()
    current_path_changed = Signal(str)

    def __init__(self, report: Report, template: Template, undo_stack: QUndoStack, lang: str = "en",
                 parent: QWidget | None = None, *, clock: Clock = system_clock,
                 first_check: FirstCheck | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.template = template
        self.undo_stack = undo_stack
        self.lang = lang
        self.read_only = False
        self.problems: list[Any] = []
        self.checked: Checked | None = None  # the newest check shown
        self.statuses: dict[str, str] = {}
        self.filled: Completeness | None = None  # of the last check, for the overview
        self.current_key = ""
        self.current_path = ""
        self.editing = EditSession(report, undo_stack, self.go_to, clock=clock)
        self.editing.describe = self.describe_edit
        self.groups = {g.id: g for g in (paged_group(s) for s in template.sections) if g is not None}
        # The group whose rows are "commitments" here: the first paged group of the template.
        self.row_group: Field | None = next(iter(self.groups.values()), None)

        self.navigator_model = NavigatorModel(template, report, lang, self)
        self.navigator = NavigatorView(self.navigator_model, self)
        self.navigator.picked.connect(self.on_navigator_picked)
        self.navigator_model.modelReset.connect(self.on_navigator_reset)
        self.rows_ui = CommitmentRows(report, self.row_group, self.editing, lang, self)
        self.rows_ui.navigate.connect(self.go_to)
        self.buttons = self.rows_ui.buttons
        self.page_stack = PageStack(report, template, self.groups, self.navigator_model, self.editing, lang, self)
        self.page_stack.navigate.connect(self.go_to)
        self.stack, self.pages, self.row_lists = self.page_stack.stack, self.page_stack.pages, self.page_stack.row_lists
        self.guidance = GuidanceWidget(lang, self)
        self.problems_widget = ProblemsWidget(template, lang, self)
        self.problems_widget.problem_activated.connect(self.go_to)
        self.find_bar = FindBar(report, template, self.editing, lang, self)
        self.panes = EditorPanes(self.navigator, self.rows_ui.bar, self.stack, self.find_bar, self.problems_widget,
                                 self.guidance, self.width, self)
        self.splitter, self.center, self.side = self.panes.splitter, self.panes.center, self.panes.side
        self.pane_actions = self.panes.pane_actions
        self.find_ui = FindActions(self.find_bar, self.go_to, self.isAncestorOf, self)
        self.find_actions = self.find_ui.find_actions
        self.field_help = FieldHelp(self.guidance, self.pane_actions["guidance"], lang, self)
        self.help_actions = self.field_help.help_actions
        for actions in (self.pane_actions, self.find_actions, self.help_actions):
            self.addActions(list(actions.values()))  # their shortcuts work wherever the editor has focus
        self.translation = TranslationMode(report, template, self.editing, self.stack, self.navigator_model,
                                           self.page_key_for, self.groups, lang)
        self.translation.toggled.connect(self.on_translation_toggled)
        self.translation.current_path_changed.connect(self.on_translation_path_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(VALIDATE_DELAY_MS)
        self.validate_timer.timeout.connect(self.revalidate)
        self.background_check = BackgroundCheck(template, self, first_check.rows if first_check else None)
        self.background_check.done.connect(self.show_problems)
        report.subscribe(self.on_report_changed)
        self._focus_follower = follow_focus(self.on_focus_changed)
        self.retranslate()
        if first_check is not None:  # made while the report was read (opening.py), in this language
            self.show_problems(first_check.checked)
        else:
            self.revalidate()
        self.show_page(SUMMARY_KEY)

    def detach(self) -> None:
        """Stop following the report (the shell calls this before dropping the widget)."""
        self.report.unsubscribe(self.on_report_changed)
        self.background_check.close()
        self.translation.detach()
        self.validate_timer.stop()
        unfollow(self._focus_follower)
        self._focus_follower = None
        # The latest check (tens of thousands of paths at 2,000 commitments) is freed now, by reference counting;
        # the widget itself waits for a garbage collection (its signal connections make cycles of it).
        self.checked = None

    # -- pages: see page_stack.py ------------------------------------------------
    def page_key_for(self, path: valuepath.Path) -> str:
        return self.page_stack.key_for(path)

    def _update_heading(self, key: str) -> None:
        self.page_stack.update_heading(key)

    def show_page(self, key: str) -> QWidget:
        if self.translating is not None:  # the navigator picks what to translate instead
            self._set_current_key(key)
            self.navigator.select(key)
            self.translating.set_scope(self.translation.scope(key))
            return self.translating
        page = self.page_stack.page(key)
        if isinstance(page, FormPage) and page.stale:
            page.refresh_all()
        if isinstance(page, FormPage) and page.marks_stale:
            page.set_problems(self.checked.for_page(page.prefix, [f.id for f in page.fields]) if self.checked else [])
        elif isinstance(page, SummaryPage) and page.marks_stale:
            page.set_problems(self.problems, self.statuses, self.filled)
        self.stack.setCurrentWidget(page)
        self._set_current_key(key)
        self.navigator.select(key)
        self.rows_ui.refresh()
        self.guidance.show_field(None, self.page_stack.section_of_key(key))
        return page

    def on_navigator_picked(self, key: str) -> None:
        self.editing.end_burst()
        if self.translating is not None:
            self._set_current_key(key)
            self.translating.set_scope(self.translation.scope(self.current_key))
            self.rows_ui.refresh()
            return
        self.show_page(key)

    def _set_current_key(self, key: str) -> None:
        self.current_key = key
        self.rows_ui.current_key = key

    def on_navigator_reset(self) -> None:
        self.navigator.expandAll()
        if self.current_key:
            self.navigator.select(self.current_key)

    # -- the public API ----------------------------------------------------
    def go_to(self, path: str) -> None:
        """Select the page of a value path and focus its field."""
        try:
            parts = valuepath.parse(path) if path and path != SUMMARY_KEY else ()
        except valuepath.PathError:
            return
        if self.translating is not None:
            self.translating.go_to(path)
            return
        key = self.page_key_for(parts)
        if key not in self.pages and key != SUMMARY_KEY and self.navigator_model.index_of(key).isValid() is False:
            key = SUMMARY_KEY  # a hidden section or a row that no longer exists
        page = self.show_page(key)
        if isinstance(page, FormPage):
            widget = page.focus_path(parts)
            if widget is not None:
                self._set_current_path(str(widget.property(PATH_PROPERTY) or path))

    def set_language(self, lang: str) -> None:
        """Its own words, models and headings; its pages and panes follow LanguageChange themselves."""
        self.lang = lang
        self.rows_ui.lang = lang
        self.navigator_model.set_language(lang)
        self.page_stack.set_language(lang)
        self.translation.lang = lang
        self.retranslate()
        self.revalidate()  # messages are written in the UI language

    def retranslate(self) -> None:
        self.rows_ui.retranslate()
        self.navigator.setAccessibleName(translate(self.lang, "Editor", _SECTIONS))
        self.panes.retranslate(self.lang)
        self.find_ui.retranslate(self.lang)
        self.field_help.retranslate(self.lang)

    def describe_edit(self, kind: str, path: str) -> str:
        """What Edit > Undo names: the field's label, not its value path ("Undo typing in “Title”")."""
        return translate(self.lang, "Editor", _UNDO[kind]).format(field=path_label(self.template, path, self.lang))

    def set_read_only(self, ro: bool) -> None:
        self.read_only = ro
        self.editing.read_only = ro
        self.rows_ui.read_only = ro
        self.page_stack.set_read_only(ro)
        self.translation.set_read_only(ro)
        self.find_bar.set_read_only(ro)
        self.find_ui.read_only = ro
        self.rows_ui.refresh()

    def flush_typing(self) -> None:
        """Close the current typing burst: the next keystroke starts a new undo step."""
        self.editing.end_burst()

    # -- room: see panes.py ------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.panes.share_out()  # a new window size: the form two thirds, the rest shared
        self._fit_problems_height()

    def _fit_problems_height(self) -> None:
        self.panes.fit_problems_height(not self.problems)

    def set_pane_visible(self, name: str, visible: bool) -> None:
        """Show or fold away the guidance or problems pane."""
        self.pane_actions[name].setChecked(visible)

    # -- translation mode (ogp_desktop/gui/translation/translation_page.py) ---------------
    @property
    def translating(self) -> TranslationWidget | None:
        """The translation page while translation mode is on."""
        return self.translation.active

    def set_translation_mode(self, on: bool, target: str | None = None) -> None:
        """Show source | translation instead of the form; *target* defaults to the report's other language."""
        self.translation.set(on, target, self.current_key)

    def on_translation_toggled(self, on: bool) -> None:
        self.panes.set_translating(on)
        if not on:
            self.show_page(self.current_key or SUMMARY_KEY)

    def on_translation_path_changed(self, path: str) -> None:
        self.current_path = ""  # the guidance follows even when the form had this field focused
        self._set_current_path(path)

    # -- commitments (rows of the paged group): see commitment_rows.py -----------
    def add_commitment(self) -> None:
        self.rows_ui.add()

    def remove_commitment(self, index: int) -> None:
        self.rows_ui.remove(index)

    def move_commitment(self, src: int, dst: int) -> None:
        self.rows_ui.move(src, dst)

    def renumber_commitments(self) -> None:
        """Number the rows 1..N in their current order, as one undo step."""
        self.rows_ui.renumber()

    # -- following the report ---------------------------------------------------
    def on_report_changed(self, change: Change) -> None:
        if not shiboken6.isValid(self):  # the widget is gone but the report lives on
            self.report.unsubscribe(self.on_report_changed)
            return
        structural = change.kind == "replace" or (
            change.kind in ("insert", "remove", "move") and len(change.path) == 2 and change.path[0] in self.groups)
        if structural:
            self._drop_stale_row_pages()
        for page in self.pages.values():
            if isinstance(page, FormPage) and not page.stale:
                page.on_report_changed(change)  # returns at once unless the change is on the page
        if change.kind == "replace" or change.path[:1] == (self.report.roles.report_type,):
            for page in self.pages.values():
                if isinstance(page, FormPage):
                    page.update_visibility(self.report.report_type)
        self.navigator_model.refresh(() if structural else change.path)
        key = self.page_key_for(change.path)
        if key in self.pages or structural:
            self._update_heading(key if not structural else self.current_key)
        self.rows_ui.refresh()
        self.validate_timer.start()
        self.edited.emit()

    def _drop_stale_row_pages(self) -> None:
        """After rows come, go or move, row pages show other rows: refresh the visible one, mark the rest."""
        counts = {gid: len(self.report.get(gid) or []) for gid in self.groups}
        for key in list(self.pages):
            path = valuepath.parse(key) if key != SUMMARY_KEY else ()
            if len(path) != 2:
                continue
            page = self.pages[key]
            if int(path[1]) >= counts.get(str(path[0]), 0):
                if page is self.stack.currentWidget():
                    self._set_current_key("")
                    self.show_page(str(path[0]))
                del self.pages[key]
                self.stack.removeWidget(page)
                page.deleteLater()
            elif isinstance(page, FormPage):
                page.stale = True
                if page is self.stack.currentWidget():
                    page.refresh_all()
                self._update_heading(key)

    def revalidate(self) -> None:
        """Check the report: a small one at once, a big one on a worker (show_problems follows)."""
        self.validate_timer.stop()
        if is_big(self.report):
            self.background_check.request(self.report.snapshot(), self.lang)
        else:
            self.background_check.drop()
            self.show_problems(check(self.report, self.template, self.lang))

    def error_count(self) -> int | None:
        """Errors the latest check found, or None while the report has changed since (problems_changed follows)."""
        if self.validate_timer.isActive() or self.background_check.busy:
            return None
        return sum(1 for p in self.problems if p.severity == "error")

    def show_problems(self, checked: Checked) -> None:
        self.problems = checked.problems
        self.statuses = checked.statuses
        self.filled = checked.filled
        self.navigator_model.set_statuses(self.statuses)
        self.problems_widget.set_problems(self.problems)
        self._fit_problems_height()
        self.checked = checked
        current = self.stack.currentWidget()
        for page in self.pages.values():  # hidden pages catch up when shown
            page.marks_stale = True  # type: ignore[attr-defined]
        if isinstance(current, FormPage):
            current.set_problems(checked.for_page(current.prefix, [f.id for f in current.fields]))
        elif isinstance(current, SummaryPage):
            current.set_problems(self.problems, self.statuses, self.filled)
        self.problems_changed.emit(self.problems)

    # -- focus -> guidance, bursts ----------------------------------------------
    def on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not shiboken6.isValid(self) or not self.isAncestorOf(new):
            return
        if old is not new:
            self.editing.end_burst()  # leaving a field closes its typing burst
        widget: QWidget | None = new
        path = None
        while widget is not None and widget is not self:
            path = widget.property(PATH_PROPERTY)
            if path:
                break
            widget = widget.parentWidget()
        if path:
            self._set_current_path(str(path))

    def _set_current_path(self, path: str) -> None:
        if path != self.current_path:
            self.editing.end_burst()
            self.current_path = path
            try:
                self.guidance.show_field(self.template.field(path))
            except valuepath.PathError:
                return
            self.current_path_changed.emit(path)

