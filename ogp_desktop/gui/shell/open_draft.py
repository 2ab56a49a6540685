"""What belongs to the draft on screen; the window drops it as a whole when the draft closes."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack

from ogp_desktop.gui.shell.autosave_bridge import AutosaveBridge
from ogp_desktop.report import Report
from ogp_desktop.template import Template


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
