"""One page of the editor: the fields of a section, or of one commitment, built from the template.

Each field is a block (label, editor from the registry, inline problem line)
in a scroll area. The page is a view of the report: it refreshes the editors a
change touches, with signals blocked, so undo/redo never echoes back.

A page is built in steps: the first blocks (what a window shows first) with
the page, up to the field asked for when one is, and the rest a few at a time
between other events, so a page's first showing never holds the GUI thread for
all its fields at once (a commitment has 23; ``bench/bench_gui_stall.py``).
Asking for ``blocks`` builds the rest at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop import valuepath
from ogp_desktop.gui.collab import provenance
from ogp_desktop.gui.editor.editors import FieldEditor, create_editor
from ogp_desktop.gui.widgets.language_change import FollowsLanguage
from ogp_desktop.gui.widgets.tint import emphasise, tint
from ogp_desktop.gui.widgets.ui_text import ui_text
from ogp_desktop.report import Change, Report
from ogp_desktop.template import Field
from ogp_desktop.valuepath import Path

# Alt+ these open the menus (File, Edit, Report, View, Help; Fail, Redigeeri, Aruanne, Vaade, Abi)
RESERVED_KEYS = frozenset("fervha")
SEVERITY_COLOURS = {"error": "#b00020", "warning": "#a15c00"}
_MAX_MESSAGES = 3
FIRST_BLOCKS = 8  # built with the page: what a window shows at first, about
MORE_BLOCKS = 5  # built in each later step


def overlaps(a: Path, b: Path) -> bool:
    """True when one path is the other or lies under it."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def required_mark(field: Field, lang: str) -> str:
    sev = field.max_severity
    if sev == "no":
        return ""
    word = ui_text("required" if sev == "error" else "recommended", lang)
    return f' <span style="color:{SEVERITY_COLOURS[sev]}" title="{word}">*</span>'


