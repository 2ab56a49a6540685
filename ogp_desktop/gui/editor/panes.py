"""The editor's room: navigator | form over problems | guidance, and View > Guidance / Problems pane.

The problems lie under the form, as wide as it (a table of sentences needs
width); the guidance, which wraps, stands beside it. On every window size the
form keeps two thirds of the width; the navigator and the guidance share the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLayout, QSplitter, QVBoxLayout, QWidget

from ogp_desktop.gui.widgets.i18n import translate

FORM_SHARE = 2 / 3  # the form keeps at least this much of the width, however small the screen
NAVIGATOR_SHARE = 0.45  # of what is left beside the form
PANE_KEYS = {"guidance": "Ctrl+Shift+G", "problems": "Ctrl+Shift+E"}
_PANES = {"guidance": QT_TRANSLATE_NOOP("Editor", "&Guidance pane"),
          "problems": QT_TRANSLATE_NOOP("Editor", "&Problems pane")}


class EditorPanes(QObject):
    """``splitter`` (navigator | ``center`` | ``side``) and the checkable ``pane_actions``.

    *width* is the editor's width: the form's share is of the whole width, handles included.
    """

    def __init__(self, navigator: QWidget, buttons: QLayout, pages: QWidget, find_bar: QWidget, problems: QWidget,
                 guidance: QWidget, width: Callable[[], int], parent: QWidget) -> None:
        super().__init__(parent)
        self.width = width
        left = QWidget(parent)  # the navigator over the commitment buttons
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(navigator)
        left_layout.addLayout(buttons)
        form = QWidget(parent)  # the page over the find bar
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(0)
        form_layout.addWidget(pages)
        form_layout.addWidget(find_bar)
        self.center = QSplitter(Qt.Orientation.Vertical, parent)
        self.center.addWidget(form)
        self.center.addWidget(problems)
        self.center.setStretchFactor(0, 1)
        self.center.setChildrenCollapsible(False)
        self.center.setSizes([600, 160])
        self.side = guidance
        self.splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 620, 400])
        self._panes = {"guidance": guidance, "problems": problems}
        self._problems_empty: bool | None = None
        self._form_sizes: list[int] = []
        self.translating = False  # translation mode keeps the problems folded
        # The shell lists them in its View menu and remembers them.
        self.pane_actions: dict[str, QAction] = {}
        for name in self._panes:
            action = QAction(self)
            action.setObjectName(f"action_show_{name}")
            action.setCheckable(True)
            action.setChecked(True)
            action.setShortcut(QKeySequence(PANE_KEYS[name]))
            action.setProperty("pane", name)
            action.toggled.connect(self.on_pane_action_toggled)
            self.pane_actions[name] = action

    def retranslate(self, lang: str) -> None:
        for name, action in self.pane_actions.items():
            action.setText(translate(lang, "Editor", _PANES[name]))

    def fit_problems_height(self, empty: bool) -> None:
        """No problems: the form takes the height; problems again: the list gets its share back."""
        total = sum(self.center.sizes())
        if total <= 0 or empty == self._problems_empty:
            return  # not laid out yet (the first resize does it), or nothing changed
        self._problems_empty = empty
        share = 0 if empty else max(120, total // 4)
        self.center.setSizes([total - share, share])

    def share_out(self) -> None:
        """Two thirds (and a pixel) of the width to the form; the rest to navigator and guidance."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        nav = self.splitter.sizes()[0]  # kept as the user left it while the guidance is folded
        least = min(total, int(self.width() * FORM_SHARE) + 1)  # of the whole width, handles included
        rest = total - least
        side_open = self.side.isVisibleTo(self.splitter)
        nav = int(rest * NAVIGATOR_SHARE) if side_open else min(nav, rest)
        nav = max(nav, self.splitter.widget(0).minimumSizeHint().width())
        side = max(0, rest - nav) if side_open else 0
        self.splitter.setSizes([nav, total - nav - side, side])

    def on_pane_action_toggled(self, visible: bool) -> None:
        action = self.sender()
        name = str(action.property("pane")) if isinstance(action, QAction) else ""
        if name not in self._panes:
            return
        if not (self.translating and name == "problems"):
            self._panes[name].setVisible(visible)
        if name == "guidance" and visible:  # coming back: take its share again, once the layout has it
            QTimer.singleShot(0, self.share_out)

    def set_translating(self, on: bool) -> None:
        """Two texts side by side want the room of the side panel; back to the form, the room as it was."""
        self.translating = on
        problems = self._panes["problems"]
        if on:
            self._form_sizes = self.splitter.sizes()
            problems.hide()  # its filter row would keep the side panel wide
            total = sum(self._form_sizes)
            self.splitter.setSizes([total * 2 // 10, total * 6 // 10, total * 2 // 10])
        else:
            problems.setVisible(self.pane_actions["problems"].isChecked())
            self.splitter.setSizes(self._form_sizes)
