"""The versions dialog over a real library: a named version, compare, restore into the open report, undelete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ogp_desktop.gui.collab.versions_dialog import VersionsDialog, show_versions
from ogp_desktop.gui.collab.versions_model import KIND, NAME, VersionsModel
from ogp_desktop.gui.widgets import dialogs
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report
from ogp_desktop.store.library import Library
from ogp_desktop.template import load_template

DEMO = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")
FIRST_SUMMARY = "The first summary, as sent for public comment."


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library")
    yield lib
    lib.close()


@pytest.fixture
def draft(library):
    draft_id = library.add(read_report(DEMO))
    report = library.open(draft_id)
    report.set("executive_summary", FIRST_SUMMARY)
    library.save(draft_id, report)
    return draft_id, report


@pytest.fixture
def confirm(monkeypatch):
    asked: list[str] = []

    def answer(_parent, _title, text):
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", answer)
    return asked


def make_dialog(qtbot, library, draft_id) -> VersionsDialog:
    dialog = VersionsDialog(library, draft_id, load_template(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_named_version_compare_and_restore(qtbot, library, draft, prompts_recorder, confirm, qtmodeltester):
    draft_id, report = draft
    dialog = make_dialog(qtbot, library, draft_id)
    prompts_recorder.answer("ask_text", "Sent for public comment")
    qtbot.mouseClick(dialog.name_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(dialog.model)
    named = next(v for v in library.versions(draft_id) if v.kind == "named")
    assert named.name == "Sent for public comment"
    row = dialog.model.row_of(named.id)
    assert dialog.model.data(dialog.model.index(row, NAME)) == "Sent for public comment"
    assert dialog.model.data(dialog.model.index(row, KIND)) == "Named"
    assert dialog.selected_ids() == [named.id]  # the new version is selected

    report.set("executive_summary", "Rewritten after the comments.")
    report.set("commitments[0].results", "More results.")
    library.save(draft_id, report)
    qtbot.mouseClick(dialog.compare_current_button, Qt.MouseButton.LeftButton)
    changed = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert "Executive summary" in changed
    assert "Commitment 1 › Results" in changed
    dialog.changes.setCurrentRow(changed.index("Commitment 1 › Results"))
    shown = dialog.change_view.toHtml()
    assert "More results." in dialog.change_view.toPlainText() and "Before" in dialog.change_view.toPlainText()
    assert "line-through" in shown and "#c8ecc8" in shown  # the words that went, and those that came
    assert "2 change(s)" in dialog.changes_label.text()

    prompts_recorder.answer("ask_text", "After comments")
    qtbot.mouseClick(dialog.name_button, Qt.MouseButton.LeftButton)
    second = max(v.id for v in library.versions(draft_id))
    dialog.select(named.id, second)
    assert dialog.compare_two_button.isEnabled() and not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.compare_two_button, Qt.MouseButton.LeftButton)
    assert dialog.changes.count() == 2
    dialog.resize(860, 520)
    assert not dialog.grab().isNull()  # it paints (no file: /tmp is shared)

    stack = QUndoStack()

    def restore(d: VersionsDialog) -> bool:
        d.show()
        d.select(named.id)
        qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
        return d.result() == VersionsDialog.DialogCode.Accepted

    prompts_recorder.dialog_handler = restore
    assert show_versions(None, library, draft_id, report, load_template(), stack)
    assert "Sent for public comment" in confirm[-1]
    assert report.get("executive_summary") == FIRST_SUMMARY  # the open report holds the version
    assert library.open(draft_id).get("executive_summary") == FIRST_SUMMARY  # and so does the library
    # (no "Before restoring" version here: "After comments" already holds that state)
    assert any(v.reason.startswith(f"Restored version {named.id}") for v in library.versions(draft_id))
    stack.undo()
    assert report.get("executive_summary") == "Rewritten after the comments."


def test_restore_declined_changes_nothing(qtbot, library, draft, monkeypatch):
    draft_id, _ = draft
    library.snapshot(draft_id, "Keep")
    monkeypatch.setattr(dialogs, "confirm", lambda *_: False)
    dialog = make_dialog(qtbot, library, draft_id)
    dialog.select(max(v.id for v in library.versions(draft_id)))
    count = len(library.versions(draft_id))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restored_report is None and dialog.isVisible()
    assert len(library.versions(draft_id)) == count


def test_empty_name_takes_no_version(qtbot, library, draft, prompts_recorder):
    draft_id, _ = draft
    dialog = make_dialog(qtbot, library, draft_id)
    before = len(library.versions(draft_id))
    prompts_recorder.answer("ask_text", "   ")
    qtbot.mouseClick(dialog.name_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.name_button, Qt.MouseButton.LeftButton)  # cancelled: None
    assert len(library.versions(draft_id)) == before


def test_recently_deleted_can_be_restored(qtbot, library, draft):
    draft_id, _ = draft
    other = library.create({"country": "Estonia"}, title="Old annual report")
    library.delete(other)
    dialog = make_dialog(qtbot, library, draft_id)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.deleted.topLevelItemCount() == 1
    assert dialog.deleted.topLevelItem(0).text(0) == "Old annual report"
    assert not dialog.undelete_button.isEnabled()
    dialog.deleted.setCurrentItem(dialog.deleted.topLevelItem(0))
    with qtbot.waitSignal(dialog.draft_undeleted) as blocker:
        qtbot.mouseClick(dialog.undelete_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [other]
    assert other in [d.id for d in library.list()]
    assert dialog.deleted.topLevelItemCount() == 0


def test_versions_model_on_its_own(qtmodeltester, library, draft):
    draft_id, _ = draft
    library.snapshot(draft_id, "One")
    library.snapshot(draft_id, reason="Before something risky")
    model = VersionsModel()
    model.set_versions(library.versions(draft_id))
    qtmodeltester.check(model)
    assert model.version(0).id > model.version(1).id  # newest first
