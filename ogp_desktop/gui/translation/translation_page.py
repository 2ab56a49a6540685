"""Translation mode of the report editor: puts the translation page where the form was.

Kept apart from ReportEditorWidget so the editor stays about editing values:
this object builds the :class:`TranslationWidget` on first use, swaps it onto
the editor's page stack, narrows it to the navigator entry the user picks and
turns the navigator's badges into translation completeness.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ogp_desktop import valuepath
from ogp_desktop.gui.editor.navigator_model import SUMMARY_KEY
from ogp_desktop.gui.translation.translation_model import page_counts
from ogp_desktop.gui.translation.translation_widget import TranslationWidget

if TYPE_CHECKING:
    from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget


class TranslationMode:
    """On/off state of one editor's translation mode; lives as long as the editor."""

    def __init__(self, editor: ReportEditorWidget) -> None:
        self.editor = editor
        self.widget: TranslationWidget | None = None  # built on first use
        self.active: TranslationWidget | None = None  # the widget while the mode is on
        self._form_sizes: list[int] = []
        self._keys: dict[str, str] = {}  # value path -> navigator key, for one generation of the list
        self._keys_generation = -1

    def set(self, on: bool, target: str | None = None) -> None:
        ed = self.editor
        ed.editing.end_burst()
        if on:
            if self.widget is None:
                self.widget = TranslationWidget(ed.report, ed.template, ed.editing, ed.lang, ed)
                self.widget.set_read_only(ed.read_only)
                self.widget.current_path_changed.connect(self.on_path_changed)
                self.widget.states_changed.connect(self.update_badges)  # after the list followed the report
                ed.stack.addWidget(self.widget)
            if target and target != self.widget.target:
                self.widget.set_target(target)
            if self.active is None:  # two texts side by side want the room of the side panel
                self._form_sizes = ed.splitter.sizes()
                ed.problems_widget.hide()  # its filter row would keep the side panel wide
                total = sum(self._form_sizes)
                ed.splitter.setSizes([total * 2 // 10, total * 6 // 10, total * 2 // 10])
            self.active = self.widget
            self.active.set_scope(self.scope(ed.current_key))
            ed.stack.setCurrentWidget(self.active)
            self.update_badges()
        elif self.active is not None:
            self.active = None
            ed.problems_widget.show()
            ed.splitter.setSizes(self._form_sizes)
            ed.navigator_model.set_translation_counts(None)
            ed.show_page(ed.current_key or SUMMARY_KEY)

    def on_path_changed(self, path: str) -> None:
        self.editor.current_path = ""  # the guidance follows even when the form had this field focused
        self.editor._set_current_path(path)

    def scope(self, key: str) -> Callable[[str], bool] | None:
        """The values of a navigator entry (a section's rows included); None for the Overview: all."""
        ed = self.editor
        if not key or key == SUMMARY_KEY:
            return None
        rows = next((g.id for g in ed.groups.values()
                     if (s := ed.template.section_of(g)) is not None and s.id == key), None)

        def test(path: str) -> bool:
            found = ed.page_key_for(valuepath.parse(path))
            return found == key or (rows is not None and found.startswith(rows + "["))

        return test

    def update_badges(self) -> None:
        if self.active is None:
            return
        ed = self.editor
        rows_of = {g.id: s.id for g in ed.groups.values() if (s := ed.template.section_of(g)) is not None}
        counts = page_counts(self.active.model, self._page_key, rows_of)
        ed.navigator_model.set_translation_counts(counts)

    def _page_key(self, path: str) -> str:
        assert self.active is not None
        if self._keys_generation != self.active.model.generation:
            self._keys, self._keys_generation = {}, self.active.model.generation
        if path not in self._keys:
            self._keys[path] = self.editor.page_key_for(valuepath.parse(path))
        return self._keys[path]

    def set_language(self, lang: str) -> None:
        if self.widget is not None:
            self.widget.set_language(lang)

    def set_read_only(self, ro: bool) -> None:
        if self.widget is not None:
            self.widget.set_read_only(ro)

    def detach(self) -> None:
        if self.widget is not None:
            self.widget.detach()
