"""The report editor: navigator | page of the selected section or commitment | guidance + problems.

The shell hands in the Report (single source of truth) and its QUndoStack;
every edit here becomes a command on that stack through one EditSession.
The widget follows the report through ``Report.subscribe`` so undo/redo,
restores and merges show up without the editors echoing edits back.
"""

from __future__ import annotations

import html
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from ogp_desktop import search, valuepath
from ogp_desktop.completeness import Completeness
from ogp_desktop.gui.editor.background_check import BackgroundCheck, Checked, check, is_big
from ogp_desktop.gui.editor.commitment_rows import CommitmentRows
from ogp_desktop.gui.editor.editors.base import PATH_PROPERTY
from ogp_desktop.gui.editor.find_bar import FindBar
from ogp_desktop.gui.editor.form_page import FormPage
from ogp_desktop.gui.editor.guidance_widget import GuidanceWidget
from ogp_desktop.gui.editor.navigator_model import (
    KEY_ROLE,
    SUMMARY_KEY,
    NavigatorModel,
    paged_group,
    row_title,
)
from ogp_desktop.gui.editor.problems_widget import ProblemsWidget
from ogp_desktop.gui.editor.summary_page import SummaryPage
from ogp_desktop.gui.editor.undo_commands import EditSession
from ogp_desktop.gui.translation.translation_page import TranslationMode
from ogp_desktop.gui.translation.translation_widget import TranslationWidget
from ogp_desktop.gui.widgets.i18n import switched_language, translate
from ogp_desktop.gui.widgets.labels import path_label
from ogp_desktop.report import Change, Report
from ogp_desktop.template import Field, Section, Template

VALIDATE_DELAY_MS = 250  # typing never waits on validation
FORM_SHARE = 2 / 3  # the form keeps at least this much of the width, however small the screen
NAVIGATOR_SHARE = 0.45  # of what is left beside the form
PANE_KEYS = {"guidance": "Ctrl+Shift+G", "problems": "Ctrl+Shift+E"}
_SECTIONS = QT_TRANSLATE_NOOP("Editor", "Sections")
_FIND = {"find": (QT_TRANSLATE_NOOP("Editor", "&Find…"), QKeySequence.StandardKey.Find),
         "find_next": (QT_TRANSLATE_NOOP("Editor", "Find ne&xt"), QKeySequence.StandardKey.FindNext),
         "find_previous": (QT_TRANSLATE_NOOP("Editor", "Find pre&vious"), QKeySequence.StandardKey.FindPrevious),
         "replace": (QT_TRANSLATE_NOOP("Editor", "R&eplace…"), "Ctrl+H")}
_HELP = {"field_help": (QT_TRANSLATE_NOOP("Editor", "&Guidance for this field"), "F1"),
         "field_help_here": (QT_TRANSLATE_NOOP("Editor", "Guidance &beside the field"), "Shift+F1")}
_PANES = {"guidance": QT_TRANSLATE_NOOP("Editor", "&Guidance pane"),
          "problems": QT_TRANSLATE_NOOP("Editor", "&Problems pane")}
_UNDO = {"edit": QT_TRANSLATE_NOOP("Editor", "typing in “{field}”"),
         "translate": QT_TRANSLATE_NOOP("Editor", "translation of “{field}”"),
         "add": QT_TRANSLATE_NOOP("Editor", "adding {field}"),
         "remove": QT_TRANSLATE_NOOP("Editor", "removing {field}"),
         "move": QT_TRANSLATE_NOOP("Editor", "moving {field}")}


def _focus_follower(editor: ReportEditorWidget) -> Callable[[QWidget | None, QWidget | None], None]:
    """The app's focusChanged, passed on to *editor* while it lives.

    A plain function, not the widget's slot: ~QWidget moves focus on while the Python part of the
    widget is already gone, and PySide then fails to find the slot ("Slot not found"). The weak
    reference keeps a closed editor that was never detached from living on through the connection.
    """
    ref = weakref.ref(editor)

    def follow(old: QWidget | None, new: QWidget | None) -> None:
        target = ref()
        if target is not None and shiboken6.isValid(target):
            target.on_focus_changed(old, new)

    return follow


