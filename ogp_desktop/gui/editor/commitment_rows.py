"""The commitment buttons under the navigator (Add, Remove, Renumber, Move up/down) and what they do.

Rows are those of the template's first paged group (commitments in the OGP
template); every operation is an undo command through the editor's
EditSession, and removal asks first through ``dialogs.confirm``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QGridLayout, QPushButton

from ogp_desktop import valuepath
from ogp_desktop.gui.editor.navigator_model import SUMMARY_KEY, number_field, row_title
from ogp_desktop.gui.widgets import dialogs
from ogp_desktop.gui.widgets.i18n import translate
from ogp_desktop.gui.widgets.ui_text import ui_text

if TYPE_CHECKING:
    from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget

_REMOVE_TITLE = QT_TRANSLATE_NOOP("Editor", "Remove commitment")
_REMOVE_QUESTION = QT_TRANSLATE_NOOP("Editor",
                                     "Remove “{title}” with all its milestones and evidence? Undo brings it back.")


class CommitmentRows(QObject):
    """Owns the buttons (``bar`` is their layout); the editor calls :meth:`update` when state changes.

    Signals: none.
    """

    def __init__(self, editor: ReportEditorWidget) -> None:
        super().__init__(editor)
        self.editor = editor
        self.buttons: dict[str, QPushButton] = {}
        self.bar = QGridLayout()  # two rows keep the navigator narrow
        self.bar.setSpacing(2)
        for i, (key, slot) in enumerate((("add", self.add), ("remove", self.on_remove_clicked),
                                         ("renumber", self.renumber), ("move_up", self.on_move_up_clicked),
                                         ("move_down", self.on_move_down_clicked))):
            b = QPushButton(editor)
            b.clicked.connect(slot)
            self.bar.addWidget(b, *((0, i) if i < 3 else (1, i - 3)))
            self.buttons[key] = b

    def rows(self) -> list[Any]:
        group = self.editor.row_group
        rows = self.editor.report.get(group.id) if group else None
        return rows if isinstance(rows, list) else []

    def current_row(self) -> int:
        group, key = self.editor.row_group, self.editor.current_key
        if group is None:
            return -1
        path = valuepath.parse(key) if key and key != SUMMARY_KEY else ()
        return int(path[1]) if len(path) == 2 and path[0] == group.id else -1

    def add(self) -> None:
        group = self.editor.row_group
        if group is None or self.editor.read_only:
            return
        index = len(self.rows())
        number = number_field(group)
        self.editor.editing.insert_row(group.id, index, {number.id: str(index + 1)} if number is not None else {})
        self.editor.go_to(f"{group.id}[{index}]")

    def remove(self, index: int) -> None:
        group, lang = self.editor.row_group, self.editor.lang
        if group is None or self.editor.read_only or not 0 <= index < len(self.rows()):
            return
        title = row_title(group, self.rows()[index], index, lang)
        question = translate(lang, "Editor", _REMOVE_QUESTION).format(title=title)
        if not dialogs.confirm(self.editor, translate(lang, "Editor", _REMOVE_TITLE), question):
            return
        self.editor.editing.remove_row(group.id, index)
        remaining = len(self.rows())
        self.editor.go_to(f"{group.id}[{min(index, remaining - 1)}]" if remaining else group.id)

    def move(self, src: int, dst: int) -> None:
        group, count = self.editor.row_group, len(self.rows())
        if group is None or self.editor.read_only or not (0 <= src < count and 0 <= dst < count):
            return
        self.editor.editing.move_row(group.id, src, dst)
        self.editor.go_to(f"{group.id}[{dst}]")

    def renumber(self) -> None:
        """Number the rows 1..N in their current order, as one undo step."""
        group = self.editor.row_group
        if group is None or (number := number_field(group)) is None:
            return
        values = {f"{group.id}[{i}].{number.id}": str(i + 1) for i in range(len(self.rows()))}
        self.editor.editing.set_many(ui_text("renumber", self.editor.lang), values)

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
        has = self.editor.row_group is not None and not self.editor.read_only
        enabled = {"add": has, "remove": has and row >= 0, "move_up": has and row > 0,
                   "move_down": has and 0 <= row < count - 1, "renumber": has and count > 0}
        for key, b in self.buttons.items():
            b.setEnabled(enabled[key])
            b.setVisible(self.editor.row_group is not None)

    def retranslate(self) -> None:
        lang = self.editor.lang
        group = self.editor.row_group
        item = (group.item_label or group.label).get(lang, "") if group is not None else ""
        for key, b in self.buttons.items():
            b.setText(ui_text(key, lang))
            b.setAccessibleName(f"{item}: {ui_text(key, lang)}")
