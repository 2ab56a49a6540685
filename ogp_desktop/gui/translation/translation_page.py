"""Translation mode of the report editor: the translation page where the form was.

The editor hands in what the mode works on (report, template, edit session,
its page stack and navigator model, and how a value path maps to a navigator
key); the mode builds the :class:`TranslationWidget` on first use, swaps it
onto the stack, narrows it to the navigator entry the user picks and turns the
navigator's badges into translation completeness. It never holds the editor:
the editor follows ``toggled`` and ``current_path_changed``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from ogp_desktop import valuepath
from ogp_desktop.gui.editor.navigator_model import SUMMARY_KEY, NavigatorModel
from ogp_desktop.gui.editor.undo_commands import EditSession
from ogp_desktop.gui.translation.translation_model import page_counts
from ogp_desktop.gui.translation.translation_widget import TranslationWidget
from ogp_desktop.report import Report
from ogp_desktop.template import Field, Template


class TranslationMode(QObject):
    """On/off state of one editor's translation mode; lives as long as the editor.

    Signals: toggled(bool): the mode went on or off (the editor makes room or
    shows the form again); current_path_changed(str): the value being translated.
    """

    toggled = Signal(bool)
    current_path_changed = Signal(str)

    def __init__(self, report: Report, template: Template, editing: EditSession, stack: QStackedWidget,
                 navigator_model: NavigatorModel, page_key: Callable[[valuepath.Path], str],
                 groups: dict[str, Field], lang: str) -> None:
        super().__init__(stack)
        self.report, self.template, self.editing = report, template, editing
        self.stack, self.navigator_model, self.page_key_for = stack, navigator_model, page_key
        self.groups = groups
        self.lang = lang
        self.read_only = False
        self.widget: TranslationWidget | None = None  # built on first use
        self.active: TranslationWidget | None = None  # the widget while the mode is on
        self._keys: dict[str, str] = {}  # value path -> navigator key, for one generation of the list
        self._keys_generation = -1

    def set(self, on: bool, target: str | None = None, key: str = "") -> None:
        self.editing.end_burst()
        if on:
            if self.widget is None:
                self.widget = TranslationWidget(self.report, self.template, self.editing, self.lang, self.stack)
                self.widget.set_read_only(self.read_only)
                self.widget.current_path_changed.connect(self.current_path_changed)
                self.widget.states_changed.connect(self.update_badges)  # after the list followed the report
                self.stack.addWidget(self.widget)
            if target and target != self.widget.target:
                self.widget.set_target(target)
            was_on = self.active is not None
            self.active = self.widget
            self.active.set_scope(self.scope(key))
            self.stack.setCurrentWidget(self.active)
            self.update_badges()
            if not was_on:
                self.toggled.emit(True)
        elif self.active is not None:
            self.active = None
            self.navigator_model.set_translation_counts(None)
            self.toggled.emit(False)

    def scope(self, key: str) -> Callable[[str], bool] | None:
        """The values of a navigator entry (a section's rows included); None for the Overview: all."""
        if not key or key == SUMMARY_KEY:
            return None
        rows = next((g.id for g in self.groups.values()
                     if (s := self.template.section_of(g)) is not None and s.id == key), None)
        page_key_for = self.page_key_for

        def test(path: str) -> bool:
            found = page_key_for(valuepath.parse(path))
            return found == key or (rows is not None and found.startswith(rows + "["))

        return test

    def update_badges(self) -> None:
        if self.active is None:
            return
        rows_of = {g.id: s.id for g in self.groups.values() if (s := self.template.section_of(g)) is not None}
        counts = page_counts(self.active.model, self._page_key, rows_of)
        self.navigator_model.set_translation_counts(counts)

    def _page_key(self, path: str) -> str:
        assert self.active is not None
        if self._keys_generation != self.active.model.generation:
            self._keys, self._keys_generation = {}, self.active.model.generation
        if path not in self._keys:
            self._keys[path] = self.page_key_for(valuepath.parse(path))
        return self._keys[path]

    def set_read_only(self, ro: bool) -> None:
        self.read_only = ro
        if self.widget is not None:
            self.widget.set_read_only(ro)

    def detach(self) -> None:
        if self.widget is not None:
            self.widget.detach()
