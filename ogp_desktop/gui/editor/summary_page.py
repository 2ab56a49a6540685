"""The Summary page: how far the report is, and what remains before a final export.

Completion levels come from the template: the enum field a
``completion_consistency`` check names (commitments' ``completion``), so a new
template with other levels needs no change here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ogp_desktop.completeness import Completeness, completeness
from ogp_desktop.gui.editor.background_check import is_big
from ogp_desktop.gui.widgets.i18n import counted, translate
from ogp_desktop.gui.widgets.icons import status_icon
from ogp_desktop.gui.widgets.labels import path_label
from ogp_desktop.gui.widgets.language_change import FollowsLanguage
from ogp_desktop.report import Report
from ogp_desktop.template import Field, Template

_T = {
    "title": QT_TRANSLATE_NOOP("Overview", "Overview"),
    "levels": QT_TRANSLATE_NOOP("Overview", "{group} by completion level"),
    "unset": QT_TRANSLATE_NOOP("Overview", "Level not given"),
    "problems": QT_TRANSLATE_NOOP("Overview", "{e} and {w}"),
    "filled": QT_TRANSLATE_NOOP("Overview", "Required fields filled: {f} of {r}"),
    "remains": QT_TRANSLATE_NOOP("Overview",
                                 "Before a final export, fix these errors (activate one to go to its field):"),
    "ready": QT_TRANSLATE_NOOP("Overview", "No errors: the report is ready for a final export."),
}
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(key: str, lang: str, **kw: Any) -> str:
    return translate(lang, "Overview", _T[key]).format(**kw)


def completion_field(template: Template) -> tuple[Field, Field] | None:
    """(group, level field) named by the template's completion_consistency check, if any."""
    for check in template.checks:
        if check.get("check") == "completion_consistency" and check.get("scope"):
            group = template.field(tuple(str(check["scope"]).split(".")))
            level = template.field(tuple(str(check["scope"]).split(".")) + (str(check["field"]),))
            if group is not None and level is not None and level.kind == "enum":
                return group, level
    return None


class SummaryPage(FollowsLanguage, QScrollArea):
    """Signals: problem_activated(str): the path of an error the user activated."""

    problem_activated = Signal(str)

    def __init__(self, report: Report, template: Template, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done: Completeness | None = None  # the last known share filled
        self.report = report
        self.template = template
        self.lang = lang
        self.problems: list[Any] = []
        self.marks_stale = False
        self.levels = completion_field(template)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        self.title = QLabel(body)
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(self.title)
        self.levels_title = QLabel(body)
        self.levels_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.levels_title)
        self.levels_grid = QGridLayout()
        self.levels_grid.setHorizontalSpacing(24)
        self.levels_grid.setColumnStretch(2, 1)
        layout.addLayout(self.levels_grid)
        self.level_labels: list[tuple[QLabel, QLabel]] = []
        for i in range((len(self.levels[1].values) + 1) if self.levels else 0):
            name, count = QLabel(body), QLabel(body)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.levels_grid.addWidget(name, i, 0)
            self.levels_grid.addWidget(count, i, 1)
            self.level_labels.append((name, count))
        self.counts = QLabel(body)
        layout.addWidget(self.counts)
        self.filled = QLabel(body)
        layout.addWidget(self.filled)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(420)
        layout.addWidget(self.progress)
        self.remains = QLabel(body)
        self.remains.setWordWrap(True)
        self.remains.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.remains)
        self.errors = QListWidget(body)
        self.errors.setMinimumHeight(200)
        self.errors.setWordWrap(True)  # messages are whole sentences
        self.errors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.errors.itemActivated.connect(self.on_error_activated)
        layout.addWidget(self.errors, 10)
        # Takes the spare room when the error list is hidden, so the lines above stay together.
        layout.addStretch(1)
        self.setWidget(body)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.set_problems(self.problems, {})

    def set_read_only(self, _ro: bool) -> None:
        """Nothing here edits the report."""

    def set_problems(self, problems: Sequence[Any], _statuses: dict[str, str],
                     filled: Completeness | None = None) -> None:
        """*filled*: worked out on the validation worker; a big report is never walked here, a small one is."""
        self.problems = list(problems)
        self.marks_stale = False
        lang = self.lang
        self.title.setText(_t("title", lang))
        self._update_levels()
        errors = [p for p in self.problems if p.severity == "error"]
        warnings = len(self.problems) - len(errors)
        self.counts.setText(_t("problems", lang, e=counted(lang, "error", len(errors)),
                               w=counted(lang, "warning", warnings)))
        if filled is not None or not is_big(self.report):
            self.done = filled or completeness(self.report, self.template)
        if self.done is not None:
            self.filled.setText(_t("filled", lang, f=self.done.filled, r=self.done.required))
            self.progress.setValue(round(self.done.share * 100))
            self.progress.setAccessibleName(self.filled.text())
        self.remains.setText(_t("remains" if errors else "ready", lang))
        self.errors.clear()
        for p in errors:
            item = QListWidgetItem(status_icon("errors"), f"{path_label(self.template, p.path, lang)}: {p.message}")
            item.setData(PATH_ROLE, p.path)
            item.setToolTip(p.path)
            self.errors.addItem(item)
        self.errors.setVisible(bool(errors))
        self.errors.setAccessibleName(self.remains.text())

    def _update_levels(self) -> None:
        self.levels_title.setVisible(self.levels is not None)
        if self.levels is None:
            return
        group, level = self.levels
        rows = self.report.get(group.ids[0]) if len(group.ids) == 1 else None
        rows = rows if isinstance(rows, list) else []
        counted_values = Counter(r.get(level.id) if isinstance(r, dict) else None for r in rows)  # one pass
        self.levels_title.setText(_t("levels", self.lang, group=group.text(self.lang)))
        entries = [(v.text(self.lang), counted_values[v.id]) for v in level.values]
        known = {v.id for v in level.values}
        entries.append((_t("unset", self.lang), sum(n for x, n in counted_values.items() if x not in known)))
        for (name, count), (n, c) in zip(self.level_labels, entries, strict=False):
            name.setText(n)
            count.setText(str(c))

    def on_error_activated(self, item: QListWidgetItem) -> None:
        self.problem_activated.emit(str(item.data(PATH_ROLE)))
