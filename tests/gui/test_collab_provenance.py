"""Provenance sentences and path labels, and choosing conflicts from the keyboard alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ogp_desktop.gui.collab import provenance
from ogp_desktop.gui.collab.merge_dialog import MergeDialog, kept_count
from ogp_desktop.gui.widgets.labels import path_label
from ogp_desktop.interchange import export_contribution, merge_contribution
from ogp_desktop.paths import resource_path
from ogp_desktop.report import Report
from ogp_desktop.reportfile import read_report
from ogp_desktop.template import load_template

DEMO = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")


def test_sentences_for_each_kind_of_entry():
    report = Report({}, meta={"provenance": {
        "commitments[0].results": {"source": "contribution for Ministry of Justice", "at": "2026-11-27T12:05:00Z",
                                   "merged": "2026-11-27T12:05:00Z"},
        "et:commitments[0].title": {"source": "contribution", "at": "2026-11-27T08:00:00Z"},
        "commitments[1].results": {"source": "contribution for Riigikogu"},
        "broken": "not an entry",
    }})
    assert provenance.describe(report, "commitments[0].results") == (
        "Merged from the contribution for Ministry of Justice on 27.11.2026 12:05")  # tests run in UTC
    assert provenance.describe(report, "commitments[0].title", "et") == "Merged from a contribution on 27.11.2026 08:00"
    assert provenance.describe(report, "commitments[1].results") == "Merged from the contribution for Riigikogu"
    assert provenance.describe(report, "commitments[0].title") == ""
    assert provenance.describe(report, "broken") == ""
    assert set(provenance.marked_paths(report)) == {"commitments[0].results", "et:commitments[0].title",
                                                     "commitments[1].results"}
    assert provenance.describe(Report({}), "anything") == ""
    assert provenance.local_stamp("yesterday") == "yesterday"


def test_path_labels_in_both_languages():
    template = load_template()
    assert path_label(template, "commitments[2].milestones[0].status") == (
        "Commitment 3 › Milestone 1 › Status")
    assert path_label(template, "commitments[2].milestones[0].status", "et").startswith("Kohustus 3 › ")
    assert path_label(template, "no_such_field") == "no_such_field"
    assert path_label(template, "meta.title") == "Report details (title)"
    assert path_label(template, "commitments[") == "commitments["


def test_conflicts_chosen_with_the_keyboard(qtbot):
    report = read_report(DEMO)
    contribution = export_contribution(report, ["1", "2"], "Someone")
    for i in (0, 1):
        contribution.set(f"commitments[{i}].results", f"Theirs {i}")
        report.set(f"commitments[{i}].results", f"Mine {i}")
    dialog = MergeDialog(merge_contribution(report, contribution), load_template())
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts only reach the active window
        dialog.show()
        dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)   # row 1: theirs
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)   # row 2: mine
    assert [dialog.model.choice(r) for r in (0, 1)] == ["theirs", "ours"]
    assert dialog.apply_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Apply is the default button
    assert dialog.result() == MergeDialog.DialogCode.Accepted
    assert dialog.merged is not None
    assert dialog.merged.report.get("commitments[0].results") == "Theirs 0"
    assert dialog.merged.report.get("commitments[1].results") == "Mine 1"


def test_kept_counts_own_changes_per_commitment():
    report = read_report(DEMO)
    contribution = export_contribution(report, ["1", "2"], "Someone")
    contribution.set("commitments[0].results", "Theirs")
    report.set("commitments[0].results", "Mine")        # a conflict
    report.set("commitments[1].results", "Mine only")   # kept: the same field, another commitment
    report.set("commitments[1].milestones[0].status", "completed")  # kept, deeper down
    assert kept_count(merge_contribution(report, contribution)) == 2


def test_a_merged_value_edited_afterwards_says_so() -> None:
    from ogp_desktop.interchange import apply_merge, export_contribution, merge_contribution
    from ogp_desktop.report import Report

    ours = Report({"commitments": [{"number": "1", "title": "Avatud andmed", "results": "Algne tekst."}]})
    theirs = export_contribution(ours, ["1"], "Justiitsministeerium")
    theirs.set("commitments[0].results", "Ministeeriumi tekst.")
    apply_merge(ours, merge_contribution(ours, theirs))
    merged = provenance.describe(ours, "commitments[0].results")
    assert merged.startswith("Merged from the contribution for Justiitsministeerium")
    assert "edited here since" not in merged
    ours.set("commitments[0].results", "Koordinaatori parandus.")
    assert provenance.describe(ours, "commitments[0].results") == merged + "; edited here since"
    ours.set("commitments[0].results", "Ministeeriumi tekst.")  # back to the merged text
    assert provenance.describe(ours, "commitments[0].results") == merged
