"""The main window: the library page, and the report editor when a draft is open.

It owns the open draft's lifetime: opening (with its undo stack and
autosave), saving on demand, closing (flushing first, asking before anything
unsaved is dropped), and the dialogs that act on it. The rest has a module of
its own, built here and answering with signals: menus.py, status_bar.py,
banners.py, recent_files.py, drop_open.py, window_state.py, demo.py,
new_report.py, report_output.py, report_menu.py.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from ogp_desktop import APP_NAME, collector, datadir
from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.gui.editor.background_check import FirstCheck
from ogp_desktop.gui.generated.ui_main_window import Ui_MainWindow
from ogp_desktop.gui.library.library_model import report_type_labels
from ogp_desktop.gui.library.library_widget import LibraryWidget
from ogp_desktop.gui.shell.about_dialog import AboutDialog
from ogp_desktop.gui.shell.autosave_bridge import describe
from ogp_desktop.gui.shell.banners import Banners
from ogp_desktop.gui.shell.demo import Demonstration
from ogp_desktop.gui.shell.drop_open import DropOpener
from ogp_desktop.gui.shell.help_dialogs import GuideDialog
from ogp_desktop.gui.shell.menus import Menus
from ogp_desktop.gui.shell.new_report import NewReport
from ogp_desktop.gui.shell.open_draft import EditorFactory, OpenDraft, default_editor_factory
from ogp_desktop.gui.shell.opening import Loaded, Opener
from ogp_desktop.gui.shell.preferences_dialog import PreferencesDialog
from ogp_desktop.gui.shell.recent_files import RecentFiles
from ogp_desktop.gui.shell.report_menu import ReportMenu
from ogp_desktop.gui.shell.report_output import ReportOutput
from ogp_desktop.gui.shell.status_bar import StatusBar
from ogp_desktop.gui.shell.window_state import restore_window_state, save_window_state
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.dates import local_time
from ogp_desktop.gui.widgets.i18n import LanguageSwitcher
from ogp_desktop.gui.widgets.icons import icon
from ogp_desktop.gui.widgets.language_change import Retranslates
from ogp_desktop.gui.widgets.settings import Settings
from ogp_desktop.interchange.contribution import contribution_record
from ogp_desktop.report import Report
from ogp_desktop.store.autosave import SaveState
from ogp_desktop.store.library import Library
from ogp_desktop.template import Template


class MainWindow(Retranslates, QMainWindow):
    """Signals: draft_opened(str id), draft_closed()."""

    draft_opened = Signal(str)
    draft_closed = Signal()

    def __init__(self, library: Library, settings: Settings, *, editor_factory: EditorFactory | None = None,
                 track_session: bool = True, languages: LanguageSwitcher | None = None,
                 clock: Clock = system_clock, log_folder: Path | None = None, keep_into: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_folder = log_folder if log_folder is not None else datadir.log_dir()
        self.clock = clock  # stamps merges, proposes a new report's dates; tests fix it
        # The app's translator; app.start installs the chosen language before the window exists.
        self.languages = languages or LanguageSwitcher(self)
        self.library = library
        self.settings = settings
        self.editor_factory = editor_factory or partial(default_editor_factory, clock=clock)
        self.track_session = track_session  # off for --demo and a read-only second instance
        self.lang = settings.language
        self.current: OpenDraft | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        self.library_widget = LibraryWidget(library, report_type_labels(self.lang), self.ui.library_page)
        self.ui.library_page_layout.addWidget(self.library_widget)
        self.menus = Menus(self.ui, settings, self)
        self.status = StatusBar(self.ui.statusbar, self)
        self.banners = Banners(self.ui.banner, self.ui.banner_label, self.ui.banner_close, self)
        self.output = ReportOutput(settings, self)  # Save a copy, Export
        self.output.message.connect(self.show_message)
        self._connect_actions()
        self.opening = Opener(library, self, lambda: self.lang)  # reads reports on a worker, with progress and Cancel
        self.recent_files = RecentFiles(self.ui.menu_recent, settings, self)
        self.recent_files.open_requested.connect(self.open_path)
        self.drop_open = DropOpener(self)
        self.drop_open.file_dropped.connect(self.open_path)  # read as untrusted as Open reads it
        self.library_widget.open_requested.connect(self.open_draft)
        self.library_widget.message.connect(self.show_message)
        self.library_widget.undo_delete_available.connect(self.undo_delete_button.setVisible)
        self.undo_delete_button.clicked.connect(self.library_widget.undo_delete)
        self.ui.menu_edit.insertAction(self.ui.action_preferences, self.library_widget.undo_delete_action)
        # A temporary library (--demo): on quitting, drafts made or changed in it may be kept in this one.
        self.demo = Demonstration(library, keep_into, self) if keep_into is not None else None
        if self.demo is not None:
            self.banners.show(self.demo.banner_text)
        if library.read_only:
            self.banners.show(lambda: self.tr("Read-only: {reason}").format(
                reason=prompts.message(library.read_only_reason or "")))
        self.show_notices()  # what opening the library and its first listing repaired
        self.library_widget.listed.connect(self.show_notices)
        first_run = not restore_window_state(self, settings)
        self.ui.action_show_toolbar.setChecked(self.ui.toolbar.isVisibleTo(self) or first_run)
        self._update_actions()

    # -- set-up --------------------------------------------------------------
    def _connect_actions(self) -> None:
        ui = self.ui
        ui.action_new.triggered.connect(self.new_report)
        ui.action_open.triggered.connect(self.open_file)
        ui.action_import.triggered.connect(self.on_import_triggered)
        ui.action_save.triggered.connect(self.save)
        ui.action_save_copy.triggered.connect(self.save_copy)
        ui.action_export.triggered.connect(self.export)
        ui.action_close_report.triggered.connect(self.close_report)
        ui.action_quit.triggered.connect(self.close)
        ui.action_preferences.triggered.connect(self.preferences)
        ui.action_about.triggered.connect(self.about)
        ui.action_show_library.triggered.connect(self.close_report)
        ui.action_show_toolbar.toggled.connect(ui.toolbar.setVisible)
        ui.action_translation_mode.toggled.connect(self.on_translation_mode_toggled)
        self.menus.guide_requested.connect(self.show_guide)
        self.report_menu = menu = ReportMenu(self, self.library, self.settings, self.clock)
        self.menus.add_report_menu(menu)
        menu.save_requested.connect(self.save)
        menu.draft_created.connect(self.open_draft)
        menu.library_changed.connect(self.library_widget.refresh)
        menu.message.connect(self.show_message)

    # The menus' and status bar's parts that tests and the benches reach from outside.
    action_undo = property(lambda self: self.menus.action_undo)
    action_redo = property(lambda self: self.menus.action_redo)
    action_guide = property(lambda self: self.menus.action_guide)
    action_shortcuts = property(lambda self: self.menus.action_shortcuts)
    clipboard_actions = property(lambda self: self.menus.clipboard_actions)
    problems_label = property(lambda self: self.status.problems_label)
    save_label = property(lambda self: self.status.save_label)
    undo_delete_button = property(lambda self: self.status.undo_delete_button)

    def show_guide(self) -> None:
        dialog = GuideDialog(self.lang, self)
        prompts.run_dialog(dialog)
        dialog.deleteLater()

    def retranslate_ui(self) -> None:
        """Every fixed text again, in the language of the translator just installed."""
        self.ui.retranslateUi(self)
        self.menus.retranslate_ui()
        self.report_menu.retranslate_ui()
        self.menus.retranslate_undo()
        self.status.retranslate_ui()
        self.banners.retranslate_ui()
        self._update_actions()
        if self.current is not None:
            self.status.show_problems(self.status.problems, self.lang)
            if self.current.autosave is not None:
                self.on_save_state_changed(self.current.autosave.state)
            else:
                self.status.show_opened(read_only=True)

    # -- small helpers -----------------------------------------------------
    def show_notices(self) -> None:
        """What the store repaired or recovered: a banner each, until the user closes them."""
        for notice in self.library.take_notices():
            self.banners.show_notice(notice)

    def show_message(self, text: str) -> None:
        self.status.show_message(text)

    def on_import_triggered(self) -> None:
        if self.close_report():  # the library page is where the imported draft shows up
            self.library_widget.import_file()

    def _update_actions(self) -> None:
        is_open = self.current is not None
        writable = not self.library.read_only
        ui = self.ui
        for action in (ui.action_save, ui.action_save_copy, ui.action_export, ui.action_close_report):
            action.setEnabled(is_open)
        ui.action_save.setEnabled(is_open and self.current is not None and self.current.autosave is not None)
        ui.action_new.setEnabled(writable)
        ui.action_import.setEnabled(writable)
        ui.pages.setCurrentWidget(ui.editor_page if is_open else ui.library_page)
        self.report_menu.set_draft(self.current)
        self.report_menu.update_actions(is_open, writable)
        translating = self.current is not None and hasattr(self.current.editor, "set_translation_mode")
        self.menus.show_translation_mode(
            ("et" if self.current.report.language == "en" else "en") if translating else None)  # type: ignore[union-attr]
        if is_open:
            title = self.current.report.title or self.tr("(untitled report)")
            # The unsaved mark goes before the name: Qt appends the display name to a title that does not
            # end with it, so "…[*] — Name" never reads "… — Name* — Name".
            self.setWindowTitle(f"{title}[*] — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            self.status.clear()

    # -- opening and closing -----------------------------------------------
    def open_draft(self, draft_id: str) -> bool:
        if self.current is not None and self.current.draft_id == draft_id:
            return True
        if self.opening.busy:
            return False
        info = next((d for d in self.library.list() if d.id == draft_id), None)
        # Read first, close after: a Cancel or a refusal leaves the open report where it was.
        return self._open_loaded(self.opening.from_library(draft_id, info.title if info and info.title else draft_id))

    def _open_loaded(self, loaded: Loaded | None, banner: Callable[[], str] | None = None) -> bool:
        if loaded is None or not self.close_report():
            return self._nothing_opened()
        first_check = loaded.first_check if loaded.first_check and loaded.first_check.lang == self.lang else None
        self._show_report(loaded.draft_id, loaded.report, loaded.template, first_check)
        collector.defer_full_collections()
        if banner is not None:
            self.banners.show(banner)
        if loaded.draft_id is None:
            return True
        if self.track_session:
            self.settings.set_open_draft(str(self.library.folder), loaded.draft_id)
        self.show_notices()
        self.draft_opened.emit(loaded.draft_id)
        return True

    def _nothing_opened(self) -> bool:
        """An open that ended with nothing opened (cancelled, refused, or the open report kept): False."""
        if self.current is None:  # the open deferred full collections; nothing is open to keep them off for
            collector.collect_deferred()
        return False

    def _show_report(self, draft_id: str | None, report: Report, template: Template,
                     first_check: FirstCheck | None = None) -> None:
        """Put *report* in the editor; without a writable draft behind it, it is read-only."""
        draft = OpenDraft.start(draft_id, report, template, self.library, self.editor_factory, self.lang, self,
                                first_check)
        editor, autosave = draft.editor, draft.autosave
        self.menus.undo_group.addStack(draft.stack)
        self.menus.undo_group.setActiveStack(draft.stack)
        if autosave is not None:
            autosave.state_changed.connect(self.on_save_state_changed)
        editor.edited.connect(self.on_editor_edited)
        editor.problems_changed.connect(self.on_problems_changed)
        self.menus.add_editor_actions(editor)
        self.on_problems_changed(getattr(editor, "problems", []))
        self.ui.editor_page_layout.addWidget(editor)
        self.current = draft
        self._update_actions()
        self.status.show_opened(read_only=autosave is None)
        contribution = contribution_record(report)
        if isinstance(contribution, dict):
            self.banners.show(lambda: self.tr(
                "This is a contribution for {whom}, taken from the report “{title}”: it holds only the "
                "commitments sent to you. Edit them and send the file back; the coordinator merges it.").format(
                whom=contribution.get("for") or self.tr("a contributor"),
                title=contribution.get("source_title") or report.values.get(report.roles.plan_title) or ""))

    def close_report(self) -> bool:
        """Save and close the open draft; False when the user chose to keep it open."""
        current = self.current
        if current is None:
            self.ui.pages.setCurrentWidget(self.ui.library_page)
            return True
        current.editor.flush_typing()
        if current.autosave is not None:
            if not current.autosave.flush():
                reason = prompts.message(current.autosave.state.error or self.tr("the draft could not be written"))
                question = self.tr("The latest changes are not saved: {reason}\n\n"
                                   "Close anyway and lose the changes since the last save?").format(reason=reason)
                if not prompts.ask_yes_no(self, self.tr("Close report"), question):
                    return False
            current.autosave.close(timeout=2.0)
            current.autosave.deleteLater()
        if self.ui.action_translation_mode.isChecked():
            self.ui.action_translation_mode.setChecked(False)
        current.editor.edited.disconnect(self.on_editor_edited)
        current.editor.problems_changed.disconnect(self.on_problems_changed)
        self.ui.editor_page_layout.removeWidget(current.editor)
        self.menus.undo_group.removeStack(current.stack)
        # The full collection put off while the report was open comes in a turn of its own, once the editor
        # is deleted (deleteLater) and the report dropped: then it frees them instead of walking them alive
        # (at 2,000 commitments that was 30-100 ms on top of closing).
        current.editor.destroyed.connect(lambda: QTimer.singleShot(0, self._collect_closed))
        current.discard()
        self.current = None
        if self.track_session:
            self.settings.set_open_draft(str(self.library.folder), None)
        self.library_widget.refresh()
        self.library_widget.select(current.draft_id)
        self._update_actions()
        self.draft_closed.emit()
        return True

    def _collect_closed(self) -> None:
        collector.collect_deferred()
        if self.current is not None:  # another report was opened at once (File > Open): its deferral stands
            collector.defer_full_collections()

    def recover(self, draft_id: str) -> bool:
        """Reopen the draft a crashed run left open, and say what happened."""
        info = next((d for d in self.library.list() if d.id == draft_id), None)
        if info is None or info.damaged:  # deleted since, or unreadable: nothing to bring back
            if self.track_session:
                self.settings.set_open_draft(str(self.library.folder), None)
            return False
        if not self.open_draft(draft_id):
            return False
        when = self.tr(" (saved {time})").format(time=local_time(info.modified)) if info.modified else ""
        title = self.current.report.title
        self.banners.show(lambda: self.tr("{app} did not close normally last time. \"{title}\" was reopened as it was "
                                 "last saved{when}.").format(app=APP_NAME, title=title, when=when))
        return True

    # -- slots -----------------------------------------------------------------
    def on_editor_edited(self) -> None:
        if self.current is not None and self.current.autosave is not None:
            self.current.autosave.touch()

    def on_problems_changed(self, problems: Any) -> None:
        self.status.show_problems(problems, self.lang)

    def on_save_state_changed(self, state: SaveState) -> None:
        self.status.show_save_state(state)
        self.setWindowModified(self.current is not None and self.current.autosave is not None
                               and self.current.autosave.unsaved)

    # -- File menu -------------------------------------------------------------
    def new_report(self) -> bool:
        if self.library.read_only or not self.close_report():
            return False
        draft_id = NewReport(self.library, self, self.clock).create(self.lang)
        if draft_id is None:
            return False
        self.library_widget.refresh()
        return self.open_draft(draft_id)

    def open_file(self) -> bool:
        path = prompts.open_file(self, self.tr("Open report file"), str(Path(self.settings.recent_files[0]).parent)
                                 if self.settings.recent_files else "")
        return bool(path) and self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open a report file: it becomes a new draft in the library; the file itself is not changed.

        A read-only library cannot take a new draft: the file itself is shown, read-only.
        """
        if self.opening.busy:
            return False
        name = Path(path).name
        loaded = self.opening.from_file(path, into_library=not self.library.read_only)
        if loaded is None:
            return self._nothing_opened()
        self.settings.add_recent_file(str(Path(path).resolve()))
        if loaded.draft_id is None:
            return self._open_loaded(loaded, lambda: self.tr("{name} is shown read-only: {reason}").format(
                name=name, reason=prompts.message(self.library.read_only_reason or "")))
        self.library_widget.refresh()
        if not self._open_loaded(loaded):
            return False
        self.show_message(self.tr("Opened {name} as a new draft in the library; the file itself is "
                                  "not changed (use Save a copy to write one).").format(name=name))
        return True

    def save(self) -> bool:
        current = self.current
        if current is None or current.autosave is None:
            return False
        current.editor.flush_typing()
        saved = current.autosave.flush()
        self.show_message(self.tr("Saved.") if saved else describe(current.autosave.state))
        return saved

    def save_copy(self) -> bool:
        return self.current is not None and self.output.save_copy(self.current.report)

    def export(self) -> None:
        if self.current is not None:
            editor = self.current.editor
            self.output.export(self.current.report, self.current.template, editor.error_count(),
                               editor.problems_changed)

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if prompts.run_dialog(dialog):
            self.set_language(self.settings.language)
        dialog.deleteLater()

    def set_language(self, lang: str) -> None:
        """Switch the interface language while running: every open window retranslates itself."""
        self.lang = lang
        self.languages.set_language(lang)  # LanguageChange -> changeEvent -> retranslate_ui everywhere
        self.library_widget.model.set_type_labels(report_type_labels(self.lang))

    def on_translation_mode_toggled(self, on: bool) -> None:
        if self.current is not None and hasattr(self.current.editor, "set_translation_mode"):
            self.current.editor.set_translation_mode(on)

    def about(self) -> None:
        dialog = AboutDialog(self.library.folder, self.log_folder, self)
        prompts.run_dialog(dialog)
        dialog.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.opening.cancel()  # a report on its way is dropped, not opened into a closing window
        if not self.close_report() or (self.demo is not None and not self.demo.keep_drafts()):
            event.ignore()
            return
        save_window_state(self, self.settings)
        self.settings.sync()
        event.accept()
