"""Starting right: the demonstration says its library is temporary and offers to keep what was written in it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

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
        asked["period_shown"] = ui.period_start_edit.isVisibleTo(dialog) and ui.period_end_edit.isVisibleTo(dialog)
        asked["type_before"] = ui.report_type_combo.currentData()
        asked["plan_start"] = ui.plan_start_edit.date().toString("yyyy-MM")
        asked["period"] = (ui.period_start_edit.date().toString("yyyy-MM-dd"),
                           ui.period_end_edit.date().toString("yyyy-MM-dd"))
        ui.country_edit.setText("Estonia")
        ui.plan_title_edit.setText("Estonia's Third Action Plan 2016-2018")
        ui.report_type_combo.setCurrentIndex(ui.report_type_combo.findData("end_of_term"))
        asked["end_of_term_period"] = (ui.period_start_edit.date().toString("yyyy-MM-dd"),
                                       ui.period_end_edit.date().toString("yyyy-MM-dd"))
        ui.period_start_edit.setDate(QDate(2016, 9, 1))  # the user's own period wins
        ui.period_end_edit.setDate(QDate(2018, 8, 31))
        ui.plan_end_edit.setDate(ui.plan_end_edit.date().addMonths(1))  # and no longer follows the plan
        return True

    prompts_recorder.dialog_handler = answer
    prompts_recorder.answer("open_file", str(plan))
    window.report_menu.action_import_plan.trigger()
    report = window.current.report
    assert report.get("country") == "Estonia" and report.get("report_type") == "end_of_term"
    assert report.title == "Estonia's Third Action Plan 2016-2018: End-of-term self-assessment report"
    assert asked["start"].startswith("2016")
    assert len(report.get("commitments")) == 9
    # the reporting period is asked, prefilled with the plan's first year for a mid-term report, and stored
    assert asked["period_shown"] and asked["type_before"] == "mid_term"
    year, month = (int(x) for x in asked["plan_start"].split("-"))
    assert asked["period"] == (f"{year:04d}-{month:02d}-01",
                               QDate(year + 1, month, 1).addDays(-1).toString("yyyy-MM-dd"))
    assert asked["end_of_term_period"][0] == asked["period"][0]
    assert asked["end_of_term_period"][1] > asked["period"][1]  # an end-of-term report covers the whole plan
    roles = window.current.template.roles
    assert (report.get(roles.period_start), report.get(roles.period_end)) == ("2016-09-01", "2018-08-31")


def test_the_mid_term_period_is_the_plan_s_first_year(qtbot) -> None:
    from ogp_desktop.gui.library.new_report_dialog import NewReportDialog
    from ogp_desktop.template import load_template

    template = load_template()
    roles = template.roles
    dialog = NewReportDialog([template])
    qtbot.addWidget(dialog)
    dialog.ask_period()
    dialog.prefill({roles.plan_start: "2020-09", roles.plan_end: "2022-08", roles.report_type: "mid_term",
                    roles.country: "Estonia", roles.plan_title: "Plan"})
    values = dialog.values()
    assert (values[roles.period_start], values[roles.period_end]) == ("2020-09-01", "2021-08-31")
    dialog.ui.report_type_combo.setCurrentIndex(dialog.ui.report_type_combo.findData("end_of_term"))
    assert dialog.values()[roles.period_end] == "2022-08-31"
    dialog.ui.period_end_edit.setDate(QDate(2020, 8, 1))  # before it starts: refused
    assert dialog.problem()
    plain = NewReportDialog([template])  # File > New report does not ask it
    qtbot.addWidget(plain)
    assert roles.period_start not in plain.values() and not plain.ui.period_start_edit.isVisibleTo(plain)


@pytest.mark.parametrize("lang", ["en", "et"])
def test_the_questions_fit_a_laptop(qtbot, switch_language, lang: str) -> None:
    from ogp_desktop.gui.library.new_report_dialog import NewReportDialog
    from ogp_desktop.template import load_template

    switch_language(lang)
    dialog = NewReportDialog([load_template()], lang)
    qtbot.addWidget(dialog)
    dialog.ask_period()
    dialog.show()
    assert lang == "en" or "Aruandeperioodi" in dialog.ui.period_start_label.text()
    hint = dialog.sizeHint()
    assert hint.width() <= 1024 and hint.height() <= 640


@pytest.mark.parametrize(("lang", "shown"), [("en", ("2020-09", "2021-09-01")), ("et", ("09.2020", "01.09.2021"))])
def test_the_dates_read_as_the_language_writes_them(qtbot, switch_language, lang: str, shown) -> None:
    """An Estonian reader writes a date 01.09.2021, not 2021-09-01 (the value stays ISO)."""
    from ogp_desktop.gui.library.new_report_dialog import NewReportDialog
    from ogp_desktop.template import load_template

    switch_language(lang)
    template = load_template()
    dialog = NewReportDialog([template], lang)
    qtbot.addWidget(dialog)
    dialog.ask_period()
    dialog.ui.plan_start_edit.setDate(QDate(2020, 9, 1))
    dialog.ui.period_start_edit.setDate(QDate(2021, 9, 1))
    assert (dialog.ui.plan_start_edit.text(), dialog.ui.period_start_edit.text()) == shown
    assert dialog.values()[template.roles.period_start] == "2021-09-01"


def test_a_draft_damaged_while_the_app_was_closed_is_announced_at_start(start_window, data_dir) -> None:
    """The library's first listing repairs it; the window must say so, not only the log."""
    from tests.gui.test_app_refusals_in_estonian import REPORT

    with Library(data_dir) as lib:
        draft_id = lib.import_file(REPORT)
        lib.save(draft_id, lib.open(draft_id))  # the first file becomes backup generation .1
        lib.list()
    (data_dir / "reports" / f"{draft_id}.json").write_bytes(b"")
    window = start_window().window
    assert window.ui.banner.isVisibleTo(window)
    text = window.ui.banner_label.text()
    assert text.startswith('The file of the draft "Lõpparuanne 2016–2018 (parandatud)" was damaged'), text
    assert f"restored from the automatic backup {draft_id}.json.1" in text
    assert window.open_draft(draft_id)  # and the restored draft opens


def test_no_full_collection_while_a_report_is_open(start_window, data_dir, qtbot) -> None:
    import gc

    from tests.gui.test_app_refusals_in_estonian import REPORT

    with Library(data_dir) as lib:
        draft_id = lib.import_file(REPORT)
    window = start_window().window
    usual = gc.get_threshold()
    assert window.open_draft(draft_id)
    assert gc.get_threshold()[2] >= 2**30  # a full one would walk the whole report on the GUI thread
    assert window.close_report()
    qtbot.waitUntil(lambda: gc.get_threshold() == usual)  # in a turn of its own, once the editor is deleted
