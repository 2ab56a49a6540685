"""A report file, or a PDF/DOCX we exported, dropped on the window opens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The one local file a drag carries, or None (several files, a web link, text)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return urls[0].toLocalFile() if len(urls) == 1 and urls[0].isLocalFile() else None


class DropOpener(QObject):
    """Watches *target*'s drags. Signal: file_dropped(str path); it is read as untrusted as Open reads it."""

    file_dropped = Signal(str)

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.Drop) and isinstance(event, QDropEvent):  # and QDragEnterEvent
            path = dropped_file(event)
            if path:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.file_dropped.emit(path)
                return True
        return super().eventFilter(watched, event)
