"""The main window: the library page, and the report editor when a draft is open.

It owns the open draft's lifetime: opening (with its undo stack and
autosave), saving on demand, closing (flushing first, asking before anything
unsaved is dropped), and the dialogs that act on it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMainWindow, QToolButton, QWidget

from ogp_desktop import APP_NAME, datadir
from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.gui.export.export_dialog import ExportDialog, file_stem
from ogp_desktop.gui.generated.ui_main_window import Ui_MainWindow
from ogp_desktop.gui.library.library_widget import LibraryWidget
from ogp_desktop.gui.library.new_report_dialog import NewReportDialog
from ogp_desktop.gui.shell.about_dialog import AboutDialog
from ogp_desktop.gui.shell.autosave_bridge import AutosaveBridge, describe
from ogp_desktop.gui.shell.help_dialogs import GuideDialog, ShortcutsDialog
from ogp_desktop.gui.shell.open_draft import OpenDraft
from ogp_desktop.gui.shell.opening import Loaded, Opener
from ogp_desktop.gui.shell.preferences_dialog import PreferencesDialog
from ogp_desktop.gui.shell.report_menu import ReportMenu
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.dates import local_time
from ogp_desktop.gui.widgets.i18n import LanguageSwitcher, counted
from ogp_desktop.gui.widgets.icons import icon
from ogp_desktop.gui.widgets.settings import Settings
from ogp_desktop.interchange.contribution import contribution_record
from ogp_desktop.report import Report
from ogp_desktop.reportfile import write_report
from ogp_desktop.store.autosave import SaveState
from ogp_desktop.store.errors import RecoveryNotice, StoreError
from ogp_desktop.store.library import Library
from ogp_desktop.template import DEFAULT_TEMPLATE, Template, TemplateError, load_template, shipped_template_files

LAPTOP = QSize(1366, 800)  # a screen smaller than this gets the whole of it on the first run
EditorFactory = Callable[[Report, Template, QUndoStack, str], QWidget]


def default_editor_factory(report: Report, template: Template, stack: QUndoStack, lang: str) -> QWidget:
    from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget  # the heaviest GUI module

    return ReportEditorWidget(report, template, stack, lang)


class MainWindow(QMainWindow):
    """Signals: draft_opened(str id), draft_closed()."""

    draft_opened = Signal(str)
    draft_closed = Signal()

    def __init__(self, library: Library, settings: Settings, *, editor_factory: EditorFactory | None = None,
                 track_session: bool = True, languages: LanguageSwitcher | None = None,
                 clock: Clock = system_clock, log_folder: Path | None = None, keep_into: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_folder = log_folder if log_folder is not None else datadir.log_dir()
        # A temporary library (--demo): on quitting, drafts made or changed in it may be kept in this one.
        self.keep_into = keep_into
        self._first_revisions = {d.id: library.revision(d.id) for d in library.list()} if keep_into else {}
        self.clock = clock  # stamps merges; tests fix it
        # The app's translator; app.start installs the chosen language before the window exists.
        self.languages = languages or LanguageSwitcher(self)
        self.library = library
        self.settings = settings
        self.editor_factory = editor_factory or default_editor_factory
        self.track_session = track_session  # off for --demo and a read-only second instance
        self.lang = settings.language
        self.current: OpenDraft | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setAcceptDrops(True)  # a report file, or a PDF/DOCX we exported, dropped on the window opens
        self.setWindowIcon(icon("app"))
        self.library_widget = LibraryWidget(library, self._type_labels(), self.ui.library_page)
        self.ui.library_page_layout.addWidget(self.library_widget)
        self._setup_actions()
        self._setup_status_bar()
        self.opening = Opener(library, self)  # reads reports on a worker, with progress and Cancel
        self.library_widget.open_requested.connect(self.open_draft)
        self.library_widget.message.connect(self.show_message)
        self.library_widget.undo_delete_available.connect(self.undo_delete_button.setVisible)
        self.ui.menu_edit.insertAction(self.ui.action_preferences, self.library_widget.undo_delete_action)
        self.ui.banner_close.clicked.connect(self.ui.banner.hide)
        self.ui.banner.hide()
        if keep_into is not None:
            self.show_banner(self.tr("This is a demonstration in a temporary library: what you write here goes "
                                     "when you quit, unless you choose then to keep it in your own library."))
        if library.read_only:
            self.show_banner(self.tr("Read-only: {reason}").format(reason=library.read_only_reason))
        for notice in library.take_notices():
            self.show_banner(self.notice_text(notice))
        self._restore_geometry()
        self._update_actions()

    # -- set-up --------------------------------------------------------------
    def _setup_actions(self) -> None:
        ui = self.ui
        self.undo_group = QUndoGroup(self)
        self._make_undo_actions()
        keys = {ui.action_new: QKeySequence.StandardKey.New, ui.action_open: QKeySequence.StandardKey.Open,
                ui.action_save: QKeySequence.StandardKey.Save,
                ui.action_preferences: QKeySequence.StandardKey.Preferences}
        for action, key in keys.items():
            action.setShortcut(key)
        # Fixed keys where a platform has no standard one (Windows has none for Quit, SaveAs, Close).
        ui.action_save_copy.setShortcut(QKeySequence("Ctrl+Shift+S"))
        ui.action_export.setShortcut(QKeySequence("Ctrl+E"))
        ui.action_close_report.setShortcut(QKeySequence("Ctrl+W"))
        ui.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        for action, name in ((ui.action_new, "new"), (ui.action_open, "open"), (ui.action_save, "save"),
                             (ui.action_export, "export"), (ui.action_show_library, "library")):
            action.setIcon(icon(name))
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
        # Help > User guide, Keyboard shortcuts (and, while a report is open, the field's guidance: F1)
        self.action_guide = QAction(self)
        self.action_guide.setObjectName("action_guide")
        self.action_guide.triggered.connect(self.show_guide)
        self.action_shortcuts = QAction(self)
        self.action_shortcuts.setObjectName("action_shortcuts")
        self.action_shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        ui.menu_help.insertActions(ui.action_about, [self.action_guide, self.action_shortcuts])
        self.help_separator = ui.menu_help.insertSeparator(ui.action_about)
        self._retranslate_help()
        ui.action_show_library.triggered.connect(self.close_report)
        ui.action_show_toolbar.toggled.connect(ui.toolbar.setVisible)
        ui.action_translation_mode.toggled.connect(self.on_translation_mode_toggled)
        ui.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        ui.menu_recent.triggered.connect(self.on_recent_triggered)
        self.find_separator = ui.menu_edit.insertSeparator(ui.action_preferences)
        self.report_menu = ReportMenu(self, self.library, self.settings, self.clock)
        menu = self.report_menu
        actions = ui.menu_file.actions()
        after_import = actions[actions.index(ui.action_import) + 1] if ui.action_import in actions else None
        ui.menu_file.insertAction(after_import, menu.action_import_plan)
        ui.menu_file.insertAction(ui.action_open, menu.action_new_from_previous)
        self.menuBar().insertMenu(ui.menu_view.menuAction(), menu.menu)
        menu.save_requested.connect(self.save)
        menu.draft_created.connect(self.open_draft)
        menu.library_changed.connect(self.library_widget.refresh)
        menu.message.connect(self.show_message)

    def _make_undo_actions(self) -> None:
        """QUndoGroup bakes the "Undo" prefix into its actions: a language switch makes new ones."""
        old = [a for a in (getattr(self, "action_undo", None), getattr(self, "action_redo", None)) if a is not None]
        self.action_undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setObjectName("action_undo")
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setObjectName("action_redo")
        # Ctrl+Y (Word on Windows) and Ctrl+Shift+Z (elsewhere) both redo, on every platform.
        keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y"),
                QKeySequence("Ctrl+Shift+Z")]
        self.action_redo.setShortcuts(list(dict.fromkeys(keys)))
        menu = self.ui.menu_edit
        first = old[0] if old else (menu.actions()[0] if menu.actions() else None)
        menu.insertActions(first, [self.action_undo, self.action_redo])
        if not old:  # the clipboard actions once, after Undo/Redo
            menu.insertSeparator(first)
            menu.insertActions(first, self._clipboard_actions())
            menu.insertSeparator(first)
        for action in old:
            menu.removeAction(action)
            action.deleteLater()

    def _clipboard_actions(self) -> list[QAction]:
        """Cut, Copy, Paste, Select All for the focused field (a text box does its own keys first)."""
        self.clipboard_actions: dict[str, QAction] = {}
        for name, key in (("cut", QKeySequence.StandardKey.Cut), ("copy", QKeySequence.StandardKey.Copy),
                          ("paste", QKeySequence.StandardKey.Paste),
                          ("selectAll", QKeySequence.StandardKey.SelectAll)):
            action = QAction(self)
            action.setObjectName(f"action_{name}")
            action.setShortcut(key)
            action.setProperty("call", name)
            action.triggered.connect(self.on_clipboard_action_triggered)
            self.clipboard_actions[name] = action
        self._retranslate_clipboard()
        return list(self.clipboard_actions.values())

    def show_guide(self) -> None:
        dialog = GuideDialog(self.lang, self)
        prompts.run_dialog(dialog)
        dialog.deleteLater()

    def all_actions(self) -> list[QAction]:
        """Every action of the menus, in menu order (submenus included)."""
        out: list[QAction] = []

        def walk(actions: list[QAction]) -> None:
            for action in actions:
                if action.menu() is not None:
                    walk(action.menu().actions())
                else:
                    out.append(action)

        walk(self.menuBar().actions())
        return out

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.all_actions(), self)
        prompts.run_dialog(dialog)
        dialog.deleteLater()

    def _retranslate_help(self) -> None:
        self.action_guide.setText(self.tr("&User guide"))
        self.action_shortcuts.setText(self.tr("&Keyboard shortcuts"))

    def _retranslate_clipboard(self) -> None:
        texts = {"cut": self.tr("Cu&t"), "copy": self.tr("&Copy"), "paste": self.tr("&Paste"),
                 "selectAll": self.tr("Select &All")}
        for name, action in self.clipboard_actions.items():
            action.setText(texts[name])

    def on_clipboard_action_triggered(self) -> None:
        action = self.sender()
        name = str(action.property("call")) if isinstance(action, QAction) else ""
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractItemView) and name == "copy":  # a table cell: its text
            index = focused.currentIndex()
            if index.isValid():
                QApplication.clipboard().setText(str(index.data() or ""))
            return
        method = getattr(focused, name, None)
        if focused is not None and callable(method):
            method()

    def _setup_status_bar(self) -> None:
        self.problems_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.problems_label)
        self.save_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.save_label)
        self.undo_delete_button = QToolButton(self)
        self._problems: Any = []
        self.undo_delete_button.clicked.connect(self.library_widget.undo_delete)
        self.undo_delete_button.hide()
        self.ui.statusbar.addPermanentWidget(self.undo_delete_button)
        self._retranslate_status_bar()

    def _retranslate_status_bar(self) -> None:
        self.problems_label.setAccessibleName(self.tr("Problems in the report"))
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.undo_delete_button.setText(self.tr("Undo delete"))
        self.undo_delete_button.setAccessibleName(self.tr("Undo delete"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every fixed text again, in the language of the translator just installed."""
        self.ui.retranslateUi(self)
        self._retranslate_clipboard()
        self._retranslate_help()
        self.report_menu.retranslate_ui()
        self._make_undo_actions()
        self._retranslate_status_bar()
        self._update_actions()
        if self.current is not None:
            self.on_problems_changed(self._problems)
            if self.current.autosave is not None:
                self.on_save_state_changed(self.current.autosave.state)
            else:
                self.save_label.setText(self.tr("Read-only"))

    def _type_labels(self) -> dict[str, str]:
        try:
            template = load_template(DEFAULT_TEMPLATE)
        except TemplateError:
            return {}
        field = template.field((template.roles.report_type,))
        return {str(v.id): v.text(self.lang) for v in field.values} if field is not None else {}

    def _restore_geometry(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._fit_screen(first_run=geometry is None)
        if state is not None:
            self.restoreState(state)
        self.ui.action_show_toolbar.setChecked(self.ui.toolbar.isVisibleTo(self) or state is None)

    def _fit_screen(self, first_run: bool) -> None:
        """Never larger than the screen; on a laptop-sized screen the first run opens maximised."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        if self.width() > room.width() or self.height() > room.height():
            self.resize(min(self.width(), room.width()), min(self.height(), room.height()))
            self.move(room.topLeft())
        if first_run and (room.width() < LAPTOP.width() or room.height() < LAPTOP.height()):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    # -- small helpers -----------------------------------------------------
    def show_message(self, text: str) -> None:
        self.ui.statusbar.showMessage(text, 10_000)

    def show_banner(self, text: str) -> None:
        old = self.ui.banner_label.text() if self.ui.banner.isVisibleTo(self) else ""
        self.ui.banner_label.setText(f"{old}\n{text}" if old and text not in old else text)
        self.ui.banner.show()

    def notice_text(self, notice: RecoveryNotice) -> str:
        """What the store repaired, in the interface language (the file's name and fault stay as the store says)."""
        if notice.backup:
            first = self.tr("The file of {subject} was damaged ({problem}); it was restored from the automatic "
                            "backup {backup}, so the last few seconds of edits may be missing.").format(
                subject=notice.subject, problem=notice.problem, backup=notice.backup)
        else:
            first = self.tr("The file of {subject} was damaged ({problem}) and no usable automatic backup was "
                            "found.").format(subject=notice.subject, problem=notice.problem)
        if notice.kept_as:
            return first + " " + self.tr("The damaged file was kept as {name}.").format(name=notice.kept_as)
        return first + " " + self.tr("The damaged file could not be moved aside and was left in place.")

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
        translating = is_open and hasattr(self.current.editor, "set_translation_mode")  # type: ignore[union-attr]
        ui.action_translation_mode.setEnabled(translating)
        if translating:
            target = "et" if self.current.report.language == "en" else "en"  # type: ignore[union-attr]
            names = {"en": self.tr("English"), "et": self.tr("Estonian")}
            ui.action_translation_mode.setText(self.tr("T&ranslation mode (into {language})").format(
                language=names[target]))
        if is_open:
            title = self.current.report.title or self.tr("(untitled report)")
            # The unsaved mark goes before the name: Qt appends the display name to a title that does not
            # end with it, so "…[*] — Name" never reads "… — Name* — Name".
            self.setWindowTitle(f"{title}[*] — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            self.save_label.clear()
            self.problems_label.clear()

    # -- opening and closing -----------------------------------------------
    def open_draft(self, draft_id: str) -> bool:
        if self.current is not None and self.current.draft_id == draft_id:
            return True
        if self.opening.busy:
            return False
        info = next((d for d in self.library.list() if d.id == draft_id), None)
        # Read first, close after: a Cancel or a refusal leaves the open report where it was.
        return self._open_loaded(self.opening.from_library(draft_id, info.title if info and info.title else draft_id))

    def _open_loaded(self, loaded: Loaded | None, banner: str = "") -> bool:
        if loaded is None or not self.close_report():
            return False
        self._show_report(loaded.draft_id, loaded.report, loaded.template)
        if banner:
            self.show_banner(banner)
        if loaded.draft_id is None:
            return True
        if self.track_session:
            self.settings.set_open_draft(str(self.library.folder), loaded.draft_id)
        for notice in self.library.take_notices():
            self.show_banner(self.notice_text(notice))
        self.draft_opened.emit(loaded.draft_id)
        return True

    def _show_report(self, draft_id: str | None, report: Report, template: Template) -> None:
        """Put *report* in the editor; without a writable draft behind it, it is read-only."""
        stack = QUndoStack(self)
        self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        editor = self.editor_factory(report, template, stack, self.lang)
        autosave = None
        if draft_id is None or self.library.read_only:
            editor.set_read_only(True)
        else:
            autosave = AutosaveBridge(self.library, draft_id, report, self)
            autosave.state_changed.connect(self.on_save_state_changed)
        editor.edited.connect(self.on_editor_edited)
        editor.problems_changed.connect(self.on_problems_changed)
        # Help > Guidance for this field (F1), beside the field (Shift+F1)
        self.ui.menu_help.insertActions(self.help_separator, list(getattr(editor, "help_actions", {}).values()))
        # Edit > Find…, Find next, Find previous, Replace… (they go with the editor when it closes)
        self.ui.menu_edit.insertActions(self.find_separator, list(getattr(editor, "find_actions", {}).values()))
        for name, action in getattr(editor, "pane_actions", {}).items():  # View > Guidance / Problems pane
            action.setChecked(self.settings.pane_visible(name))
            action.toggled.connect(self.on_pane_toggled)
            self.ui.menu_view.addAction(action)
        self.on_problems_changed(getattr(editor, "problems", []))
        self.ui.editor_page_layout.addWidget(editor)
        self.current = OpenDraft(draft_id, report, template, stack, editor, autosave)
        self._update_actions()
        self.save_label.setText(self.tr("Read-only") if autosave is None else self.tr("Saved"))
        contribution = contribution_record(report)
        if isinstance(contribution, dict):
            self.show_banner(self.tr(
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
                reason = current.autosave.state.reason or self.tr("the draft could not be written")
                question = self.tr("The latest changes are not saved: {reason}\n\n"
                                   "Close anyway and lose the changes since the last save?").format(reason=reason)
                if not prompts.ask_yes_no(self, self.tr("Close report"), question):
                    return False
            current.autosave.close(timeout=2.0)
            current.autosave.deleteLater()
        if self.ui.action_translation_mode.isChecked():
            self.ui.action_translation_mode.setChecked(False)
        if hasattr(current.editor, "detach"):
            current.editor.detach()
        current.editor.edited.disconnect(self.on_editor_edited)
        current.editor.problems_changed.disconnect(self.on_problems_changed)
        self.ui.editor_page_layout.removeWidget(current.editor)
        current.editor.hide()
        current.editor.deleteLater()
        self.undo_group.removeStack(current.stack)
        current.stack.deleteLater()
        self.current = None
        if self.track_session:
            self.settings.set_open_draft(str(self.library.folder), None)
        self.library_widget.refresh()
        self.library_widget.select(current.draft_id)
        self._update_actions()
        self.draft_closed.emit()
        return True

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
        self.show_banner(self.tr("{app} did not close normally last time. \"{title}\" was reopened as it was "
                                 "last saved{when}.").format(app=APP_NAME, title=self.current.report.title, when=when))
        return True

    # -- slots -----------------------------------------------------------------
    def on_editor_edited(self) -> None:
        if self.current is not None and self.current.autosave is not None:
            self.current.autosave.touch()

    def on_problems_changed(self, problems: Any) -> None:
        self._problems = problems
        errors = sum(1 for p in problems if p.severity == "error")
        warnings = len(problems) - errors
        self.problems_label.setText(self.tr("{errors}, {warnings}").format(
            errors=counted(self.lang, "error", errors), warnings=counted(self.lang, "warning", warnings))
            if problems else self.tr("No problems"))

    def on_pane_toggled(self, visible: bool) -> None:
        action = self.sender()
        if isinstance(action, QAction) and action.property("pane"):
            self.settings.set_pane_visible(str(action.property("pane")), visible)

    def on_save_state_changed(self, state: SaveState) -> None:
        text = describe(state)
        self.save_label.setText(text if len(text) < 60 else text[:57] + "…")
        self.save_label.setToolTip(text)
        self.setWindowModified(self.current is not None and self.current.autosave is not None
                               and self.current.autosave.unsaved)

    def on_recent_triggered(self, action: QAction) -> None:
        path = action.data()
        if not path:
            return
        if not Path(path).is_file():
            self.settings.remove_recent_file(str(path))
            prompts.error(self, self.tr("Open recent"),
                          self.tr("{path} is no longer there; it was removed from the list.").format(path=path))
            return
        self.open_path(str(path))

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menu_recent
        menu.clear()
        files = self.settings.recent_files
        for i, path in enumerate(files, 1):
            action = menu.addAction(f"&{i} {Path(path).name}")
            action.setData(path)
            action.setToolTip(path)
        if not files:
            menu.addAction(self.tr("(none)")).setEnabled(False)

    # -- File menu -------------------------------------------------------------
    def new_report(self) -> bool:
        if self.library.read_only or not self.close_report():
            return False
        try:
            templates = [load_template(p.stem) for p in shipped_template_files()]
        except TemplateError as exc:
            prompts.error(self, self.tr("New report"), exc)
            return False
        dialog = NewReportDialog(templates, self.lang, self)
        try:
            if not prompts.run_dialog(dialog):
                return False
            values, title, template_id = dialog.values(), dialog.title(), dialog.template.id
        finally:
            dialog.deleteLater()
        try:
            draft_id = self.library.create(values, title=title, template_id=template_id)
        except StoreError as exc:
            prompts.error(self, self.tr("New report"), exc)
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
            return False
        self.settings.add_recent_file(str(Path(path).resolve()))
        if loaded.draft_id is None:
            return self._open_loaded(loaded, self.tr("{name} is shown read-only: {reason}").format(
                name=name, reason=self.library.read_only_reason))
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
        if self.current is None:
            return False
        report = self.current.report
        path = prompts.save_file(self, self.tr("Save a copy as report file"),
                                 str(Path(self.settings.export_folder) / f"{file_stem(report.title)}.ogpreport.json"))
        if not path:
            return False
        try:
            write_report(report, path)
        except OSError as exc:
            prompts.error(self, self.tr("Save a copy"),
                          self.tr("The copy could not be written: {reason}.").format(reason=exc.strerror or exc))
            return False
        self.settings.add_recent_file(str(Path(path).resolve()))
        self.show_message(self.tr("Saved a copy as {path}.").format(path=path))
        return True

    def export(self) -> None:
        if self.current is None:
            return
        current = self.current
        # The editor's latest check, not a validation here: a second at 2,000 commitments on the GUI thread
        dialog = ExportDialog(current.report, current.template, self.settings, current.editor.error_count(), self)
        current.editor.problems_changed.connect(dialog.set_problems)
        dialog.exported.connect(self.on_exported)
        prompts.run_dialog(dialog)
        dialog.deleteLater()

    def on_exported(self, paths: Any) -> None:
        self.show_message(self.tr("Exported {files}.").format(files=", ".join(Path(p).name for p in paths)))

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if prompts.run_dialog(dialog):
            self.set_language(self.settings.language)
        dialog.deleteLater()

    def set_language(self, lang: str) -> None:
        """Switch the interface language while running: every open window retranslates itself."""
        self.lang = lang
        self.languages.set_language(lang)  # LanguageChange -> changeEvent -> retranslate_ui everywhere
        self.library_widget.model.set_type_labels(self._type_labels())

    def on_translation_mode_toggled(self, on: bool) -> None:
        if self.current is not None and hasattr(self.current.editor, "set_translation_mode"):
            self.current.editor.set_translation_mode(on)

    def keep_demo_drafts(self) -> bool:
        """Quitting a demonstration: offer to copy the drafts made or changed in it; False keeps the app open."""
        if self.keep_into is None or self.library.read_only:
            return True
        changed = [d for d in self.library.list()
                   if not d.damaged and self._first_revisions.get(d.id) != self.library.revision(d.id)]
        if not changed:
            return True
        titles = ", ".join(f"“{d.title or self.tr('(untitled report)')}”" for d in changed)
        if not prompts.ask_yes_no(self, self.tr("Keep your drafts?"), self.tr(
                "You wrote in {count} report(s) in this demonstration: {titles}. Keep them in your own library? "
                "If not, they are deleted with the demonstration.").format(count=len(changed), titles=titles)):
            return True
        try:
            target = Library(self.keep_into)
            try:
                for d in changed:
                    target.add(self.library.open(d.id))
            finally:
                target.close()
        except (StoreError, OSError) as exc:
            prompts.error(self, self.tr("Keep your drafts?"), self.tr(
                "The drafts could not be copied to your library: {reason}").format(reason=exc))
            return False
        self.keep_into = None  # asked and done: a second close does not ask again
        return True

    def about(self) -> None:
        dialog = AboutDialog(self.library.folder, self.log_folder, self)
        prompts.run_dialog(dialog)
        dialog.deleteLater()

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        """The one local file a drag carries, or None (several files, a web link, text)."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return urls[0].toLocalFile() if len(urls) == 1 and urls[0].isLocalFile() else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._dropped_file(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        path = self._dropped_file(event)
        if path:
            event.acceptProposedAction()
            self.open_path(path)  # read as untrusted as Open reads it; refusals are one sentence

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.opening.cancel()  # a report on its way is dropped, not opened into a closing window
        if not self.close_report() or not self.keep_demo_drafts():
            event.ignore()
            return
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        event.accept()
