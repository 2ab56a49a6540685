"""Contribution round trip through the dialogs: export two commitments, both sides edit, merge with choices.

Real library in tmp_path, real report files; only the modal helpers in
prompts/dialogs are answered by the test.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack

from ogp_desktop.clock import fixed_clock
from ogp_desktop.gui.collab import provenance
from ogp_desktop.gui.collab.contribution_export_dialog import (
    ContributionExportDialog,
    export_contribution_from,
)
from ogp_desktop.gui.collab.merge_conflicts_model import MergeConflictsModel
from ogp_desktop.gui.collab.merge_dialog import MergeDialog, merge_contribution_into
from ogp_desktop.interchange import merge_contribution
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report, write_report
from ogp_desktop.store.library import Library
from ogp_desktop.template import load_template

DEMO = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")
# docs/screenshots are refreshed on request only, so a test run leaves the checkout clean
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SAVE_DOCS = bool(os.environ.get("OGP_SAVE_SCREENSHOTS"))
# In the demo: commitment 4 (EE0042) and 6 (EE0044) are both led by the Government Office.
FIRST, SECOND = 3, 5


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library")
    yield lib
    lib.close()


@pytest.fixture
def draft(library):
    draft_id = library.add(read_report(DEMO))
    return draft_id, library.open(draft_id)


def export_two(qtbot, report, path: Path) -> Path:
    dialog = ContributionExportDialog(report, str(path.parent))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check(["EE0042", "EE0044"])
    assert dialog.for_edit.text() == "Government Office"  # the common lead agency of the two
    dialog.file_edit.clear()
    qtbot.keyClicks(dialog.file_edit, str(path))
    assert not dialog.grab().isNull()  # it paints (no file: /tmp is shared)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ContributionExportDialog.DialogCode.Accepted, dialog.problem_label.text()
    assert dialog.written == path
    return path


def test_export_contribution_for_two_commitments(qtbot, draft, tmp_path):
    _, report = draft
    path = export_two(qtbot, report, tmp_path / "for-go.ogpreport.json")
    contribution = read_report(path)
    assert [c["ogp_id"] for c in contribution.values["commitments"]] == ["EE0042", "EE0044"]
    assert contribution.meta["contribution"]["for"] == "Government Office"
    assert contribution.values["country"] == report.values["country"]


def test_export_refuses_nothing_checked_and_a_folder(qtbot, draft, tmp_path, prompts_recorder):
    _, report = draft
    dialog = ContributionExportDialog(report, str(tmp_path))
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()  # nothing checked yet
    dialog.check(["1"])
    assert dialog.for_edit.text() == "Tax and Customs Board"
    dialog.file_edit.setText(str(tmp_path))
    dialog.accept()
    assert dialog.result() != ContributionExportDialog.DialogCode.Accepted
    assert "folder" in dialog.problem_label.text()
    existing = tmp_path / "taken.ogpreport.json"
    existing.write_text("keep me", encoding="utf-8")
    dialog.file_edit.setText(str(existing))
    prompts_recorder.answer("ask_yes_no", False)
    dialog.accept()
    assert existing.read_text(encoding="utf-8") == "keep me" and dialog.written is None
    prompts_recorder.answer("ask_yes_no", True)
    dialog.accept()
    assert dialog.written == existing and read_report(existing).meta["contribution"]["for"] == "Tax and Customs Board"
    prompts_recorder.dialog_handler = lambda d: False
    assert export_contribution_from(None, report, str(tmp_path)) is None


def edit_both_sides(library, draft_id, report, path: Path) -> None:
    contribution = read_report(path)
    contribution.set("commitments[0].results", "Theirs: 12 ministries trained.")
    contribution.set("commitments[1].results", "Theirs: the course ran twice.")
    contribution.set("commitments[1].next_steps", "Theirs: a third course in 2018.")
    contribution.meta["modified"] = "2026-11-27T12:05:00Z"
    write_report(contribution, path)
    report.set(f"commitments[{FIRST}].results", "Mine: ten ministries trained.")
    report.set(f"commitments[{SECOND}].results", "Mine: one course so far.")
    report.set(f"commitments[{FIRST}].additional_info", "Mine alone: budget 5 000 EUR.")
    library.save(draft_id, report)


def choose(qtbot, dialog: MergeDialog, row: int, mine: bool) -> None:
    dialog.table.selectRow(row)
    radio = dialog.mine_radio if mine else dialog.theirs_radio
    # on the indicator: a radio button only takes clicks on its circle and text
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))


def test_merge_conflicts_side_by_side_with_choices(qtbot, library, draft, tmp_path, prompts_recorder, qtmodeltester):
    draft_id, report = draft
    path = export_two(qtbot, report, tmp_path / "for-go.ogpreport.json")
    edit_both_sides(library, draft_id, report, path)
    seen: dict[str, object] = {}

    def handle(dialog: MergeDialog) -> bool:
        dialog.show()
        qtmodeltester.check(dialog.model)
        seen["rows"] = dialog.model.rowCount()
        seen["summary"] = dialog.summary_label.text()
        seen["labels"] = [dialog.model.label(r) for r in range(dialog.model.rowCount())]
        dialog.table.selectRow(0)
        seen["ours"], seen["theirs"] = dialog.ours_edit.toPlainText(), dialog.theirs_edit.toPlainText()
        seen["theirs_title"] = dialog.theirs_edit.accessibleName()
        seen["apply_before"] = dialog.apply_button.isEnabled()
        choose(qtbot, dialog, 0, mine=False)
        seen["apply_half"] = dialog.apply_button.isEnabled()
        choose(qtbot, dialog, 1, mine=True)
        dialog.table.selectRow(0)
        dialog.resize(1000, 620)
        assert not dialog.grab().isNull()  # it paints (no file: /tmp is shared)
        if SAVE_DOCS:
            dialog.grab().save(str(SCREENSHOTS / "merge.png"))
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        return dialog.result() == MergeDialog.DialogCode.Accepted

    prompts_recorder.dialog_handler = handle
    stack = QUndoStack()
    merged_at = fixed_clock(datetime(2026, 11, 27, 12, 10, tzinfo=timezone.utc))
    assert merge_contribution_into(None, library, draft_id, report, str(path), stack, clock=merged_at)

    assert seen["rows"] == 2
    assert "Government Office" in str(seen["summary"]) and "1 value(s) taken" in str(seen["summary"])
    assert "1 of your own changes kept" in str(seen["summary"])
    assert seen["labels"] == ["Commitment 4 › Results", "Commitment 6 › Results"]
    assert (seen["ours"], seen["theirs"]) == ("Mine: ten ministries trained.", "Theirs: 12 ministries trained.")
    assert seen["theirs_title"] == "Their version (Government Office)"
    assert seen["apply_before"] is False and seen["apply_half"] is False

    assert report.get(f"commitments[{FIRST}].results") == "Theirs: 12 ministries trained."
    assert report.get(f"commitments[{SECOND}].results") == "Mine: one course so far."
    assert report.get(f"commitments[{SECOND}].next_steps") == "Theirs: a third course in 2018."
    assert report.get(f"commitments[{FIRST}].additional_info") == "Mine alone: budget 5 000 EUR."
    told = provenance.describe(report, f"commitments[{FIRST}].results")
    assert told.startswith("Merged from the contribution for Government Office on 27.11.2026")
    assert provenance.describe(report, f"commitments[{SECOND}].next_steps").startswith("Merged from the contribution")
    assert provenance.describe(report, f"commitments[{SECOND}].results") == ""  # mine was kept
    reasons = [v.reason for v in library.versions(draft_id)]
    assert "Before merging the contribution for Government Office" in reasons
    before = library.version_report(draft_id, library.versions(draft_id)[-1].id)
    assert before.get(f"commitments[{FIRST}].results") == "Mine: ten ministries trained."

    stack.undo()  # the whole merge is one step
    assert report.get(f"commitments[{FIRST}].results") == "Mine: ten ministries trained."
    assert report.get(f"commitments[{SECOND}].next_steps") != "Theirs: a third course in 2018."
    assert "provenance" not in report.meta or f"commitments[{FIRST}].results" not in report.meta["provenance"]
    stack.redo()
    assert report.get(f"commitments[{FIRST}].results") == "Theirs: 12 ministries trained."


def test_all_theirs_and_cancel(qtbot, library, draft, tmp_path, prompts_recorder):
    draft_id, report = draft
    path = export_two(qtbot, report, tmp_path / "c.ogpreport.json")
    edit_both_sides(library, draft_id, report, path)
    result = merge_contribution(report, read_report(path))
    dialog = MergeDialog(result, load_template(), "en")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.all_theirs_button, Qt.MouseButton.LeftButton)
    assert dialog.apply_button.isEnabled()
    assert dialog.theirs_radio.isChecked()
    dialog.accept()
    assert dialog.merged is not None and not dialog.merged.conflicts
    assert dialog.merged.report.get(f"commitments[{SECOND}].results") == "Theirs: the course ran twice."
    assert report.get(f"commitments[{SECOND}].results") == "Mine: one course so far."  # nothing applied yet

    prompts_recorder.dialog_handler = lambda d: False  # the user cancels the merge dialog
    assert not merge_contribution_into(None, library, draft_id, report, str(path))
    assert report.get(f"commitments[{FIRST}].results") == "Mine: ten ministries trained."


def test_merge_without_conflicts_and_bad_files(qtbot, library, draft, tmp_path, prompts_recorder):
    draft_id, report = draft
    path = export_two(qtbot, report, tmp_path / "c.ogpreport.json")
    contribution = read_report(path)
    contribution.set("commitments[0].additional_info", "Budget: 10 000 EUR.")
    write_report(contribution, path)
    assert merge_contribution_into(None, library, draft_id, report, str(path))
    assert report.get(f"commitments[{FIRST}].additional_info") == "Budget: 10 000 EUR."
    assert "1 value(s) taken" in prompts_recorder.named("info")[-1][2]

    plain = tmp_path / "plain.ogpreport.json"
    write_report(read_report(DEMO), plain)
    assert not merge_contribution_into(None, library, draft_id, report, str(plain))
    assert "not a contribution file" in prompts_recorder.named("error")[-1][2]
    broken = tmp_path / "broken.ogpreport.json"
    broken.write_text("{not json", encoding="utf-8")
    assert not merge_contribution_into(None, library, draft_id, report, str(broken))
    assert len(prompts_recorder.named("error")) == 2
    prompts_recorder.answer("open_file", "")
    assert not merge_contribution_into(None, library, draft_id, report)  # asked for a file, cancelled


def test_conflicts_model_passes_qtmodeltester(qtmodeltester, draft, qtbot, tmp_path, library):
    draft_id, report = draft
    path = export_two(qtbot, report, tmp_path / "c.ogpreport.json")
    edit_both_sides(library, draft_id, report, path)
    model = MergeConflictsModel(merge_contribution(report, read_report(path)).conflicts, load_template())
    qtmodeltester.check(model)
    model.set_choice(0, "theirs")
    assert model.data(model.index(0, 3)) == "Take theirs"
    assert model.data(model.index(1, 3)) == "(choose)"
    qtmodeltester.check(model)


def test_a_commitment_the_contributor_removed_is_asked_about(qtbot, draft, tmp_path):
    _, report = draft
    path = export_two(qtbot, report, tmp_path / "c.ogpreport.json")
    contribution = read_report(path)
    contribution.remove("commitments", 1)  # they dropped EE0044
    result = merge_contribution(report, contribution)
    dialog = MergeDialog(result, load_template(), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1 and dialog.model.label(0) == "Commitment 6"
    dialog.table.selectRow(0)
    assert dialog.theirs_edit.toPlainText() == "(removed in this version)"
    mine = dialog.ours_edit.toPlainText()
    assert "Title: Engagement capacity of state bodies" in mine and "Milestones: " in mine
    assert not dialog.grab().isNull()  # it paints (no file: /tmp is shared)
    qtbot.mouseClick(dialog.all_theirs_button, Qt.MouseButton.LeftButton)  # never removes a whole row
    assert dialog.model.choice(0) is None and not dialog.apply_button.isEnabled()
    assert dialog.open_label.text() == "1 conflict(s) still to decide"
    dialog.theirs_radio.click()
    dialog.accept()
    assert dialog.merged is not None
    assert "EE0044" not in [c["ogp_id"] for c in dialog.merged.report.values["commitments"]]


def test_refusals_speak_the_interface_language_and_another_report_is_asked(
        qtbot, library, draft, tmp_path, prompts_recorder):
    from PySide6.QtCore import QLocale

    draft_id, report = draft
    path = export_two(qtbot, report, tmp_path / "c.ogpreport.json")
    contribution = read_report(path)
    contribution.set("commitments[0].additional_info", "Budget: 10 000 EUR.")
    contribution.meta["contribution"]["report_id"] = "another report"
    write_report(contribution, path)
    plain = tmp_path / "plain.ogpreport.json"
    write_report(read_report(DEMO), plain)
    before = QLocale()
    QLocale.setDefault(QLocale("et_EE"))  # what the language switcher does for Estonian
    try:
        assert not merge_contribution_into(None, library, draft_id, report, str(plain))
        assert prompts_recorder.named("error")[-1][2].startswith("see fail pole panusefail")

        prompts_recorder.answer("ask_yes_no", False)
        assert not merge_contribution_into(None, library, draft_id, report, str(path))
        assert prompts_recorder.named("ask_yes_no")[-1][2].startswith("see panus tehti teisest aruandest")
        assert report.get(f"commitments[{FIRST}].additional_info") != "Budget: 10 000 EUR."

        prompts_recorder.answer("ask_yes_no", True)
        assert merge_contribution_into(None, library, draft_id, report, str(path))
        assert report.get(f"commitments[{FIRST}].additional_info") == "Budget: 10 000 EUR."
    finally:
        QLocale.setDefault(before)


def test_a_contribution_without_a_report_id_is_asked_about_in_those_words(
        qtbot, library, draft, tmp_path, prompts_recorder):
    draft_id, report = draft
    path = export_two(qtbot, report, tmp_path / "c.ogpreport.json")
    contribution = read_report(path)
    contribution.set("commitments[0].additional_info", "Budget: 10 000 EUR.")
    del contribution.meta["contribution"]["report_id"]
    write_report(contribution, path)
    prompts_recorder.answer("ask_yes_no", True)
    assert merge_contribution_into(None, library, draft_id, report, str(path))
    question = prompts_recorder.named("ask_yes_no")[-1][2]
    assert question.startswith("this contribution carries no report id, so nothing shows it was made from ")
    assert "another report" not in question
    assert report.get(f"commitments[{FIRST}].additional_info") == "Budget: 10 000 EUR."


def test_the_merge_dialog_says_when_the_report_has_no_record_of_sending_it(qtbot, draft, tmp_path):
    _, report = draft
    path = export_two(qtbot, report, tmp_path / "c.ogpreport.json")  # the dialog noted it in *report*
    contribution = read_report(path)
    contribution.remove("commitments", 1)  # a conflict, so the dialog shows
    noted = merge_contribution(report, contribution)
    dialog = MergeDialog(noted, load_template(), "en")
    qtbot.addWidget(dialog)
    assert "no record of sending" not in dialog.summary_label.text()
    report.meta["sent_contributions"] = []  # a report that never noted it (made before notes, or elsewhere)
    dialog = MergeDialog(merge_contribution(report, contribution), load_template(), "en")
    qtbot.addWidget(dialog)
    assert "\n• this report has no record of sending this contribution; it was merged only for the commitments " \
           "the file itself lists (EE0042, EE0044)." in dialog.summary_label.text()


def test_an_unnumbered_milestone_is_refused_in_the_app_naming_it(qtbot, library, draft, tmp_path, prompts_recorder):
    draft_id, report = draft
    path = export_two(qtbot, report, tmp_path / "c.ogpreport.json")
    contribution = read_report(path)
    contribution.set("commitments[0].milestones[0].end", "2018-12")
    write_report(contribution, path)
    report.insert(f"commitments[{FIRST}].milestones", 0, {"activity": "Coordinator's new step"})  # no number
    before = report.get(f"commitments[{FIRST}].milestones")
    assert not merge_contribution_into(None, library, draft_id, report, str(path))
    assert prompts_recorder.named("error")[-1][2] == (
        "Milestones row 1 of commitment EE0042 in the report has no Number, so the contribution cannot be matched "
        "to it safely; give it one and merge again. Nothing was merged.")
    assert report.get(f"commitments[{FIRST}].milestones") == before
