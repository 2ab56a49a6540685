"""The commitment buttons under the navigator (Add, Remove, Renumber, Move up/down) and what they do.

Rows are those of the template's first paged group (commitments in the OGP
template); every operation is an undo command through the editor's
EditSession, and removal asks first through ``dialogs.confirm``. The editor
tells it the page on screen (``current_key``), read-only state and language;
it asks the editor to show a row through ``navigate``, never holding the editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from ogp_desktop import valuepath
from ogp_desktop.gui.editor.navigator_model import SUMMARY_KEY, number_field, row_title
from ogp_desktop.gui.editor.undo_commands import EditSession
from ogp_desktop.gui.widgets import dialogs
from ogp_desktop.gui.widgets.i18n import translate
from ogp_desktop.gui.widgets.ui_text import ui_text
from ogp_desktop.report import Report
from ogp_desktop.template import Field

_REMOVE_TITLE = QT_TRANSLATE_NOOP("Editor", "Remove commitment")
_REMOVE_QUESTION = QT_TRANSLATE_NOOP("Editor",
                                     "Remove “{title}” with all its milestones and evidence? Undo brings it back.")


class CommitmentRows(QObject):
    """Owns the buttons (``bar`` is their layout); the editor calls :meth:`update` when state changes.

    Signals: navigate(str): show this value path (the row just added, moved or after the removed one).
    """

    navigate = Signal(str)

    def __init__(self, report: Report, group: Field | None, editing: EditSession, lang: str,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.report, self.row_group, self.editing, self.lang = report, group, editing, lang
        self.dialog_parent = parent
        self.current_key = ""
        self.read_only = False
        self.buttons: dict[str, QPushButton] = {}
        self.bar = QGridLayout()
        self.bar.setSpacing(2)
        for i, (key, slot) in enumerate((("add", self.add), ("remove", self.on_remove_clicked),
                                         ("renumber", self.renumber), ("move_up", self.on_move_up_clicked),
                                         ("move_down", self.on_move_down_clicked))):
            b = QPushButton(parent)
            b.clicked.connect(slot)
            b.setMinimumWidth(0)
            self.bar.addWidget(b, i // 2, i % 2)  # two a row: the navigator stays narrow on a laptop
            self.buttons[key] = b

    def rows(self) -> list[Any]:
        group = self.row_group
        rows = self.report.get(group.id) if group else None
        return rows if isinstance(rows, list) else []

    def current_row(self) -> int:
        group, key = self.row_group, self.current_key
        if group is None:
            return -1
        path = valuepath.parse(key) if key and key != SUMMARY_KEY else ()
        return int(path[1]) if len(path) == 2 and path[0] == group.id else -1

    def add(self) -> None:
        group = self.row_group
        if group is None or self.read_only:
            return
        index = len(self.rows())
        number = number_field(group)
        self.editing.insert_row(group.id, index, {number.id: str(index + 1)} if number is not None else {})
        self.navigate.emit(f"{group.id}[{index}]")

    def remove(self, index: int) -> None:
        group, lang = self.row_group, self.lang
        if group is None or self.read_only or not 0 <= index < len(self.rows()):
            return
        title = row_title(group, self.rows()[index], index, lang)
        question = translate(lang, "Editor", _REMOVE_QUESTION).format(title=title)
        if not dialogs.confirm(self.dialog_parent, translate(lang, "Editor", _REMOVE_TITLE), question):
            return
        self.editing.remove_row(group.id, index)
        remaining = len(self.rows())
        self.navigate.emit(f"{group.id}[{min(index, remaining - 1)}]" if remaining else group.id)

    def move(self, src: int, dst: int) -> None:
        group, count = self.row_group, len(self.rows())
        if group is None or self.read_only or not (0 <= src < count and 0 <= dst < count):
            return
        self.editing.move_row(group.id, src, dst)
        self.navigate.emit(f"{group.id}[{dst}]")

    def renumber(self) -> None:
        """Number the rows 1..N in their current order, as one undo step."""
        group = self.row_group
        if group is None or (number := number_field(group)) is None:
            return
        values = {f"{group.id}[{i}].{number.id}": str(i + 1) for i in range(len(self.rows()))}
        self.editing.set_many(ui_text("renumber", self.lang), values)

    def on_remove_clicked(self) -> None:
        self.remove(self.current_row())

    def on_move_up_clicked(self) -> None:
        row = self.current_row()
        self.move(row, row - 1)

    def on_move_down_clicked(self) -> None:
        row = self.current_row()
        self.move(row, row + 1)

    def refresh(self) -> None:
        """Enable what makes sense for the current row; hide the buttons when the template has no rows."""
        row, count = self.current_row(), len(self.rows())
        has = self.row_group is not None and not self.read_only
        enabled = {"add": has, "remove": has and row >= 0, "move_up": has and row > 0,
                   "move_down": has and 0 <= row < count - 1, "renumber": has and count > 0}
        for key, b in self.buttons.items():
            b.setEnabled(enabled[key])
            b.setVisible(self.row_group is not None)

    def retranslate(self) -> None:
        lang = self.lang
        group = self.row_group
        item = (group.item_label or group.label).get(lang, "") if group is not None else ""
        for key, b in self.buttons.items():
            b.setText(ui_text(key, lang))
            b.setAccessibleName(f"{item}: {ui_text(key, lang)}")
