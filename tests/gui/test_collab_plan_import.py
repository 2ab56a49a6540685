"""Action-plan import through the dialog: the real sample CSV, a bad month on its row, into a new or the open report."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ogp_desktop.gui.collab.plan_import_dialog import PlanImportDialog, run_plan_import
from ogp_desktop.gui.collab.plan_preview_model import (
    MILESTONES,
    PROBLEMS,
    TITLE,
    PlanPreviewModel,
)
from ogp_desktop.store.library import Library

# the interchange tests keep a copy of /work/shared/samples/action-plan-ee-2016-2018.csv in the repo
SAMPLE = Path(__file__).resolve().parents[1] / "interchange" / "data" / "action-plan-ee-2016-2018.csv"
# docs/screenshots are refreshed on request only, so a test run leaves the checkout clean
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SAVE_DOCS = bool(os.environ.get("OGP_SAVE_SCREENSHOTS"))


@pytest.fixture
def plan_csv(tmp_path) -> Path:
    path = tmp_path / "action-plan.csv"
    shutil.copyfile(SAMPLE, path)  # a copy: tests never touch the shared sample
    return path


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library")
    yield lib
    lib.close()


def bad_month_copy(plan_csv: Path) -> Path:
    """Row 5 of the file (commitment 3's milestone) gets month 13."""
    lines = plan_csv.read_text(encoding="utf-8").splitlines()
    assert lines[4].startswith("EE0041,3,")
    cells = lines[4].rsplit(",", 2)  # ..., milestone_start, milestone_end
    lines[4] = f"{cells[0]},2016-13,{cells[2]}"
    bad = plan_csv.with_name("bad-month.csv")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return bad


def test_real_plan_previews_nine_commitments(qtbot, plan_csv, prompts_recorder, qtmodeltester):
    dialog = PlanImportDialog()
    qtbot.addWidget(dialog)
    prompts_recorder.answer("open_file", str(plan_csv))
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        assert dialog.choose_file()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 9
    assert dialog.model.data(dialog.model.index(0, TITLE)) == "e-Tax and Customs Board 2020"
    assert dialog.model.data(dialog.model.index(0, MILESTONES)) == 2
    assert not dialog.current_radio.isEnabled() and dialog.new_radio.isChecked()
    assert dialog.import_button.isEnabled()
    assert "9 commitment(s)" in dialog.status_label.text()
    dialog.show()
    assert not dialog.grab().isNull()  # it paints (no file: /tmp is shared)


def test_big_file_parses_on_a_thread(qtbot, plan_csv):
    dialog = PlanImportDialog(inline_bytes=0)  # everything counts as big
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000) as blocker:
        dialog.load(str(plan_csv))
        assert not dialog.choose_button.isEnabled()  # still parsing
    assert blocker.args[0] is not None and len(blocker.args[0].commitments) == 9
    assert dialog.model.rowCount() == 9 and dialog.choose_button.isEnabled()


