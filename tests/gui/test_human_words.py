"""No internal name reaches the user: every visible string of every page and of the collaboration dialogs.

A value path (``commitments[2].title``) or a bare field id (``period_start``)
is how the code names a field; the user reads its label ("Commitment 3 ›
Title"). This walks the real widgets (labels, buttons, group titles, every
item view's cells and headers) and fails on anything that looks like code.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QWidget,
)

from ogp_desktop.gui.collab.merge_dialog import MergeDialog
from ogp_desktop.gui.collab.versions_dialog import VersionsDialog
from ogp_desktop.interchange import export_contribution, merge_contribution
from ogp_desktop.template import Field, load_template
from tests.gui.test_room import page_keys

VALUE_PATH = re.compile(r"\b[a-z][a-z0-9_]*\[\d+\](\.[a-z][a-z0-9_]*)?")


def field_ids() -> set[str]:
    ids: set[str] = set()

    def walk(fields: tuple[Field, ...]) -> None:
        for f in fields:
            ids.add(f.id)
            walk(f.fields)

    for s in load_template().sections:
        walk(s.fields)
    return {i for i in ids if "_" in i}  # "title" is also an English word; "period_start" is not


IDS = field_ids()


def model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    out: list[str] = []
    if model is None:
        return out

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount private: one column
            return 1

    for c in range(columns(QModelIndex())):
        out.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))

    def walk(parent: QModelIndex) -> None:
        for r in range(model.rowCount(parent)):
            for c in range(columns(parent)):
                index = model.index(r, c, parent)
                out.append(str(index.data() or ""))
            walk(model.index(r, 0, parent))

    walk(view.rootIndex())
    return out


def visible_texts(root: QWidget) -> list[str]:
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QAbstractItemView):
            out += model_texts(w)
    return out


def code_like(texts: list[str]) -> list[str]:
    return sorted({t for t in texts if VALUE_PATH.search(t) or any(re.search(rf"\b{i}\b", t) for i in IDS)})


@pytest.mark.parametrize("lang", ["en", "et"])
def test_no_page_of_the_demo_shows_a_value_path(start_window, settings_file, lang: str) -> None:
    from ogp_desktop.gui.widgets.settings import Settings

    settings = Settings(settings_file)
    settings.language = lang
    settings.sync()
    window = start_window(demo=True).window
    editor = window.current.editor
    editor.report.set("contact_email", "not an address")  # some problems in the problems pane
    editor.report.set("period_start", "")
    editor.revalidate()
    found: list[str] = []
    for key in page_keys(editor):
        editor.show_page(key)
        QApplication.processEvents()
        found += [f"{key}: {t}" for t in code_like(visible_texts(window))]
    assert found == []


def test_versions_compare_and_merge_speak_in_labels(qtbot, tmp_path, start_window) -> None:
    session = start_window(demo=True)
    window = session.window
    library, draft_id = session.library, window.current.draft_id
    report = window.current.report
    library.snapshot(draft_id, "before")
    report.set("commitments[0].results", "Changed results text.")
    report.set("period_start", "2017-01-01")
    window.save()
    template = window.current.template
    versions = VersionsDialog(library, draft_id, template, "en")
    qtbot.addWidget(versions)
    versions.show()
    first = max(v.id for v in library.versions(draft_id) if v.name == "before")
    versions.compare(first, None)
    assert versions.changes.count() >= 2
    assert code_like(visible_texts(versions)) == []

    key = report.get("commitments[0].ogp_id") or report.get("commitments[0].number")
    contribution = export_contribution(report, [key], "Ministry")
    contribution.set("commitments[0].results", "Theirs.")
    report.set("commitments[0].results", "Mine.")
    merge = MergeDialog(merge_contribution(report, contribution), template, "en")
    qtbot.addWidget(merge)
    merge.show()
    QApplication.processEvents()
    assert merge.table.model().rowCount() >= 1
    assert code_like(visible_texts(merge)) == []


def test_the_plan_import_preview_speaks_in_labels(qtbot, prompts_recorder) -> None:
    from ogp_desktop.gui.collab.plan_import_dialog import PlanImportDialog
    from tests.gui.test_collab_plan_import import SAMPLE

    dialog = PlanImportDialog()
    qtbot.addWidget(dialog)
    prompts_recorder.answer("open_file", str(SAMPLE))
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        assert dialog.choose_file()
    dialog.show()
    QApplication.processEvents()
    assert dialog.model.rowCount() == 9
    assert code_like(visible_texts(dialog)) == []


@pytest.mark.parametrize("lang", ["en", "et"])
def test_the_report_dialogs_speak_in_labels(start_window, settings_file, prompts_recorder, lang: str) -> None:
    """Carry forward, contribution export (JSON and Word form), export, preferences and new report, opened for real."""
    from ogp_desktop.gui.widgets.settings import Settings

    settings = Settings(settings_file)
    settings.language = lang
    settings.sync()
    window = start_window(demo=True).window
    seen: dict[str, list[str]] = {}

    def look(dialog) -> bool:
        dialog.resize(1024, 640)
        dialog.show()
        QApplication.processEvents()
        seen[type(dialog).__name__ + ("/form" if getattr(dialog, "template", None) is not None
                                      and type(dialog).__name__ == "ContributionExportDialog" else "")] = \
            visible_texts(dialog)
        dialog.reject()
        return False

    prompts_recorder.dialog_handler = look
    menu = window.report_menu
    menu.action_export_contribution.trigger()
    menu.action_word_form.trigger()
    window.ui.action_export.trigger()
    window.ui.action_preferences.trigger()
    menu.action_new_from_previous.trigger()
    window.ui.action_new.trigger()
    assert set(seen) == {"ContributionExportDialog", "ContributionExportDialog/form", "ExportDialog",
                         "PreferencesDialog", "CarryForwardDialog", "NewReportDialog"}
    found = {name: code_like(texts) for name, texts in seen.items() if code_like(texts)}
    assert found == {}
