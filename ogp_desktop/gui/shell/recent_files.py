"""File > Open recent: the report files opened or saved lately, filled in as the menu opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ogp_desktop.gui.widgets import prompts
from ogp_desktop.gui.widgets.settings import Settings


class RecentFiles(QObject):
    """Signal: open_requested(str path), for a file that is still there (a gone one leaves the list)."""

    open_requested = Signal(str)

    def __init__(self, menu: QMenu, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # owner of the error message
        self.menu, self.settings = menu, settings
        menu.aboutToShow.connect(self.fill)
        menu.triggered.connect(self.on_triggered)

    def fill(self) -> None:
        self.menu.clear()
        files = self.settings.recent_files
        for i, path in enumerate(files, 1):
            action = self.menu.addAction(f"&{i} {Path(path).name}")
            action.setData(path)
            action.setToolTip(path)
        if not files:
            self.menu.addAction(self.tr("(none)")).setEnabled(False)

    def on_triggered(self, action: QAction) -> None:
        path = action.data()
        if not path:
            return
        if not Path(path).is_file():
            self.settings.remove_recent_file(str(path))
            prompts.error(self.parent_widget, self.tr("Open recent"),
                          self.tr("{path} is no longer there; it was removed from the list.").format(path=path))
            return
        self.open_requested.emit(str(path))
