"""The navigator: Summary, the template's sections, and each commitment under its section.

A group whose rows hold groups of their own (commitments with milestones and
evidence) is too big for a table, so each row gets its own page and a child
entry here. Each entry carries a status badge (icon, tooltip, accessible text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ogp_desktop.gui.translation.translation_model import badge
from ogp_desktop.gui.widgets.i18n import translate
from ogp_desktop.gui.widgets.icons import status_icon
from ogp_desktop.report import Report
from ogp_desktop.template import Field, Section, Template, tr

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
SUMMARY_KEY = "#summary"  # cannot clash with a section id ([a-z][a-z0-9_]*)
STATUSES = ("empty", "complete", "warnings", "errors")
_STATUS_TEXT = {
    "empty": QT_TRANSLATE_NOOP("Navigator", "not started"),
    "complete": QT_TRANSLATE_NOOP("Navigator", "complete"),
    "warnings": QT_TRANSLATE_NOOP("Navigator", "has warnings"),
    "errors": QT_TRANSLATE_NOOP("Navigator", "has errors"),
    # Not "Summary": the template has an executive summary.
    "summary": QT_TRANSLATE_NOOP("Navigator", "Overview"),
}
_TRANSLATED = QT_TRANSLATE_NOOP("Navigator", "{current} of {total} translated, {stale} stale")


def status_text(status: str, lang: str) -> str:
    return translate(lang, "Navigator", _STATUS_TEXT[status]) if status in _STATUS_TEXT else status


def paged_group(section: Section) -> Field | None:
    """The section's group whose rows hold groups: each row becomes a page."""
    return next((f for f in section.fields if f.is_group and any(c.is_group for c in f.fields)), None)


def number_field(group: Field) -> Field | None:
    """The row's number: its first required one-line text field (renumbering sets it)."""
    return next((f for f in group.fields if f.kind == "text" and f.max_severity == "error"), None)


def row_title(group: Field, row: Any, index: int, lang: str) -> str:
    """"3. Openness and transparency of the Riigikogu": the row's first two required text fields."""
    row = row if isinstance(row, dict) else {}
    texts = [f for f in group.fields if f.kind == "text" and f.max_severity == "error"][:2]
    parts = [str(row.get(f.id) or "").strip() for f in texts]
    number, title = (parts + ["", ""])[:2]
    if number and title:
        return f"{number.rstrip('.')}. {title}"
    item = tr(group.item_label, lang) if group.item_label else group.text(lang)
    name = title or number
    return f"{item} {index + 1}: {name}" if name else f"{item} {index + 1}"


@dataclass
class Node:
    key: str
    section: Section | None = None
    row: int = -1
    children: list[Node] = field(default_factory=list)


