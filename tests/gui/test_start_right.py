"""Starting right: the demonstration says its library is temporary and offers to keep what was written in it."""

from __future__ import annotations

from ogp_desktop.store.library import Library
from tests.gui.conftest import type_into


def test_the_demo_says_it_is_temporary_and_offers_to_keep_drafts(start_window, prompts_recorder, qtbot,
                                                                 data_dir) -> None:
    window = start_window(demo=True).window
    assert window.ui.banner.isVisibleTo(window) and "temporary" in window.ui.banner_label.text()
    type_into(qtbot, window, "lead_agency", "Riigikantselei demo")
    prompts_recorder.answer("ask_yes_no", True)
    assert window.close()
    asked = prompts_recorder.named("ask_yes_no")
    assert asked and "1 report(s)" in asked[0][2]
    kept = Library(data_dir)
    try:
        drafts = kept.list()
        assert len(drafts) == 1
        assert kept.open(drafts[0].id).get("lead_agency").endswith("Riigikantselei demo")
    finally:
        kept.close()


def test_a_demo_left_untouched_quits_without_asking(start_window, prompts_recorder, data_dir) -> None:
    window = start_window(demo=True).window
    assert window.close()
    assert prompts_recorder.named("ask_yes_no") == []


def test_declining_deletes_with_the_demo(start_window, prompts_recorder, qtbot, data_dir) -> None:
    window = start_window(demo=True).window
    type_into(qtbot, window, "lead_agency", " x")
    prompts_recorder.answer("ask_yes_no", False)
    assert window.close()
    assert prompts_recorder.named("ask_yes_no")
    kept = Library(data_dir)
    try:
        assert kept.list() == []
    finally:
        kept.close()


def test_a_plan_imported_as_a_new_report_asks_what_the_plan_does_not_say(start_window, prompts_recorder,
                                                                          tmp_path) -> None:
    import shutil

    from ogp_desktop.gui.collab.plan_import_dialog import PlanImportDialog
    from ogp_desktop.gui.library.new_report_dialog import NewReportDialog
    from tests.gui.test_collab_plan_import import SAMPLE

    plan = tmp_path / "action-plan.csv"
    shutil.copyfile(SAMPLE, plan)
    window = start_window().window
    asked: dict[str, str] = {}

    def answer(dialog):
        if isinstance(dialog, PlanImportDialog):  # a small plan is read at once: import it as a new report
            return dialog.import_button.isEnabled()
        assert isinstance(dialog, NewReportDialog)
        ui = dialog.ui
        asked["start"] = ui.plan_start_edit.date().toString("yyyy-MM")  # prefilled from the commitments
        asked["title_before"] = dialog.title()
        ui.country_edit.setText("Estonia")
        ui.plan_title_edit.setText("Estonia's Third Action Plan 2016-2018")
        ui.report_type_combo.setCurrentIndex(ui.report_type_combo.findData("end_of_term"))
        return True

    prompts_recorder.dialog_handler = answer
    prompts_recorder.answer("open_file", str(plan))
    window.report_menu.action_import_plan.trigger()
    report = window.current.report
    assert report.get("country") == "Estonia" and report.get("report_type") == "end_of_term"
    assert report.title == "Estonia's Third Action Plan 2016-2018: End-of-term self-assessment report"
    assert asked["start"].startswith("2016")
    assert len(report.get("commitments")) == 9