def test_bad_month_is_shown_on_its_row(qtbot, plan_csv, qtmodeltester):
    bad = bad_month_copy(plan_csv)
    dialog = PlanImportDialog(inline_bytes=0)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.load(str(bad))
    qtmodeltester.check(dialog.model)
    problems = [(dialog.problems.topLevelItem(i).text(0), dialog.problems.topLevelItem(i).text(1))
                for i in range(dialog.problems.topLevelItemCount())]
    assert ("5", "milestone_start") in problems
    model = dialog.model
    assert model.data(model.index(2, PROBLEMS)) == 1  # commitment 3 carries it
    tooltip = model.data(model.index(2, TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "Row 5, milestone_start" in tooltip and "not a month" in tooltip
    assert model.data(model.index(2, TITLE), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, PROBLEMS)) == ""  # the others are clean
    assert model.data(model.index(0, TITLE), Qt.ItemDataRole.BackgroundRole) is None
    dialog.show()
    dialog.resize(900, 600)
    assert not dialog.grab().isNull()  # it paints (no file: /tmp is shared)
    if SAVE_DOCS:
        dialog.grab().save(str(SCREENSHOTS / "plan-import.png"))
    item = next(dialog.problems.topLevelItem(i) for i in range(dialog.problems.topLevelItemCount())
                if dialog.problems.topLevelItem(i).text(0) == "5")
    dialog.on_problem_activated(item, 0)
    assert dialog.table.selectionModel().selectedRows()[0].row() == 2


def test_unusable_file_gives_one_message(qtbot, tmp_path):
    dialog = PlanImportDialog()
    qtbot.addWidget(dialog)
    wrong = tmp_path / "notes.csv"
    wrong.write_text("name,comment\nAnna,hello\n", encoding="utf-8")
    dialog.load(str(wrong))
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert dialog.status_label.text().startswith("notes.csv: ")
    dialog.load(str(tmp_path / "missing.csv"))
    assert "no such file" in dialog.status_label.text()


def test_import_into_a_new_draft(qtbot, plan_csv, library, prompts_recorder):
    prompts_recorder.answer("open_file", str(plan_csv))

    def accept(dialog: PlanImportDialog) -> bool:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return dialog.result() == PlanImportDialog.DialogCode.Accepted

    prompts_recorder.dialog_handler = accept
    draft_id = run_plan_import(None, library)
    assert draft_id is not None
    report = library.open(draft_id)
    assert len(report.values["commitments"]) == 9
    assert report.values["commitments"][8]["lead_agency"] == "Ministry of Education and Research"


def test_import_into_the_open_report_shows_changes_first(qtbot, plan_csv, library, prompts_recorder):
    draft_id = library.create({"country": "Estonia"}, title="Mid-term")
    report = library.open(draft_id)
    report.set("commitments", [{"ogp_id": "EE0039", "number": "1", "title": "Our own title"}])
    library.save(draft_id, report)
    stack = QUndoStack()
    prompts_recorder.answer("open_file", str(plan_csv))
    seen: dict[str, str] = {}

    def accept(dialog: PlanImportDialog) -> bool:
        assert dialog.current_radio.isChecked()
        seen["changes"] = dialog.changes.toPlainText()
        assert report.get("commitments[1]") is None  # the preview ran on a copy
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        return True

    prompts_recorder.dialog_handler = accept
    assert run_plan_import(None, library, draft_id, report, stack) == draft_id
    assert "added commitment EE0040 Zero-bureaucracy project" in seen["changes"]
    assert "kept commitments[0].title as written" in seen["changes"]
    assert len(report.values["commitments"]) == 9
    assert report.get("commitments[0].title") == "Our own title"  # a person's value is never overwritten
    assert any(v.reason.startswith("Before importing the action plan") for v in library.versions(draft_id))
    stack.undo()
    assert len(report.values["commitments"]) == 1 and "plan_import" not in report.meta


def test_preview_model_on_its_own(qtmodeltester):
    model = PlanPreviewModel()
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Title"


def test_closing_while_a_big_file_is_read(qtbot, plan_csv, tmp_path):
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    dialog = PlanImportDialog(inline_bytes=0)
    dialog.load(str(plan_csv))
    dialog.reject()
    dialog.deleteLater()
    QApplication.processEvents()
    assert QThreadPool.globalInstance().waitForDone(10_000)  # the job ends quietly; nothing is left waiting

    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a;b\n1;2\n", encoding="utf-8")
    other = PlanImportDialog(inline_bytes=0)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.loaded, timeout=10_000) as blocker:
        other.load(str(wrong))
    assert blocker.args == [None]
    assert other.status_label.text().startswith("wrong.csv: ") and other.choose_button.isEnabled()


def test_xlsx_plan_with_a_title_line_marks_the_right_row(qtbot, plan_csv, tmp_path):
    import csv

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Estonia's action plan 2016-2018"])  # a title line above the header, as ministries send them
    with plan_csv.open(encoding="utf-8", newline="") as fh:
        for cells in csv.reader(fh):
            sheet.append(cells)
    sheet["J6"] = "13.2016"  # spreadsheet row 6: commitment 3's milestone start
    path = tmp_path / "plan.xlsx"
    workbook.save(path)
    workbook.close()
    dialog = PlanImportDialog(inline_bytes=0)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.load(str(path))
    assert dialog.model.rowCount() == 9
    rows = {dialog.problems.topLevelItem(i).text(0) for i in range(dialog.problems.topLevelItemCount())}
    assert {"1", "6"} <= rows  # the skipped title line, and the bad month
    assert dialog.model.data(dialog.model.index(2, PROBLEMS)) == 1
    assert [dialog.model.data(dialog.model.index(r, PROBLEMS)) for r in (0, 1, 3)] == ["", "", ""]


def test_a_newer_load_wins_over_one_still_running(qtbot, plan_csv, tmp_path):
    from PySide6.QtCore import QThreadPool

    small = tmp_path / "one.csv"
    small.write_text("ogp_id,number,title\nEE0001,1,Only one\n", encoding="utf-8")
    dialog = PlanImportDialog(inline_bytes=0)
    qtbot.addWidget(dialog)
    dialog.load(str(plan_csv))
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.load(str(small))
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # let any late result of the first file arrive: it must be ignored
    assert dialog.model.rowCount() == 1 and dialog.path == str(small)
