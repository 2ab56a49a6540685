"""The collaboration and versions actions of the main window.

File > Import action plan…, File > New from previous report…, and a Report
menu (Export contribution…, Ask for input as a Word form…, Merge contribution…,
Versions…). The window tells
it which draft is open (:meth:`set_draft`) and places its actions in its menus;
it reaches the window only through its signals. The flows themselves live in
the ``collab`` feature's dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ogp_desktop.clock import Clock
from ogp_desktop.gui.collab.carry_forward_dialog import new_from_previous
from ogp_desktop.gui.collab.contribution_export_dialog import export_contribution_from
from ogp_desktop.gui.collab.merge_dialog import merge_contribution_into
from ogp_desktop.gui.collab.plan_import_dialog import run_plan_import
from ogp_desktop.gui.collab.versions_dialog import show_versions
from ogp_desktop.gui.library.new_report_dialog import NewReportDialog
from ogp_desktop.gui.shell.open_draft import OpenDraft
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.settings import Settings
from ogp_desktop.report import Report
from ogp_desktop.store.library import Library
from ogp_desktop.template import TemplateError, load_template


class ReportMenu(QObject):
    """Owns the actions; the window calls :meth:`set_draft` and :meth:`update_actions` when its state changes.

    Signals: save_requested(): save the open draft now (each flow saves first, so
    the version it takes and "current" match the screen); draft_created(str): a
    flow made this draft, open it; library_changed(): the library list is out of
    date; message(str): a sentence for the status bar.
    """

    save_requested = Signal()
    draft_created = Signal(str)
    library_changed = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget, library: Library, settings: Settings, clock: Clock) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # owner of the dialogs the flows open
        self.library, self.settings, self.clock = library, settings, clock
        self.draft: OpenDraft | None = None
        self.action_import_plan = QAction(parent)
        self.action_import_plan.triggered.connect(self.import_plan)
        self.action_new_from_previous = QAction(parent)
        self.action_new_from_previous.triggered.connect(self.new_from_previous)
        self.menu = QMenu(parent)
        self.action_export_contribution = self.menu.addAction("")
        self.action_export_contribution.triggered.connect(self.export_contribution)
        self.action_word_form = self.menu.addAction("")
        self.action_word_form.triggered.connect(self.ask_word_form)
        self.action_merge_contribution = self.menu.addAction("")
        self.action_merge_contribution.triggered.connect(self.merge_contribution)
        self.menu.addSeparator()
        self.action_versions = self.menu.addAction("")
        self.action_versions.triggered.connect(self.show_versions)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Called by the window's own retranslate_ui on a language change."""
        self.action_import_plan.setText(self.tr("Import action &plan…"))
        self.action_new_from_previous.setText(self.tr("New from pre&vious report…"))
        self.menu.setTitle(self.tr("&Report"))
        self.action_export_contribution.setText(self.tr("&Export contribution…"))
        self.action_word_form.setText(self.tr("Ask for input as a &Word form…"))
        self.action_merge_contribution.setText(self.tr("&Merge contribution…"))
        self.action_versions.setText(self.tr("&Versions…"))

    def set_draft(self, draft: OpenDraft | None) -> None:
        self.draft = draft

    def update_actions(self, is_open: bool, writable: bool) -> None:
        self.action_import_plan.setEnabled(writable)
        self.action_new_from_previous.setEnabled(writable)
        self.action_export_contribution.setEnabled(is_open)
        self.action_word_form.setEnabled(is_open)
        self.action_merge_contribution.setEnabled(is_open and writable)
        self.action_versions.setEnabled(is_open)

    def _created(self, draft_id: str | None) -> None:
        if draft_id and (self.draft is None or draft_id != self.draft.draft_id):
            self.library_changed.emit()
            self.draft_created.emit(draft_id)

    def import_plan(self) -> None:
        cur = self.draft
        into = cur if cur is not None and cur.autosave is not None else None
        if into is not None:
            self.save_requested.emit()
        self._created(run_plan_import(self.parent_widget, self.library, into.draft_id if into else None,
                                      into.report if into else None, into.stack if into else None,
                                      complete_new=self.ask_report_facts))

    def ask_report_facts(self, report: Report) -> bool:
        """A plan names commitments, not the report: ask country, type, plan and reporting period, propose a title."""
        try:
            templates = [load_template(report.template_id)]
        except TemplateError as exc:
            prompts.error(self.parent_widget, self.tr("Import action plan"), exc)
            return False
        roles = templates[0].roles
        rows = report.get(roles.commitments) or []
        starts = sorted(str(r.get(roles.commitment_start) or "") for r in rows if isinstance(r, dict))
        ends = sorted(str(r.get(roles.commitment_end) or "") for r in rows if isinstance(r, dict))
        dialog = NewReportDialog(templates, self.settings.language, self.parent_widget, clock=self.clock)
        dialog.setWindowTitle(self.tr("About the report for this plan"))
        dialog.ask_period()
        known = dict(report.values)
        known.setdefault(roles.plan_start, next((s for s in starts if s), ""))
        known.setdefault(roles.plan_end, ends[-1] if ends else "")
        known.setdefault(roles.language, self.settings.language)
        dialog.prefill(known)
        try:
            if not prompts.run_dialog(dialog):
                return False
            for key, value in dialog.values().items():
                report.set(key, value)
            report.meta["title"] = dialog.title()
            return True
        finally:
            dialog.deleteLater()

    def new_from_previous(self) -> None:
        if self.draft is not None:
            self.save_requested.emit()
        self._created(new_from_previous(self.parent_widget, self.library, self.settings.language))

    def export_contribution(self) -> None:
        if self.draft is None:
            return
        path = export_contribution_from(self.parent_widget, self.draft.report, self.settings.export_folder)
        if path is not None:
            self.message.emit(self.tr("Wrote the contribution {name}.").format(name=path.name))

    def ask_word_form(self) -> None:
        if self.draft is None:
            return
        path = export_contribution_from(self.parent_widget, self.draft.report, self.settings.export_folder,
                                        word_form=True)
        if path is not None:
            self.message.emit(self.tr("Wrote the Word form {name}.").format(name=path.name))

    def merge_contribution(self) -> None:
        cur = self.draft
        if cur is None or cur.autosave is None or cur.draft_id is None:
            return
        self.save_requested.emit()
        if merge_contribution_into(self.parent_widget, self.library, cur.draft_id, cur.report, "", cur.stack,
                                   self.settings.language, clock=self.clock):
            self.message.emit(self.tr("Contribution merged. Edit > Undo takes it back."))

    def show_versions(self) -> None:
        cur = self.draft
        if cur is None or cur.draft_id is None:
            return
        if cur.autosave is not None:
            self.save_requested.emit()
        if show_versions(self.parent_widget, self.library, cur.draft_id, cur.report, cur.template, cur.stack,
                         self.settings.language):
            self.message.emit(self.tr("Version restored. Edit > Undo takes it back."))
        self.library_changed.emit()
