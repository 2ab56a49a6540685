"""The collaboration and versions actions of the main window.

File > Import action plan…, File > New from previous report…, and a Report
menu (Export contribution…, Merge contribution…, Versions…). Kept out of
main_window.py so the window stays a frame; the flows themselves live in
their dialogs' modules, imported when first used to keep start-up fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from ogp_desktop.gui.shell.main_window import MainWindow


class ReportMenu(QObject):
    """Owns the actions; the window calls :meth:`update_actions` when its state changes.

    Signals: none (each action runs its flow and reports in the status bar).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        ui = window.ui
        self.action_import_plan = QAction(window)
        self.action_import_plan.triggered.connect(self.import_plan)
        actions = ui.menu_file.actions()
        after_import = actions[actions.index(ui.action_import) + 1] if ui.action_import in actions else None
        ui.menu_file.insertAction(after_import, self.action_import_plan)
        self.action_new_from_previous = QAction(window)
        self.action_new_from_previous.triggered.connect(self.new_from_previous)
        ui.menu_file.insertAction(ui.action_open, self.action_new_from_previous)
        self.menu = QMenu(window)
        window.menuBar().insertMenu(ui.menu_view.menuAction(), self.menu)
        self.action_export_contribution = self.menu.addAction("")
        self.action_export_contribution.triggered.connect(self.export_contribution)
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
        self.action_merge_contribution.setText(self.tr("&Merge contribution…"))
        self.action_versions.setText(self.tr("&Versions…"))

    def update_actions(self, is_open: bool, writable: bool) -> None:
        self.action_import_plan.setEnabled(writable)
        self.action_new_from_previous.setEnabled(writable)
        self.action_export_contribution.setEnabled(is_open)
        self.action_merge_contribution.setEnabled(is_open and writable)
        self.action_versions.setEnabled(is_open)

    # Each flow saves first, so the version it takes and "current" match the screen.
    def import_plan(self) -> None:
        w = self.window
        cur = w.current
        into = cur if cur is not None and cur.autosave is not None else None
        if into is not None:
            w.save()
        from ogp_desktop.gui.collab.plan_import_dialog import run_plan_import

        draft_id = run_plan_import(w, w.library, into.draft_id if into else None,
                                   into.report if into else None, into.stack if into else None)
        if draft_id and (cur is None or draft_id != cur.draft_id):
            w.library_widget.refresh()
            w.open_draft(draft_id)

    def new_from_previous(self) -> None:
        w = self.window
        if w.current is not None:
            w.save()
        from ogp_desktop.gui.collab.carry_forward_dialog import new_from_previous

        draft_id = new_from_previous(w, w.library, w.lang)
        if draft_id:
            w.library_widget.refresh()
            w.open_draft(draft_id)

    def export_contribution(self) -> None:
        w = self.window
        if w.current is None:
            return
        from ogp_desktop.gui.collab.contribution_export_dialog import export_contribution_from

        path = export_contribution_from(w, w.current.report, w.settings.export_folder)
        if path is not None:
            w.show_message(self.tr("Wrote the contribution {name}.").format(name=path.name))

    def merge_contribution(self) -> None:
        w = self.window
        cur = w.current
        if cur is None or cur.autosave is None:
            return
        w.save()
        from ogp_desktop.gui.collab.merge_dialog import merge_contribution_into

        if merge_contribution_into(w, w.library, cur.draft_id, cur.report, "", cur.stack, w.lang,
                                   clock=w.clock):
            w.show_message(self.tr("Contribution merged. Edit > Undo takes it back."))

    def show_versions(self) -> None:
        w = self.window
        cur = w.current
        if cur is None:
            return
        if cur.autosave is not None:
            w.save()
        from ogp_desktop.gui.collab.versions_dialog import show_versions

        if show_versions(w, w.library, cur.draft_id, cur.report, cur.template, cur.stack, w.lang):
            w.show_message(self.tr("Version restored. Edit > Undo takes it back."))
        w.library_widget.refresh()
