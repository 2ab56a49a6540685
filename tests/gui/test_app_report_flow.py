"""End to end through the real window: create, type, save, close, reopen, undo, redo."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from ogp_desktop.gui.library.new_report_dialog import NewReportDialog
from ogp_desktop.store.library import Library
from tests.gui.conftest import stop_session, type_into


def fill_new_report(dialog: QDialog, qtbot, country: str = "Estonia",
                    plan: str = "Estonia's Fourth Action Plan 2018-2020") -> bool:
    assert isinstance(dialog, NewReportDialog)
    qtbot.keyClicks(dialog.ui.country_edit, country)
    qtbot.keyClicks(dialog.ui.plan_title_edit, plan)
    dialog.ui.plan_start_edit.setDate(QDate(2018, 9, 1))
    dialog.ui.plan_end_edit.setDate(QDate(2020, 8, 1))
    dialog.ui.report_type_combo.setCurrentIndex(dialog.ui.report_type_combo.findData("end_of_term"))
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("en"))
    dialog.accept()
    return dialog.result() == QDialog.DialogCode.Accepted


def draft_values(folder: Path) -> dict:
    """The values of the only draft, read straight from its TinyDB file."""
    files = [p for p in (folder / "reports").glob("*.json") if not p.name.endswith(".versions.json")]
    assert len(files) == 1
    doc = json.loads(files[0].read_text(encoding="utf-8"))
    (record,) = doc["draft"].values()  # TinyDB: table "draft", one document
    return record["report"]["values"]


def test_new_report_typed_values_survive_close_and_restart(start_window, prompts_recorder, qtbot, data_dir):
    session = start_window()
    window = session.window
    prompts_recorder.dialog_handler = lambda d: fill_new_report(d, qtbot)
    window.ui.action_new.trigger()
    assert window.current is not None
    assert window.windowTitle() == ("Estonia's Fourth Action Plan 2018-2020: End-of-term self-assessment report"
                                    "[*] — OGP Report Studio")
    assert " errors, " in window.problems_label.text()  # a new report has required fields left
    type_into(qtbot, window, "lead_agency", "Riigikantselei")
    type_into(qtbot, window, "contact_email", "ogp@riigikantselei.ee")
    assert window.isWindowModified()
    window.ui.action_close_report.trigger()
    assert window.current is None
    values = draft_values(data_dir)
    assert values["lead_agency"] == "Riigikantselei"
    assert values["country"] == "Estonia"
    assert values["plan_start"] == "2018-09" and values["plan_end"] == "2020-08"
    stop_session(session)

    again = start_window().window
    assert again.library_widget.model.rowCount() == 1
    again.library_widget.table.selectRow(0)
    again.library_widget.open_action.trigger()
    report = again.current.report
    assert report.get("lead_agency") == "Riigikantselei"
    assert report.get("contact_email") == "ogp@riigikantselei.ee"
    assert report.get("report_type") == "end_of_term"


def test_ctrl_s_saves_at_once(main_window, prompts_recorder, qtbot, data_dir):
    prompts_recorder.dialog_handler = lambda d: fill_new_report(d, qtbot)
    main_window.new_report()
    type_into(qtbot, main_window, "lead_agency", "Government Office")
    qtbot.keyClick(main_window, "s", modifier=qtbot_ctrl())
    assert main_window.save_label.text().startswith("Saved")
    assert not main_window.isWindowModified()
    assert draft_values(data_dir)["lead_agency"] == "Government Office"


def qtbot_ctrl():
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ControlModifier


def test_undo_and_redo_through_the_edit_menu(main_window, prompts_recorder, qtbot):
    prompts_recorder.dialog_handler = lambda d: fill_new_report(d, qtbot)
    main_window.new_report()
    type_into(qtbot, main_window, "lead_agency", "Riigikantselei")
    report = main_window.current.report
    edit_menu = [a.objectName() for a in main_window.ui.menu_edit.actions()]
    assert edit_menu[:2] == ["action_undo", "action_redo"]
    assert main_window.action_undo.isEnabled()
    while main_window.action_undo.isEnabled():
        main_window.action_undo.trigger()
    assert not report.get("lead_agency")
    while main_window.action_redo.isEnabled():
        main_window.action_redo.trigger()
    assert report.get("lead_agency") == "Riigikantselei"


def test_new_report_dialog_refuses_incomplete_input(qtbot):
    from ogp_desktop.template import load_template

    dialog = NewReportDialog([load_template()])
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.problem_label.text() == "Enter the country."
    qtbot.keyClicks(dialog.ui.country_edit, "Eesti")
    qtbot.keyClicks(dialog.ui.plan_title_edit, "Plan")
    dialog.ui.plan_end_edit.setDate(dialog.ui.plan_start_edit.date())
    dialog.accept()
    assert "end after it starts" in dialog.ui.problem_label.text()
    assert dialog.ui.country_edit.accessibleName() == "Country"


def test_library_lists_the_new_draft_and_reads_only_the_store(main_window, prompts_recorder, qtbot, data_dir):
    prompts_recorder.dialog_handler = lambda d: fill_new_report(d, qtbot)
    main_window.new_report()
    main_window.close_report()
    model = main_window.library_widget.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "End-of-term self-assessment report"
    assert model.index(0, 0).data().startswith("Estonia's Fourth Action Plan")
    # the library a command-line user sees holds the same draft
    with Library(data_dir) as other:
        assert other.read_only  # the window still holds the library
        assert [d.title for d in other.list()] == [model.index(0, 0).data()]


def test_new_report_proposes_the_plan_years_from_the_apps_clock(start_window, prompts_recorder):
    """The dialog's dates come from the clock the composition root is given, not the machine's day."""
    from datetime import datetime

    from ogp_desktop.clock import fixed_clock

    window = start_window(clock=fixed_clock(datetime(2031, 6, 15, 12, 0))).window
    proposed: dict[str, str] = {}

    def look(dialog) -> bool:
        assert isinstance(dialog, NewReportDialog)
        proposed["start"] = dialog.ui.plan_start_edit.date().toString("yyyy-MM")
        proposed["end"] = dialog.ui.plan_end_edit.date().toString("yyyy-MM")
        return False

    prompts_recorder.dialog_handler = look
    assert not window.new_report()
    assert proposed == {"start": "2030-09", "end": "2032-08"}  # the plan around the clock's year