class ReportEditorWidget(QWidget):
    """Navigator | page for the selected section or commitment | guidance + problems.

    Signals: problems_changed(object): list of Problems after each validation;
    edited(): after every change to the report; current_path_changed(str): the
    value path of the focused field (or the page key when none).
    """

    problems_changed = Signal(object)
    edited = Signal()
    current_path_changed = Signal(str)

    def __init__(self, report: Report, template: Template, undo_stack: QUndoStack, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.template = template
        self.undo_stack = undo_stack
        self.lang = lang
        self.read_only = False
        self.problems: list[Any] = []
        self.parsed_problems: list[tuple[valuepath.Path, Any]] = []
        self.statuses: dict[str, str] = {}
        self.filled: Completeness | None = None  # of the last check, for the overview
        self.pages: dict[str, QWidget] = {}
        self.row_lists: list[QTreeView] = []
        self.current_key = ""
        self.current_path = ""
        self._selecting = False
        self.editing = EditSession(report, undo_stack, self.go_to)
        self.editing.describe = self.describe_edit
        self.groups = {g.id: g for g in (paged_group(s) for s in template.sections) if g is not None}
        # The group whose rows are "commitments" here: the first paged group of the template.
        self.row_group: Field | None = next(iter(self.groups.values()), None)

        self.navigator_model = NavigatorModel(template, report, lang, self)
        self.navigator = QTreeView(self)
        self.navigator.setModel(self.navigator_model)
        self.navigator.setHeaderHidden(True)
        self.navigator.setUniformRowHeights(True)
        self.navigator.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigator.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigator.selectionModel().currentChanged.connect(self.on_navigator_current_changed)
        self.navigator_model.modelReset.connect(self.on_navigator_reset)
        self.navigator.expandAll()
        self.rows_ui = CommitmentRows(report, self.row_group, self.editing, lang, self)
        self.rows_ui.navigate.connect(self.go_to)
        self.buttons = self.rows_ui.buttons
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.navigator)
        left_layout.addLayout(self.rows_ui.bar)

        self.stack = QStackedWidget(self)
        self.guidance = GuidanceWidget(lang, self)
        self.problems_widget = ProblemsWidget(template, lang, self)
        self.problems_widget.problem_activated.connect(self.go_to)
        # The problems lie under the form, as wide as it (a table of sentences needs width); the
        # guidance, which wraps, stands beside it.
        self.find_bar = FindBar(report, template, self.editing, lang, self)
        self.find_bar.hit_chosen.connect(self.on_find_hit_chosen)
        form_column = QWidget(self)
        form_layout = QVBoxLayout(form_column)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(0)
        form_layout.addWidget(self.stack)
        form_layout.addWidget(self.find_bar)
        self.center = QSplitter(Qt.Orientation.Vertical, self)
        self.center.addWidget(form_column)
        self.center.addWidget(self.problems_widget)
        self.center.setStretchFactor(0, 1)
        self.center.setChildrenCollapsible(False)
        self.center.setSizes([600, 160])
        self.side = self.guidance
        # View > Guidance pane / Problems pane: the shell lists them in its View menu and remembers them.
        self.pane_actions: dict[str, QAction] = {}
        for name in ("guidance", "problems"):
            action = QAction(self)
            action.setObjectName(f"action_show_{name}")
            action.setCheckable(True)
            action.setChecked(True)
            action.setShortcut(QKeySequence(PANE_KEYS[name]))
            action.setProperty("pane", name)
            action.toggled.connect(self.on_pane_action_toggled)
            self.addAction(action)
            self.pane_actions[name] = action
        self._panes = {"guidance": self.guidance, "problems": self.problems_widget}
        # Edit > Find…, Find next, Find previous, Replace…: the shell lists them in its Edit menu.
        self.find_actions: dict[str, QAction] = {}
        for name, (_text, keys) in _FIND.items():
            action = QAction(self)
            action.setObjectName(f"action_{name}")
            action.setShortcuts(QKeySequence.keyBindings(keys) if isinstance(keys, QKeySequence.StandardKey)
                                else [QKeySequence(keys)])
            self.addAction(action)
            self.find_actions[name] = action
        # Help > Guidance for this field (F1): the pane, opened and read; Shift+F1: beside the field itself.
        self.help_actions: dict[str, QAction] = {}
        for name, (_text, key) in _HELP.items():
            action = QAction(self)
            action.setObjectName(f"action_{name}")
            action.setShortcut(QKeySequence(key))
            self.addAction(action)
            self.help_actions[name] = action
        self.help_actions["field_help"].triggered.connect(self.on_field_help_triggered)
        self.help_actions["field_help_here"].triggered.connect(self.on_field_help_here_triggered)
        self._help_return: QWidget | None = None
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.guidance.text)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.on_guidance_escape)
        self.find_actions["find"].triggered.connect(self.on_find_triggered)
        self.find_actions["replace"].triggered.connect(self.on_replace_triggered)
        self.find_actions["find_next"].triggered.connect(self.find_bar.find_next)
        self.find_actions["find_previous"].triggered.connect(self.find_bar.find_previous)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 620, 400])
        self._form_sizes: list[int] = []
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
        self.background_check = BackgroundCheck(template, self)
        self.background_check.done.connect(self.show_problems)
        report.subscribe(self.on_report_changed)
        app = QApplication.instance()
        self._focus_follower = _focus_follower(self) if isinstance(app, QApplication) else None
        if self._focus_follower is not None and isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_follower)
        self.retranslate()
        self.revalidate()
        self.show_page(SUMMARY_KEY)

    def detach(self) -> None:
        """Stop following the report (the shell calls this before dropping the widget)."""
        self.report.unsubscribe(self.on_report_changed)
        self.background_check.close()
        self.translation.detach()
        self.validate_timer.stop()
        app = QApplication.instance()
        if self._focus_follower is not None and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_follower)
        self._focus_follower = None

    # -- pages -------------------------------------------------------------
    def page_key_for(self, path: valuepath.Path) -> str:
        if not path:
            return SUMMARY_KEY
        if path[0] in self.groups and len(path) > 1 and isinstance(path[1], int):
            return f"{path[0]}[{path[1]}]"
        f = self.template.field((path[0],)) if isinstance(path[0], str) else None
        section = self.template.section_of(f) if f is not None else None
        return section.id if section is not None else SUMMARY_KEY

    def _make_page(self, key: str) -> QWidget:
        if key == SUMMARY_KEY:
            page: QWidget = SummaryPage(self.report, self.template, self.lang, self)
            page.problem_activated.connect(self.go_to)
            page.marks_stale = True
        else:
            path = valuepath.parse(key)
            if len(path) == 2:  # a row of a paged group: the row's own fields
                group = self.groups[str(path[0])]
                page = FormPage(key, group.fields, path, self.report, self.editing, self.lang, self)
            else:
                section = self.template.section(key)
                assert section is not None
                fields = [f for f in section.fields if f.id not in self.groups]
                page = FormPage(key, fields, (), self.report, self.editing, self.lang, self)
                if any(f.id in self.groups for f in section.fields):
                    page.add_widget(self._row_list(key))
            page.set_read_only(self.read_only)
            page.marks_stale = True
        self.pages[key] = page
        self.stack.addWidget(page)
        self._update_heading(key)
        return page

    def _row_list(self, key: str) -> QTreeView:
        """The rows of a paged group with their badges: the navigator's own branch, rooted here."""
        view = QTreeView(self)
        view.setModel(self.navigator_model)
        view.setRootIndex(self.navigator_model.index_of(key))
        view.setHeaderHidden(True)
        view.setRootIsDecorated(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMinimumHeight(320)
        view.setProperty("root_key", key)
        view.setAccessibleName(self.template.section(key).text(self.lang))  # type: ignore[union-attr]
        view.activated.connect(self.on_row_list_activated)
        if not self.row_lists:  # connected after the view's own reset handling, which clears the root
            self.navigator_model.modelReset.connect(self.on_row_lists_reset)
        self.row_lists.append(view)
        return view

    def on_row_lists_reset(self) -> None:
        for view in self.row_lists:
            view.setRootIndex(self.navigator_model.index_of(str(view.property("root_key"))))

    def on_row_list_activated(self, index: QModelIndex) -> None:
        self.go_to(str(index.data(KEY_ROLE)))

    def show_page(self, key: str) -> QWidget:
        if self.translating is not None:  # the navigator picks what to translate instead
            self._set_current_key(key)
            self._select_navigator(key)
            self.translating.set_scope(self.translation.scope(key))
            return self.translating
        page = self.pages.get(key) or self._make_page(key)
        if isinstance(page, FormPage) and page.stale:
            page.refresh_all()
        if isinstance(page, FormPage) and page.marks_stale:
            page.set_problems(self.parsed_problems)
        elif isinstance(page, SummaryPage) and page.marks_stale:
            page.set_problems(self.problems, self.statuses, self.filled)
        self.stack.setCurrentWidget(page)
        self._set_current_key(key)
        self._select_navigator(key)
        self.rows_ui.refresh()
        self.guidance.show_field(None, self._section_of_key(key))
        return page

    def _section_of_key(self, key: str) -> Section | None:
        if key == SUMMARY_KEY:
            return None
        path = valuepath.parse(key)
        if len(path) == 2:
            f = self.template.field((str(path[0]),))
            return self.template.section_of(f) if f else None
        return self.template.section(key)

    def _update_heading(self, key: str) -> None:
        page = self.pages.get(key)
        if not isinstance(page, FormPage):
            return
        path = valuepath.parse(key)
        if len(path) == 2:
            group = self.groups[str(path[0])]
            page.set_heading(row_title(group, self.report.get(key), int(path[1]), self.lang))
        else:
            section = self.template.section(key)
            assert section is not None
            page.set_heading(section.text(self.lang), section.guidance.get(self.lang, ""))

    def _select_navigator(self, key: str) -> None:
        index = self.navigator_model.index_of(key)
        if not index.isValid():
            return
        self._selecting = True
        try:
            self.navigator.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.navigator.scrollTo(index)
        finally:
            self._selecting = False

    def on_navigator_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        self.editing.end_burst()
        if self.translating is not None:
            self._set_current_key(str(current.data(KEY_ROLE)))
            self.translating.set_scope(self.translation.scope(self.current_key))
            self.rows_ui.refresh()
            return
        self.show_page(str(current.data(KEY_ROLE)))

    def _set_current_key(self, key: str) -> None:
        self.current_key = key
        self.rows_ui.current_key = key

    def on_navigator_reset(self) -> None:
        self.navigator.expandAll()
        if self.current_key:
            self._select_navigator(self.current_key)

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if (lang := switched_language(event, self.lang)) is not None:
            self.set_language(lang)
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        """Its own words, models and headings; its pages and panes follow LanguageChange themselves."""
        self.lang = lang
        self.rows_ui.lang = lang
        self.navigator_model.set_language(lang)
        for key in self.pages:
            self._update_heading(key)
        self.translation.lang = lang
        self.retranslate()
        self.revalidate()  # messages are written in the UI language

    def _fit_problems_height(self) -> None:
        """No problems: the form takes the height; problems again: the list gets its share back."""
        empty = not self.problems
        total = sum(self.center.sizes())
        if total <= 0 or empty == getattr(self, "_problems_empty", None):
            return  # not laid out yet (the first resize does it), or nothing changed
        self._problems_empty = empty
        share = 0 if empty else max(120, total // 4)
        self.center.setSizes([total - share, share])

    # -- room -------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.share_out()  # a new window size: the form two thirds, the rest shared
        self._fit_problems_height()

    def fit_panes(self) -> None:
        """Give the form at least two thirds of the width; navigator and side panes share the rest."""
        sizes = self.splitter.sizes()
        if sum(sizes) > 0 and sizes[1] < min(sum(sizes), int(self.width() * FORM_SHARE) + 1):
            self.share_out()

    def share_out(self) -> None:
        """Two thirds (and a pixel) of the width to the form; the rest to navigator and guidance."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        nav = self.splitter.sizes()[0]  # kept as the user left it while the guidance is folded
        least = min(total, int(self.width() * FORM_SHARE) + 1)  # of the whole width, handles included
        rest = total - least
        side_open = self.side.isVisibleTo(self)
        nav = int(rest * NAVIGATOR_SHARE) if side_open else min(nav, rest)
        nav = max(nav, self.splitter.widget(0).minimumSizeHint().width())
        side = max(0, rest - nav) if side_open else 0
        self.splitter.setSizes([nav, total - nav - side, side])

    def set_pane_visible(self, name: str, visible: bool) -> None:
        """Show or fold away the guidance or problems pane (the side column goes when both are folded)."""
        self.pane_actions[name].setChecked(visible)

    def on_pane_action_toggled(self, visible: bool) -> None:
        action = self.sender()
        name = str(action.property("pane")) if isinstance(action, QAction) else ""
        if name not in self._panes:
            return
        if not (self.translating is not None and name == "problems"):  # translation mode keeps it folded
            self._panes[name].setVisible(visible)
        if name == "guidance" and visible:  # coming back: take its share again, once the layout has it
            QTimer.singleShot(0, self.share_out)

    # -- guidance from the keyboard ------------------------------------------------
    def on_field_help_triggered(self) -> None:
        """F1: open the guidance pane if folded and move the cursor into its text (Esc goes back)."""
        self._help_return = QApplication.focusWidget()
        self.set_pane_visible("guidance", True)
        self.guidance.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_guidance_escape(self) -> None:
        if self._help_return is not None and shiboken6.isValid(self._help_return):
            self._help_return.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_field_help_here_triggered(self) -> None:
        """Shift+F1: the field's guidance in a note beside the field, where the eyes already are."""
        focused = QApplication.focusWidget()
        field = self.guidance.field
        if focused is None or field is None:
            return
        text = field.help(self.lang) or (field.parent.help(self.lang) if field.parent is not None else "")
        at = focused.mapToGlobal(focused.rect().bottomLeft())
        QWhatsThis.showText(at, f"<b>{html.escape(field.text(self.lang))}</b><br>{html.escape(text)}", focused)

    # -- find and replace ----------------------------------------------------------
    def _selected_text(self) -> str:
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and self.isAncestorOf(focused):
            return focused.selectedText()
        if isinstance(focused, QPlainTextEdit) and self.isAncestorOf(focused):
            return focused.textCursor().selectedText()
        return ""

    def on_find_triggered(self) -> None:
        self.find_bar.open(replace=False, text=self._selected_text())

    def on_replace_triggered(self) -> None:
        self.find_bar.open(replace=not self.read_only, text=self._selected_text())

    def on_find_hit_chosen(self, hit: search.Hit) -> None:
        """Show the field of a hit and select the words found in it."""
        self.go_to(hit.path)
        focused = QApplication.focusWidget()
        query = self.find_bar.query.text().strip()
        if hit.where != search.VALUE or not query:
            return
        if isinstance(focused, QLineEdit):
            at = focused.text().lower().find(query.lower())
            if at >= 0:
                focused.setSelection(at, len(query))
        elif isinstance(focused, QPlainTextEdit):
            cursor = focused.document().find(query)
            if not cursor.isNull():
                focused.setTextCursor(cursor)

    def describe_edit(self, kind: str, path: str) -> str:
        """What Edit > Undo names: the field's label, not its value path ("Undo typing in “Title”")."""
        return translate(self.lang, "Editor", _UNDO[kind]).format(field=path_label(self.template, path, self.lang))

    def retranslate(self) -> None:
        self.rows_ui.retranslate()
        self.navigator.setAccessibleName(translate(self.lang, "Editor", _SECTIONS))
        for name, action in self.pane_actions.items():
            action.setText(translate(self.lang, "Editor", _PANES[name]))
        for name, action in self.find_actions.items():
            action.setText(translate(self.lang, "Editor", _FIND[name][0]))
        for name, action in self.help_actions.items():
            action.setText(translate(self.lang, "Editor", _HELP[name][0]))

    def set_read_only(self, ro: bool) -> None:
        self.read_only = ro
        self.editing.read_only = ro
        self.rows_ui.read_only = ro
        for page in self.pages.values():
            if isinstance(page, FormPage):
                page.set_read_only(ro)
        self.translation.set_read_only(ro)
        self.find_bar.set_read_only(ro)
        self.rows_ui.refresh()

    def flush_typing(self) -> None:
        """Close the current typing burst: the next keystroke starts a new undo step."""
        self.editing.end_burst()

    # -- translation mode (ogp_desktop/gui/translation/translation_page.py) ---------------
    @property
    def translating(self) -> TranslationWidget | None:
        """The translation page while translation mode is on."""
        return self.translation.active

    def set_translation_mode(self, on: bool, target: str | None = None) -> None:
        """Show source | translation instead of the form; *target* defaults to the report's other language."""
        self.translation.set(on, target, self.current_key)

    def on_translation_toggled(self, on: bool) -> None:
        if on:  # two texts side by side want the room of the side panel
            self._form_sizes = self.splitter.sizes()
            self.problems_widget.hide()  # its filter row would keep the side panel wide
            total = sum(self._form_sizes)
            self.splitter.setSizes([total * 2 // 10, total * 6 // 10, total * 2 // 10])
        else:
            self.problems_widget.setVisible(self.pane_actions["problems"].isChecked())
            self.splitter.setSizes(self._form_sizes)
            self.show_page(self.current_key or SUMMARY_KEY)

    def on_translation_path_changed(self, path: str) -> None:
        self.current_path = ""  # the guidance follows even when the form had this field focused
        self._set_current_path(path)

    # -- commitments (rows of the paged group): see commitment_rows.py -----------
    def current_row(self) -> int:
        return self.rows_ui.current_row()

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

    def show_problems(self, checked: Checked) -> None:
        self.problems = checked.problems
        self.statuses = checked.statuses
        self.filled = checked.filled
        self.navigator_model.set_statuses(self.statuses)
        self.problems_widget.set_problems(self.problems)
        self._fit_problems_height()
        self.parsed_problems = checked.parsed
        current = self.stack.currentWidget()
        for page in self.pages.values():  # hidden pages catch up when shown
            page.marks_stale = True  # type: ignore[attr-defined]
        if isinstance(current, FormPage):
            current.set_problems(self.parsed_problems)
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

