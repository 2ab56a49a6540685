"""Help: the user guide (offline, in the interface language) and the list of keyboard shortcuts.

The guide is HTML under ``resources/help/`` (``guide-<lang>.html``). The list
of shortcuts is read from the window's own actions when it opens, so it
always says what the keys really do.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop import paths

# Keys that belong to a widget rather than a menu action: (what it does, keys)
_TABLE_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tables: next / previous cell"), "Tab / Shift+Tab"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tables: add a row"), "Insert, Ctrl+Shift+N"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tables: remove the row"), "Ctrl+Delete"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tables: duplicate the row"), "Ctrl+D"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tables: move the row up / down"), "Alt+Up / Alt+Down"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "A field: put the cursor in it"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt + the underlined letter of its name")),
)


def guide_path(lang: str) -> str:
    path = paths.resource_path("help", f"guide-{lang}.html")
    return str(path if path.is_file() else paths.resource_path("help", "guide-en.html"))


class GuideDialog(QDialog):
    """The user guide in a browser of its own (links inside the guide work, nothing goes online).

    Signals: none.
    """

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.setAccessibleName(self.tr("User guide"))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        with open(guide_path(lang), encoding="utf-8") as f:
            self.browser.setHtml(f.read())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def action_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a key, in menu order, each once."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in actions:
        if id(action) in seen or action.isSeparator() or not action.shortcuts():
            continue
        seen.add(id(action))
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut: the window's actions, then the keys of tables and fields.

    Signals: none.
    """

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.resize(560, 600)
        rows = action_rows(actions) + [(QCoreApplication.translate("ShortcutsDialog", what),
                                        QCoreApplication.translate("ShortcutsDialog", keys))
                                       for what, keys in _TABLE_KEYS]
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            item = QTableWidgetItem(keys)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 1, item)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
