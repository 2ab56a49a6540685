"""Translation mode's list: every free-text value, its translation and whether that is current.

Rows are value paths from ``translations.translatable_paths``, narrowed by a
state filter (all / missing / stale) and by a scope (the navigator entry the
user picked). The model reads the report on every ``data`` call, so it only
needs a full reset when the set of paths changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ogp_desktop import translations, valuepath
from ogp_desktop.gui.widgets.i18n import translate
from ogp_desktop.gui.widgets.icons import status_icon
from ogp_desktop.gui.widgets.labels import path_label
from ogp_desktop.report import Change, Report
from ogp_desktop.template import Template

Index = QModelIndex | QPersistentModelIndex
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "Translation"
COLUMNS = ("field", "state", "source", "translation")
FILTERS = ("all", translations.MISSING, translations.STALE)
_HEADERS = {"field": QT_TRANSLATE_NOOP("Translation", "Field"), "state": QT_TRANSLATE_NOOP("Translation", "State"),
            "source": QT_TRANSLATE_NOOP("Translation", "Source"),
            "translation": QT_TRANSLATE_NOOP("Translation", "Translation")}
STATE_TEXT = {translations.MISSING: QT_TRANSLATE_NOOP("Translation", "missing"),
              translations.CURRENT: QT_TRANSLATE_NOOP("Translation", "current"),
              translations.STALE: QT_TRANSLATE_NOOP("Translation", "stale")}
# The navigator's badge shapes: hollow = not started, yellow = check it, green = done.
STATE_ICON = {translations.MISSING: "empty", translations.CURRENT: "complete", translations.STALE: "warnings"}
EXCERPT = 120  # characters of a long text shown in the table; the whole text is below it


def state_text(state: str, lang: str) -> str:
    return translate(lang, CONTEXT, STATE_TEXT[state])


def _excerpt(value: object) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= EXCERPT else text[:EXCERPT - 1] + "…"


class TranslationModel(QAbstractTableModel):
    """Rows: the translatable values the filter and scope let through.

    Signals: none of its own (Qt's model signals only).
    """

    def __init__(self, report: Report, template: Template, target: str, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.report = report
        self.template = template
        self.target = target  # the language translated into
        self.lang = lang  # the interface language
        self.filter = "all"
        self.in_scope: Callable[[str], bool] | None = None
        self.states: dict[str, str] = {}  # every translatable path (template order) -> its state
        self.generation = 0  # counts rebuilds of the path set, for caches keyed on it
        self.scoped: list[str] = []  # the paths in scope
        self.paths: list[str] = []  # the rows: in scope and through the filter
        self.rebuild()

    # -- what is listed --------------------------------------------------------
    # A keystroke changes one value: only that path's state is recomputed (one
    # SHA-256), never the whole report's, so typing stays within a frame.
    def rebuild(self) -> None:
        """The set of translatable paths may have changed (rows came or went, a text was emptied)."""
        self.states = {p: translations.state(self.report, p, self.target)
                       for p in translations.translatable_paths(self.report, self.template)}
        self.generation += 1
        self._rescope()

    def _rescope(self) -> None:
        self.scoped = [p for p in self.states if self.in_scope is None or self.in_scope(p)]
        self._relist()

    def _relist(self, changed: str | None = None) -> None:
        wanted = [p for p in self.scoped if self.filter == "all" or self.states[p] == self.filter]
        if wanted != self.paths:
            self.beginResetModel()
            self.paths = wanted
            self.endResetModel()
        elif changed is not None:
            row = self.row_of(changed)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        elif self.paths:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.paths) - 1, len(COLUMNS) - 1))

    def follow(self, change: Change) -> bool:
        """Bring the list up to date after one change to the report; True when any state changed."""
        if change.kind not in ("set", "translation"):
            self.rebuild()
            return True
        key = valuepath.format(change.path)
        typed = isinstance(change.new, str) and bool(change.new.strip())
        if key in self.states and (change.kind == "translation" or typed):
            old, self.states[key] = self.states[key], translations.state(self.report, key, self.target)
            self._relist(key)
            return old != self.states[key]
        if change.kind == "set" and self._may_add_or_drop(change):
            self.rebuild()
            return True
        return False

    def _may_add_or_drop(self, change: Change) -> bool:
        """Whether a value edit outside the list can change which paths are listed."""
        if change.path == (self.template.roles.report_type,):  # sections and fields show for some report types only
            return True
        field = self.template.field(change.path)
        return field is None or field.kind in translations.TRANSLATABLE_KINDS or field.kind == "group"

    def refresh(self) -> None:
        self.rebuild()

    def set_filter(self, state: str) -> None:
        self.filter = state if state in FILTERS else "all"
        self._relist()

    def set_scope(self, in_scope: Callable[[str], bool] | None) -> None:
        self.in_scope = in_scope
        self._rescope()

    def set_target(self, lang: str) -> None:
        self.target = lang
        self.rebuild()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._relist()

    def all_paths(self) -> Iterable[str]:
        return self.states.keys()

    def row_of(self, path: str) -> int:
        try:
            return self.paths.index(path)
        except ValueError:
            return -1

    def state(self, path: str) -> str:
        return self.states.get(path) or translations.state(self.report, path, self.target)

    def translation(self, path: str) -> str:
        entry = self.report.translations.get(self.target, {}).get(path)
        return str(entry.get("text") or "") if isinstance(entry, dict) else ""

    def counts(self) -> dict[str, int]:
        """States of the paths in scope (whatever the filter shows)."""
        counts = dict.fromkeys(STATE_TEXT, 0)
        for path in self.scoped:
            counts[self.states[path]] += 1
        return counts

    # -- QAbstractTableModel ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.paths)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, path: str, column: str) -> str:
        if column == "field":
            return path_label(self.template, path, self.lang)
        if column == "state":
            return state_text(self.state(path), self.lang)
        if column == "source":
            return _excerpt(self.report.get(path))
        return _excerpt(self.translation(path))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.paths) or not 0 <= index.column() < len(COLUMNS):
            return None
        path = self.paths[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(path, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self._text(path, 'field')}: {self._text(path, 'state')}"
        if role == Qt.ItemDataRole.DecorationRole and column == "state":
            return status_icon(STATE_ICON[self.state(path)])
        if role == PATH_ROLE:
            return path
        if role == STATE_ROLE:
            return self.state(path)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return translate(self.lang, CONTEXT, _HEADERS[COLUMNS[section]]) if 0 <= section < len(COLUMNS) else None



def page_counts(model: TranslationModel, page_key: Callable[[str], str],
                rows_of: dict[str, str]) -> dict[str, dict[str, int]]:
    """State counts per navigator entry: a row's values count for the row and for its section.

    *page_key* maps a value path to its navigator key; *rows_of* maps a paged
    group id to the section listing its rows.
    """
    out: dict[str, dict[str, int]] = {}
    for path, state in model.states.items():
        key = page_key(path)
        keys = [key]
        group = key.split("[", 1)[0]
        if "[" in key and group in rows_of:
            keys.append(rows_of[group])
        for k in keys:
            out.setdefault(k, dict.fromkeys(STATE_TEXT, 0))[state] += 1
    return out


def badge(counts: dict[str, int] | None) -> str:
    """The navigator icon for a page: stale first (needs a look), then missing, else done."""
    if not counts:
        return "complete"
    if counts[translations.STALE]:
        return STATE_ICON[translations.STALE]
    if counts[translations.MISSING]:
        return STATE_ICON[translations.MISSING]
    return STATE_ICON[translations.CURRENT]