class FieldBlock(FollowsLanguage, QWidget):
    """Label, editor and problem line of one field. Signals: none."""

    def __init__(self, editor: FieldEditor, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = self.box = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setBuddy(editor.focus_widget())
        layout.addWidget(self.label)
        self.label.setVisible(not editor.owns_label)
        layout.addWidget(editor.widget)
        # The problem line and the provenance line are made when first needed (most fields never show
        # them): a page has dozens of blocks, and every widget is time on the GUI thread when it is built.
        self._problem: QLabel | None = None
        self._origin: QLabel | None = None
        self.shown: list[tuple[str, str]] = []
        self.access_letter = ""
        self.access = QShortcut(self)  # active only while the page is shown
        self.access.activated.connect(self.on_access_activated)
        self.set_language(editor.lang)

    @property
    def problem(self) -> QLabel:
        """The line under the editor with validation's words about this field."""
        if self._problem is None:
            self._problem = QLabel(self)
            self._problem.setWordWrap(True)
            self._problem.hide()
            self.box.insertWidget(2, self._problem)  # after the label and the editor, before provenance
        return self._problem

    @property
    def origin(self) -> QLabel:
        """Where the value came from when a merge brought it in (issue: provenance shown on the field)."""
        if self._origin is None:
            self._origin = QLabel(self)
            self._origin.setWordWrap(True)
            self._origin.setObjectName("provenance")
            tint(self._origin, "#1a5fb4", point_size=9)
            self._origin.hide()
            self.box.addWidget(self._origin)
        return self._origin

    def set_origin(self, sentences: Sequence[str]) -> None:
        """Show the merge provenance of this field's value(s); empty hides the line."""
        if not sentences:
            if self._origin is not None:
                self._origin.hide()
            return
        text = "⤷ " + sentences[0]
        if len(sentences) > 1:
            text += f" (+{len(sentences) - 1})"
        self.origin.setText(text)
        self.origin.setToolTip("\n".join(sentences))
        self.origin.setAccessibleName(text)
        self.origin.show()

    @property
    def lang(self) -> str:  # the field editor's: FollowsLanguage compares with it
        return self.editor.lang

    def set_language(self, lang: str) -> None:
        self.editor.set_language(lang)
        self.render_label()

    def set_access_key(self, letter: str) -> None:
        """Alt+*letter* puts the cursor in this field; the letter is underlined in the label."""
        self.access_letter = letter
        self.access.setKey(QKeySequence(f"Alt+{letter.upper()}") if letter else QKeySequence())
        self.render_label()

    def render_label(self) -> None:
        f, lang = self.editor.field, self.editor.lang
        text = f.text(lang)
        at = text.lower().find(self.access_letter) if self.access_letter else -1
        shown = (f"{_escape(text[:at])}<u>{_escape(text[at])}</u>{_escape(text[at + 1:])}" if at >= 0
                 else _escape(text))
        self.label.setText(f"<b>{shown}</b>{required_mark(f, lang)}")

    def on_access_activated(self) -> None:
        self.editor.focus_widget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_problems(self, problems: Sequence[Any]) -> None:
        """Show the worst problems under the field and frame the label in their colour."""
        shown = [(p.severity, p.message) for p in problems]
        if shown == self.shown:
            return
        self.shown = shown
        # The validator's message says what the editor's own format hint says, and more.
        self.editor.set_hint_suppressed(bool(problems))
        if not problems:
            if self._problem is not None:
                self._problem.hide()
                self._problem.setToolTip("")
            self.setProperty("severity", "")
            return
        severity = "error" if any(p.severity == "error" for p in problems) else "warning"
        icon = "✖" if severity == "error" else "⚠"
        lines = [f"{icon} {_escape(p.message)}" for p in problems[:_MAX_MESSAGES]]
        if len(problems) > _MAX_MESSAGES:
            lines.append(f"… +{len(problems) - _MAX_MESSAGES}")
        self.problem.setText("<br>".join(lines))
        self.problem.setToolTip("\n".join(p.message for p in problems))
        if self.property("severity") != severity:  # a style sheet is slow to apply: only when it changes
            self.problem.setStyleSheet(f"color: {SEVERITY_COLOURS[severity]}; border-left: 3px solid "
                                       f"{SEVERITY_COLOURS[severity]}; padding-left: 6px;")
        self.problem.show()
        self.setProperty("severity", severity)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FormPage(FollowsLanguage, QScrollArea):
    """The editors of *fields* for the values under *prefix* (``()`` or ``("commitments", 2)``).

    Signals: none; edits leave through the EditSession as undo commands.
    """

    def __init__(self, key: str, fields: Sequence[Field], prefix: Path, report: Report, editing: Any,
                 lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.prefix = prefix
        self.report = report
        self.editing = editing
        self.lang = lang
        self.stale = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("form_body")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(16, 12, 16, 16)
        self.body_layout.setSpacing(6)
        self.title = QLabel(body)
        self.title.setWordWrap(True)
        emphasise(self.title, point_size=15)
        self.body_layout.addWidget(self.title)
        self.intro = QLabel(body)
        self.intro.setWordWrap(True)
        tint(self.intro, "#5f6368")
        self.body_layout.addWidget(self.intro)
        self.body_layout.addStretch(1)
        self.setWidget(body)
        self.body = body
        self.fields = list(fields)
        self._blocks: list[FieldBlock] = []  # those built so far, in the fields' order
        self.paths: list[Path] = []
        self.top_ids = {f.id for f in fields}
        self.read_only = False
        self.marks_stale = False
        self._marks: dict[Path, list[Any]] = {}  # the problems shown, by block: a block built later shows its own
        self._letters = set(RESERVED_KEYS)  # access keys taken so far
        self.heading: tuple[str, str] = ("", "")
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.timeout.connect(self._build_more)
        self._build(FIRST_BLOCKS)

    # -- building in steps ---------------------------------------------------
    @property
    def blocks(self) -> list[FieldBlock]:
        """Every field's block (what was still to be built is built now)."""
        self._build(len(self.fields))
        return self._blocks

    @property
    def complete(self) -> bool:
        return len(self._blocks) == len(self.fields)

    def _build_more(self) -> None:
        self._build(MORE_BLOCKS)

    def _build(self, count: int) -> None:
        """The next *count* blocks, each showing the report, the page's language, marks and state as they are now."""
        fields = self.fields[len(self._blocks):len(self._blocks) + count]
        marked = provenance.marked_paths(self.report) if fields else {}
        for f in fields:
            editor = create_editor(f, self.lang, self.body)
            path = valuepath.format(self.prefix + (f.id,))
            editor.attach(self.editing, path)
            editor.set_value(self.report.get(path))
            editor.value_changed.connect(self.on_editor_value_changed)
            if hasattr(editor, "set_spell_language"):  # long texts are checked in the report's language
                editor.set_spell_language(self.report.language)
            block = FieldBlock(editor, self.body)
            block.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.body_layout.insertWidget(2 + len(self._blocks), block)  # after the title and the intro
            own = valuepath.as_path(path)
            self._blocks.append(block)
            self.paths.append(own)
            self._assign_access_key(block)
            self._show_origin(block, marked)
            editor.set_read_only(self.read_only)
            self._show_visibility(block, self.report.report_type)
            if self._marks.get(own):
                block.set_problems(self._marks[own])
        if self.complete:
            self._more.stop()
        elif fields:
            self._more.start(0)  # the rest after whatever else is waiting (a keystroke, a repaint)

    # -- edits out --------------------------------------------------------
    def on_editor_value_changed(self, value: Any) -> None:
        editor = self.sender()
        if isinstance(editor, FieldEditor) and self.editing is not None:
            self.editing.set_value(editor.path, value, typing=editor.typing)

    # -- report in ----------------------------------------------------------
    def covers(self, path: Path) -> bool:
        """Whether a change at *path* can touch this page (cheap: pages are many, changes frequent)."""
        if not path:
            return True
        if self.prefix:
            return overlaps(self.prefix, path)
        return path[0] in self.top_ids

    def on_report_changed(self, change: Change) -> None:
        if not self.covers(change.path):
            return
        for block, own in zip(self._blocks, self.paths, strict=False):
            if overlaps(own, change.path):
                block.editor.set_value(self.report.get(block.editor.path))
        # Merges and restores replace the whole report, provenance with it; an edit of a merged
        # value turns its line into "...; edited here since".
        if change.kind == "replace" or self.report.meta.get("provenance"):
            self.refresh_origins()

    def refresh_all(self) -> None:
        for block in self._blocks:
            block.editor.set_value(self.report.get(block.editor.path))
        self.refresh_origins()
        self.stale = False

    def refresh_origins(self) -> None:
        """Mark each field whose value (or a value in its table) came from a merged contribution."""
        marked = provenance.marked_paths(self.report)
        for block in self._blocks:
            self._show_origin(block, marked)

    @staticmethod
    def _show_origin(block: FieldBlock, marked: dict[str, str]) -> None:
        own = block.editor.path
        block.set_origin([text for key, text in marked.items() if key == own or key.startswith((own + ".", own + "["))])

    def update_visibility(self, report_type: str | None) -> None:
        for block in self._blocks:
            self._show_visibility(block, report_type)

    @staticmethod
    def _show_visibility(block: FieldBlock, report_type: str | None) -> None:
        block.setVisible(block.editor.field.visible_for(report_type))
        follow = getattr(block.editor, "set_report_type", None)  # tables hide excluded columns
        if follow is not None:
            follow(report_type)

    def add_widget(self, widget: QWidget) -> None:
        """Something beyond the fields (the row list of a paged group), after the fields."""
        self.body_layout.insertWidget(self.body_layout.count() - 1, widget)

    def set_heading(self, title: str, intro: str = "") -> None:
        self.heading = (title, intro)
        self.title.setText(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.assign_access_keys()
        self.refresh_origins()  # the sentences follow the interface language

    def assign_access_keys(self) -> None:
        """Each label gets the first letter of its name that no other label (nor a menu) on the page has."""
        self._letters = set(RESERVED_KEYS)
        for block in self._blocks:
            self._assign_access_key(block)

    def _assign_access_key(self, block: FieldBlock) -> None:
        """The next block's letter: the labels above it keep theirs."""
        if block.editor.owns_label:
            return
        name = block.editor.field.text(self.lang).lower()
        letter = next((c for c in name if c.isascii() and c.isalnum() and c not in self._letters), "")
        self._letters.add(letter)
        block.set_access_key(letter)

    def set_read_only(self, ro: bool) -> None:
        self.read_only = ro
        for block in self._blocks:
            block.editor.set_read_only(ro)

    def set_problems(self, problems: Sequence[tuple[Path, Any]]) -> None:
        """Inline marks: each block shows the problems at or under its path (problems come parsed)."""
        depth = len(self.prefix) + 1
        by_block: dict[Path, list[Any]] = {}
        for path, problem in problems:
            if path[:len(self.prefix)] == self.prefix and len(path) >= depth:
                by_block.setdefault(path[:depth], []).append(problem)
        self._marks = by_block
        for block, own in zip(self._blocks, self.paths, strict=False):
            block.set_problems(by_block.get(own, []))
        self.marks_stale = False

    # -- navigation ---------------------------------------------------------
    def block_for(self, path: Path) -> FieldBlock | None:
        """The block of the field at or above *path* (built now if it was still to come)."""
        at = next((i for i, f in enumerate(self.fields)
                   if overlaps(self.prefix + (f.id,), path) and len(path) > len(self.prefix)), None)
        if at is None:
            return None
        if at >= len(self._blocks):
            self._build(at + 1 - len(self._blocks))
            self.body_layout.activate()  # its place on the page, to scroll to
        return self._blocks[at]

    def focus_path(self, path: Path) -> QWidget | None:
        """Show and focus the editor of *path* (or the page's first field for the page itself)."""
        block = self.block_for(path)
        if block is None:
            block = next((b for b in self._blocks if b.isVisibleTo(self)), None)
            if block is None:
                return None
            path = valuepath.as_path(block.editor.path)
        self.ensureWidgetVisible(block, 0, 40)
        # A page just made, or a block just built, has no height in the scroll area until its layout
        # request is handled: scroll once more then, or the field gets the focus out of sight.
        QTimer.singleShot(0, self, lambda: self.ensureWidgetVisible(block, 0, 40))
        own = valuepath.as_path(block.editor.path)
        rest = path[len(own):]
        focus_path = getattr(block.editor, "focus_path", None)
        if rest and focus_path is not None:
            focus_path(rest)
        else:
            block.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        return block.editor.focus_widget()

    def first_focus_widget(self) -> QWidget | None:
        block = next((b for b in self._blocks if b.isVisibleTo(self)), None)
        return block.editor.focus_widget() if block else None

