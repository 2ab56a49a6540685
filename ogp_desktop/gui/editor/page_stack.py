"""The editor's pages, built the first time they are shown: the Overview, a form per section, a form per row.

A section that holds a paged group (the commitments) lists its rows under its
form, in a view of the navigator's own branch. Signals: navigate(str): a value
path or page key the user picked on a page (a problem on the Overview, a row).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QTreeView, QWidget

from ogp_desktop import valuepath
from ogp_desktop.gui.editor.form_page import FormPage
from ogp_desktop.gui.editor.navigator_model import KEY_ROLE, SUMMARY_KEY, NavigatorModel, row_title
from ogp_desktop.gui.editor.summary_page import SummaryPage
from ogp_desktop.gui.editor.undo_commands import EditSession
from ogp_desktop.report import Report
from ogp_desktop.template import Field, Section, Template


class PageStack(QObject):
    """``stack`` shows one page; ``pages`` holds those built so far, by page key."""

    navigate = Signal(str)

    def __init__(self, report: Report, template: Template, groups: dict[str, Field], navigator_model: NavigatorModel,
                 editing: EditSession, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.report = report
        self.template = template
        self.groups = groups
        self.navigator_model = navigator_model
        self.editing = editing
        self.lang = lang
        self.read_only = False
        self.stack = QStackedWidget(parent)
        self.pages: dict[str, QWidget] = {}
        self.row_lists: list[QTreeView] = []

    def key_for(self, path: valuepath.Path) -> str:
        """The page that shows *path*: its row's page, its section's, or the Overview."""
        if not path:
            return SUMMARY_KEY
        if path[0] in self.groups and len(path) > 1 and isinstance(path[1], int):
            return f"{path[0]}[{path[1]}]"
        f = self.template.field((path[0],)) if isinstance(path[0], str) else None
        section = self.template.section_of(f) if f is not None else None
        return section.id if section is not None else SUMMARY_KEY

    def page(self, key: str) -> QWidget:
        return self.pages.get(key) or self._make(key)

    def _make(self, key: str) -> QWidget:
        if key == SUMMARY_KEY:
            page: QWidget = SummaryPage(self.report, self.template, self.lang, self.stack)
            page.problem_activated.connect(self.navigate)
            page.marks_stale = True
        else:
            path = valuepath.parse(key)
            if len(path) == 2:  # a row of a paged group: the row's own fields
                group = self.groups[str(path[0])]
                page = FormPage(key, group.fields, path, self.report, self.editing, self.lang, self.stack)
            else:
                section = self.template.section(key)
                assert section is not None
                fields = [f for f in section.fields if f.id not in self.groups]
                page = FormPage(key, fields, (), self.report, self.editing, self.lang, self.stack)
                if any(f.id in self.groups for f in section.fields):
                    page.add_widget(self._row_list(key))
            page.set_read_only(self.read_only)
            page.marks_stale = True
        self.pages[key] = page
        self.stack.addWidget(page)
        self.update_heading(key)
        return page

    def _row_list(self, key: str) -> QTreeView:
        """The rows of a paged group with their badges: the navigator's own branch, rooted here."""
        view = QTreeView(self.stack)
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
        self.navigate.emit(str(index.data(KEY_ROLE)))

    def section_of_key(self, key: str) -> Section | None:
        if key == SUMMARY_KEY:
            return None
        path = valuepath.parse(key)
        if len(path) == 2:
            f = self.template.field((str(path[0]),))
            return self.template.section_of(f) if f else None
        return self.template.section(key)

    def update_heading(self, key: str) -> None:
        """A form's heading: its section's title and guidance, or its row's number and title."""
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

    def set_language(self, lang: str) -> None:
        """The headings (from the template); the pages themselves follow LanguageChange."""
        self.lang = lang
        for key in self.pages:
            self.update_heading(key)

    def set_read_only(self, ro: bool) -> None:
        self.read_only = ro
        for page in self.pages.values():
            if isinstance(page, FormPage):
                page.set_read_only(ro)
