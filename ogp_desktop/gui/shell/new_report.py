"""File > New report…: ask which template and the report's facts, then make the draft."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.gui.library.new_report_dialog import NewReportDialog
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.store.errors import StoreError
from ogp_desktop.store.library import Library
from ogp_desktop.template import TemplateError, load_template, shipped_template_files


class NewReport(QObject):
    """:meth:`create` asks and makes the draft; a refusal is one sentence, a Cancel makes nothing."""

    def __init__(self, library: Library, parent: QWidget, clock: Clock = system_clock) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # owner of the dialog
        self.library = library
        self.clock = clock

    def create(self, lang: str) -> str | None:
        """The new draft's id, or None."""
        try:
            templates = [load_template(p.stem) for p in shipped_template_files()]
        except TemplateError as exc:
            prompts.error(self.parent_widget, self.tr("New report"), exc)
            return None
        dialog = NewReportDialog(templates, lang, self.parent_widget, clock=self.clock)
        try:
            if not prompts.run_dialog(dialog):
                return None
            values, title, template_id = dialog.values(), dialog.title(), dialog.template.id
        finally:
            dialog.deleteLater()
        try:
            return self.library.create(values, title=title, template_id=template_id)
        except StoreError as exc:
            prompts.error(self.parent_widget, self.tr("New report"), exc)
            return None
