"""Every edit to a report is an undo command on the shell's QUndoStack.

Widgets never call ``Report.set`` themselves: they go through an
:class:`EditSession`, which turns each edit into a command so Edit > Undo
restores it, and merges a burst of typing in one field into one step.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from ogp_desktop import translations, valuepath
from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.emptiness import is_blank
from ogp_desktop.report import Report

# A pause longer than this ends a typing burst (the next keystroke is a new undo step).
BURST_PAUSE = 1.5
_SET_VALUE_ID = 4711  # QUndoCommand.id() for mergeable value edits
_SET_TRANSLATION_ID = 4712

Focus = Callable[[str], None]
# (kind, value path) -> the words Edit > Undo shows; kinds: edit, translate, add, remove, move.
Describe = Callable[[str, str], str]


class _FocusingCommand(QUndoCommand):
    """Moves focus to what it changed on undo and redo (not on the first push)."""

    def __init__(self, text: str, focus: Focus | None, focus_path: str) -> None:
        super().__init__(text)
        self._focus = focus
        self._focus_path = focus_path
        self._pushed = False

    def _after(self) -> None:
        if self._pushed and self._focus is not None:
            self._focus(self._focus_path)
        self._pushed = True


class SetValueCommand(_FocusingCommand):
    """Set one value; consecutive typing in the same field within a burst merges."""

    def __init__(self, report: Report, path: str, old: Any, new: Any, burst: int | None = None,
                 focus: Focus | None = None) -> None:
        super().__init__(f"Edit {path}", focus, path)
        self.report = report
        self.path = path
        self.old = copy.deepcopy(old)
        self.new = copy.deepcopy(new)
        self.burst = burst
        self.stamp = time.monotonic()

    def redo(self) -> None:
        self.report.set(self.path, copy.deepcopy(self.new))
        self._after()

    def undo(self) -> None:
        self.report.set(self.path, copy.deepcopy(self.old))
        self._after()

    def id(self) -> int:
        return _SET_VALUE_ID if self.burst is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand):
            return False
        if other.path != self.path or other.burst != self.burst or other.stamp - self.stamp > BURST_PAUSE:
            return False
        self.new = other.new
        self.stamp = other.stamp
        if self.new == self.old or (not self.new and not self.old):
            self.setObsolete(True)
        return True


class SetTranslationCommand(_FocusingCommand):
    """Set (or clear) one translation entry; typing in one translation within a burst merges."""

    def __init__(self, report: Report, lang: str, path: str, old: dict[str, Any] | None,
                 new: dict[str, Any] | None, burst: int | None = None, focus: Focus | None = None) -> None:
        super().__init__(f"Translate {path}", focus, path)
        self.report, self.lang, self.path = report, lang, path
        self.old = copy.deepcopy(old)
        self.new = copy.deepcopy(new)
        self.burst = burst
        self.stamp = time.monotonic()

    def redo(self) -> None:
        self.report.set_translation(self.lang, self.path, copy.deepcopy(self.new))
        self._after()

    def undo(self) -> None:
        self.report.set_translation(self.lang, self.path, copy.deepcopy(self.old))
        self._after()

    def id(self) -> int:
        return _SET_TRANSLATION_ID if self.burst is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetTranslationCommand):
            return False
        if (other.path, other.lang, other.burst) != (self.path, self.lang, self.burst) \
                or other.stamp - self.stamp > BURST_PAUSE:
            return False
        self.new = other.new
        self.stamp = other.stamp
        if self.new == self.old:
            self.setObsolete(True)
        return True


class SetManyCommand(_FocusingCommand):
    """Several values as one step (renumbering); plain Python steps, no Qt child commands to own."""

    def __init__(self, report: Report, text: str, changes: dict[str, tuple[Any, Any]],
                 focus: Focus | None = None) -> None:
        super().__init__(text, focus, next(iter(changes)))
        self.report = report
        self.changes = copy.deepcopy(changes)  # path -> (old, new)

    def redo(self) -> None:
        for path, (_old, new) in self.changes.items():
            self.report.set(path, copy.deepcopy(new))
        self._after()

    def undo(self) -> None:
        for path, (old, _new) in reversed(list(self.changes.items())):
            self.report.set(path, copy.deepcopy(old))
        self._after()


class InsertRowCommand(_FocusingCommand):
    """Insert a row (group) or item (list) at *index*; undo removes it again."""

    def __init__(self, report: Report, list_path: str, index: int, item: Any,
                 translations: dict[str, Any] | None = None, focus: Focus | None = None) -> None:
        super().__init__(f"Add row to {list_path}", focus, f"{list_path}[{index}]")
        self.report, self.list_path, self.index = report, list_path, index
        self.item = copy.deepcopy(item)
        self.translations = translations

    def redo(self) -> None:
        self.report.insert(self.list_path, self.index, copy.deepcopy(self.item), copy.deepcopy(self.translations))
        self._after()

    def undo(self) -> None:
        self.report.remove(self.list_path, self.index)
        if self._focus is not None:
            self._focus(self.list_path)


class RemoveRowCommand(_FocusingCommand):
    """Remove a row, keeping it and its translations so undo brings both back."""

    def __init__(self, report: Report, list_path: str, index: int, focus: Focus | None = None) -> None:
        super().__init__(f"Remove row from {list_path}", focus, list_path)
        self.report, self.list_path, self.index = report, list_path, index
        self.item: Any = None
        self.translations: dict[str, Any] = {}

    def redo(self) -> None:
        self.translations = self.report.row_translations(self.list_path, self.index)
        self.item = self.report.remove(self.list_path, self.index)
        self._after()

    def undo(self) -> None:
        self.report.insert(self.list_path, self.index, copy.deepcopy(self.item), copy.deepcopy(self.translations))
        if self._focus is not None:
            self._focus(f"{self.list_path}[{self.index}]")


class MoveRowCommand(_FocusingCommand):
    def __init__(self, report: Report, list_path: str, src: int, dst: int, focus: Focus | None = None) -> None:
        super().__init__(f"Move row in {list_path}", focus, f"{list_path}[{dst}]")
        self.report, self.list_path, self.src, self.dst = report, list_path, src, dst

    def redo(self) -> None:
        self.report.move(self.list_path, self.src, self.dst)
        self._focus_path = f"{self.list_path}[{self.dst}]"
        self._after()

    def undo(self) -> None:
        self.report.move(self.list_path, self.dst, self.src)
        self._focus_path = f"{self.list_path}[{self.src}]"
        self._after()


class EditSession:
    """The one door from widgets to the report: edits become commands on *stack*.

    *focus* (a bound method of the editor) is called with a value path when
    undo or redo changes something, so the user sees what changed.
    """

    def __init__(self, report: Report, stack: QUndoStack, focus: Focus | None = None, *,
                 clock: Clock = system_clock) -> None:
        self.report = report
        self.stack = stack
        self.focus = focus
        self.clock = clock  # the app's "now": where a date picker opens on an empty field
        self.describe: Describe | None = None  # the editor sets one that speaks the UI language
        self.read_only = False
        self._burst = 0
        self._burst_path: str | None = None

    def _push(self, kind: str, path: str, command: QUndoCommand) -> None:
        if self.describe is not None:
            command.setText(self.describe(kind, path))
        self.stack.push(command)

    def end_burst(self) -> None:
        """The next keystroke starts a new undo step."""
        self._burst += 1
        self._burst_path = None

    def set_value(self, path: str, value: Any, typing: bool = False) -> None:
        if self.read_only:
            return
        old = self.report.get(path)
        if old == value or (is_blank(old) and is_blank(value)):
            return
        if typing and self._burst_path not in (None, path):
            self.end_burst()
        if typing:
            self._burst_path = path
        else:
            self.end_burst()
        self._push("edit", path, SetValueCommand(self.report, path, old, value, self._burst if typing else None,
                                                 self.focus))

    def insert_row(self, list_path: str, index: int, item: Any) -> None:
        if self.read_only:
            return
        self.end_burst()
        self._push("add", f"{list_path}[{index}]", InsertRowCommand(self.report, list_path, index, item,
                                                                   focus=self.focus))

    def remove_row(self, list_path: str, index: int) -> None:
        if self.read_only:
            return
        self.end_burst()
        self._push("remove", f"{list_path}[{index}]", RemoveRowCommand(self.report, list_path, index,
                                                                      focus=self.focus))

    def duplicate_row(self, list_path: str, index: int) -> None:
        if self.read_only:
            return
        self.end_burst()
        item = self.report.get(f"{list_path}[{index}]")
        translations = self.report.row_translations(list_path, index)
        self._push("add", f"{list_path}[{index + 1}]",
                   InsertRowCommand(self.report, list_path, index + 1, item, translations, focus=self.focus))

    def move_row(self, list_path: str, src: int, dst: int) -> None:
        if self.read_only or src == dst:
            return
        self.end_burst()
        self._push("move", f"{list_path}[{src}]", MoveRowCommand(self.report, list_path, src, dst, focus=self.focus))

    def set_translation(self, lang: str, path: str, text: str, typing: bool = False) -> None:
        """Record *text* as the *lang* translation of the current source (blank removes it)."""
        if self.read_only:
            return
        old = self.report.translations.get(lang, {}).get(path)
        new = translation_entry(self.report, path, text)
        if old == new:
            return
        key = f"{lang}:{path}"  # a burst is one field in one language
        if typing and self._burst_path not in (None, key):
            self.end_burst()
        if typing:
            self._burst_path = key
        else:
            self.end_burst()
        self._push("translate", path, SetTranslationCommand(self.report, lang, path, old, new,
                                                            self._burst if typing else None, self.focus))

    def confirm_translation(self, lang: str, path: str) -> None:
        """The translation still fits the changed source: re-hash it against the source as it is now."""
        entry = self.report.translations.get(lang, {}).get(path)
        if isinstance(entry, dict) and isinstance(entry.get("text"), str):
            self.set_translation(lang, path, entry["text"])

    def set_many(self, text: str, values: dict[str, Any]) -> None:
        """Several values as one undo step (e.g. renumbering), focusing the first one once."""
        if self.read_only:
            return
        changes = {p: (self.report.get(p), v) for p, v in values.items() if self.report.get(p) != v}
        if not changes:
            return
        self.end_burst()
        self.stack.push(SetManyCommand(self.report, text, changes, self.focus))

def row_path(list_path: str, index: int) -> str:
    return valuepath.format(valuepath.as_path(list_path) + (index,))


def translation_entry(report: Report, path: str, text: str) -> dict[str, Any] | None:
    """What ``translations.translate`` stores: the text and the hash of the source it translates."""
    if not text.strip():
        return None
    return {"text": text, "source_hash": translations.source_hash(str(report.get(path) or ""))}
