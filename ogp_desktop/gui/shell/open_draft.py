"""What belongs to the draft on screen; the window drops it as a whole when the draft closes."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.gui.editor.background_check import FirstCheck
from ogp_desktop.gui.shell.autosave_bridge import AutosaveBridge
from ogp_desktop.report import Report
from ogp_desktop.store.library import Library
from ogp_desktop.template import Template


class EditorFactory(Protocol):
    """Makes the editor of a report; *first_check*, when given, is the report's check as it stands, in *lang*."""

    def __call__(self, report: Report, template: Template, stack: QUndoStack, lang: str, *,
                 first_check: FirstCheck | None = None) -> QWidget: ...


def default_editor_factory(report: Report, template: Template, stack: QUndoStack, lang: str, *,
                           first_check: FirstCheck | None = None, clock: Clock = system_clock) -> QWidget:
    from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget  # the heaviest GUI module

    return ReportEditorWidget(report, template, stack, lang, clock=clock, first_check=first_check)


class OpenDraft:
    """The open draft: its id (None for a file shown read-only), report, template, undo stack, editor, autosave."""

    def __init__(self, draft_id: str | None, report: Report, template: Template, stack: QUndoStack,
                 editor: Any, autosave: AutosaveBridge | None) -> None:
        self.draft_id = draft_id
        self.report = report
        self.template = template
        self.stack = stack
        self.editor = editor
        self.autosave = autosave

    @classmethod
    def start(cls, draft_id: str | None, report: Report, template: Template, library: Library,
              editor_factory: EditorFactory, lang: str, owner: QObject,
              first_check: FirstCheck | None = None) -> OpenDraft:
        """An editor with its own undo stack; without a writable draft behind it, read-only and not autosaved."""
        stack = QUndoStack(owner)
        editor: Any = editor_factory(report, template, stack, lang, first_check=first_check)
        autosave = None
        if draft_id is None or library.read_only:
            editor.set_read_only(True)
        else:
            autosave = AutosaveBridge(library, draft_id, report, owner)
        return cls(draft_id, report, template, stack, editor, autosave)

    def discard(self) -> None:
        """Take the editor and its undo stack down (once the window has let go of them)."""
        if hasattr(self.editor, "detach"):
            self.editor.detach()
        self.editor.hide()
        self.editor.deleteLater()
        self.stack.deleteLater()