class NavigatorModel(QAbstractItemModel):
    """A two-level tree: top entries (Overview, sections), commitments under their section.

    Signals: none of its own (Qt's model signals only).
    """

    def __init__(self, template: Template, report: Report, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.template = template
        self.report = report
        self.lang = lang
        self.statuses: dict[str, str] = {}
        # Translation mode: state counts per entry; the badges then show translation completeness.
        self.translation_counts: dict[str, dict[str, int]] | None = None
        self.nodes: list[Node] = []
        self.nodes = self._build()

    # -- structure ----------------------------------------------------------
    def _build(self) -> list[Node]:
        nodes = [Node(SUMMARY_KEY)]
        rt = self.report.report_type
        for s in self.template.sections:
            if not s.visible_for(rt):
                continue
            node = Node(s.id, s)
            group = paged_group(s)
            if group is not None:
                rows = self.report.get(group.id)
                count = len(rows) if isinstance(rows, list) else 0
                node.children = [Node(f"{group.id}[{i}]", s, i) for i in range(count)]
            nodes.append(node)
        return nodes

    def _shape(self, nodes: list[Node]) -> list[tuple[str, int]]:
        return [(n.key, len(n.children)) for n in nodes]

    def _report_shape(self) -> list[tuple[str, int]]:
        """What :meth:`_shape` of a fresh build would be, without building 2,000 nodes per keystroke."""
        rt = self.report.report_type
        shape = [(SUMMARY_KEY, 0)]
        for s in self.template.sections:
            if s.visible_for(rt):
                group = paged_group(s)
                rows = self.report.get(group.id) if group is not None else None
                shape.append((s.id, len(rows) if isinstance(rows, list) else 0))
        return shape

    def refresh(self, path: tuple[Any, ...] = ()) -> None:
        """Follow the report: rebuild when entries come or go, else repaint the labels an edit at *path*
        may have changed (every label without a path)."""
        if self._report_shape() != self._shape(self.nodes):
            self.beginResetModel()
            self.nodes = self._build()
            self.endResetModel()
        elif len(path) >= 2 and isinstance(path[1], int):
            self._repaint_row(str(path[0]), path[1])
        else:
            self._repaint()

    def _repaint_row(self, group_id: str, row: int) -> None:
        """Only that row's entry: its label shows its number and title; a section's label shows no value."""
        for top, node in enumerate(self.nodes):
            if 0 <= row < len(node.children) and node.children[row].key == f"{group_id}[{row}]":
                child = self.index(row, 0, self.index(top, 0))
                self.dataChanged.emit(child, child)

    def set_statuses(self, statuses: dict[str, str]) -> None:
        """New badges; only the entries whose status changed are repainted (a check after a keystroke
        changes one or none of 2,000, and a view does work in Python for every row of a changed range)."""
        old, self.statuses = self.statuses, dict(statuses)
        changed = {k for k in old.keys() | self.statuses.keys() if old.get(k) != self.statuses.get(k)}
        if changed and self.translation_counts is None:  # translation mode's badges do not show statuses
            self._repaint(changed)

    def set_translation_counts(self, counts: dict[str, dict[str, int]] | None) -> None:
        """Badges for translation completeness (None: back to validation status)."""
        self.translation_counts = counts
        self._repaint()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._repaint()

    def status_of(self, key: str) -> tuple[str, str]:
        """(badge, its words) of one entry: validation status, or translation state in translation mode."""
        if self.translation_counts is None:
            status = self.statuses.get(key, "empty")
            return status, status_text(status, self.lang)

        counts = self.translation_counts.get(key) or {"missing": 0, "current": 0, "stale": 0}
        words = translate(self.lang, "Navigator", _TRANSLATED).format(total=sum(counts.values()), **counts)
        return badge(counts), words

    def _repaint(self, keys: set[str] | None = None) -> None:
        """The entries of *keys* (all without): each run of neighbouring ones as one changed range."""
        # Top entries one by one: a QTreeView walks every row shown between the ends of a changed range,
        # and 2,000 commitments lie between the first and the last top entry.
        for row, node in enumerate(self.nodes):
            top = self.index(row, 0)
            if keys is None or node.key in keys:
                self.dataChanged.emit(top, top)
            rows = [i for i, child in enumerate(node.children) if keys is None or child.key in keys]
            for first, last in _runs(rows):
                self.dataChanged.emit(self.index(first, 0, top), self.index(last, 0, top))

    def index_of(self, key: str) -> QModelIndex:
        for row, node in enumerate(self.nodes):
            if node.key == key:
                return self.index(row, 0)
            for crow, child in enumerate(node.children):
                if child.key == key:
                    return self.index(crow, 0, self.index(row, 0))
        return QModelIndex()

    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        parent_row = index.internalId() - 1
        if parent_row < 0:
            return self.nodes[index.row()] if index.row() < len(self.nodes) else None
        children = self.nodes[parent_row].children
        return children[index.row()] if index.row() < len(children) else None

    def label(self, node: Node) -> str:
        if node.key == SUMMARY_KEY:
            return status_text("summary", self.lang)
        assert node.section is not None
        if node.row < 0:
            return node.section.text(self.lang)
        group = paged_group(node.section)
        assert group is not None
        return row_title(group, self.report.get(node.key), node.row, self.lang)

    # -- QAbstractItemModel -------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self.nodes) else QModelIndex()
        if parent.internalId() != 0 or parent.row() >= len(self.nodes):
            return QModelIndex()
        if row >= len(self.nodes[parent.row()].children):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        # One call instead of Qt's rowCount and columnCount: a view asks it of every row it lays out.
        return not parent.isValid() or (parent.internalId() == 0 and self.rowCount(parent) > 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if not parent.isValid():
            return len(self.nodes)
        if parent.internalId() != 0 or parent.column() != 0 or parent.row() >= len(self.nodes):
            return 0
        return len(self.nodes[parent.row()].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(node)
        if role == KEY_ROLE:
            return node.key
        if node.key == SUMMARY_KEY:
            return status_icon("overview") if role == Qt.ItemDataRole.DecorationRole else None
        status, words = self.status_of(node.key)
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.label(node)}: {words}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return words
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.label(node)}, {words}"
        return None

    # No flags(): Qt's own (enabled and selectable) is what an entry needs, and a view laying out 2,000
    # commitments asks for them three times a row; answered in Python, each answer's enum conversion made
    # that a third of building the navigator.


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in the ascending *rows*."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
