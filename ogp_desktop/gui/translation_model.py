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

from ogp_desktop import translations
from ogp_desktop.gui.i18n import translate
from ogp_desktop.gui.navigator_model import status_icon
from ogp_desktop.gui.problems_model import field_label
from ogp_desktop.report import Report
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
        self.paths: list[str] = []
        self.refresh()

    # -- what is listed --------------------------------------------------------
    def all_paths(self) -> Iterable[str]:
        return translations.translatable_paths(self.report, self.template)

    def _wanted(self) -> list[str]:
        out = []
        for path in self.all_paths():
            if self.in_scope is not None and not self.in_scope(path):
                continue
            if self.filter != "all" and translations.state(self.report, path, self.target) != self.filter:
                continue
            out.append(path)
        return out

    def refresh(self) -> None:
        """Follow the report: reset when the listed paths change, else repaint."""
        wanted = self._wanted()
        if wanted != self.paths:
            self.beginResetModel()
            self.paths = wanted
            self.endResetModel()
        elif self.paths:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.paths) - 1, len(COLUMNS) - 1))

    def set_filter(self, state: str) -> None:
        self.filter = state if state in FILTERS else "all"
        self.refresh()

    def set_scope(self, in_scope: Callable[[str], bool] | None) -> None:
        self.in_scope = in_scope
        self.refresh()

    def set_target(self, lang: str) -> None:
        self.target = lang
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.refresh()

    def row_of(self, path: str) -> int:
        return self.paths.index(path) if path in self.paths else -1

    def state(self, path: str) -> str:
        return translations.state(self.report, path, self.target)

    def translation(self, path: str) -> str:
        entry = self.report.translations.get(self.target, {}).get(path)
        return str(entry.get("text") or "") if isinstance(entry, dict) else ""

    def counts(self, in_scope: Callable[[str], bool] | None = None) -> dict[str, int]:
        counts = dict.fromkeys(STATE_TEXT, 0)
        for path in self.all_paths():
            if in_scope is None or in_scope(path):
                counts[self.state(path)] += 1
        return counts

    # -- QAbstractTableModel ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.paths)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, path: str, column: str) -> str:
        if column == "field":
            return field_label(self.template, path, self.lang)
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
    for path in model.all_paths():
        key = page_key(path)
        keys = [key]
        group = key.split("[", 1)[0]
        if "[" in key and group in rows_of:
            keys.append(rows_of[group])
        state = model.state(path)
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
