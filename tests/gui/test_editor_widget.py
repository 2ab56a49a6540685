"""The whole editor on the real template: navigation, problems, badges, commitments, undo focus."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from helpers_editor import real_template, sample_report
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from ogp_desktop.gui.editor.form_page import FormPage
from ogp_desktop.gui.editor.navigator_model import STATUS_ROLE, SUMMARY_KEY
from ogp_desktop.gui.editor.problems_model import PATH_ROLE
from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget
from ogp_desktop.gui.editor.summary_page import SummaryPage
from ogp_desktop.gui.widgets import dialogs
from ogp_desktop.report import Report


class Editor:
    def __init__(self, qtbot: Any, report: Report, lang: str = "en") -> None:
        self.report = report
        self.stack = QUndoStack()
        self.widget = ReportEditorWidget(report, real_template(), self.stack, lang)
        qtbot.addWidget(self.widget)
        self.widget.resize(1300, 850)
        with qtbot.waitActive(self.widget):  # focus assertions need the active window
            self.widget.show()
            self.widget.activateWindow()
        self.qtbot = qtbot

    def page(self) -> Any:
        return self.widget.stack.currentWidget()

    def editor_widget(self, path: str) -> Any:
        page = self.page()
        assert isinstance(page, FormPage)
        return next(b.editor.focus_widget() for b in page.blocks if b.editor.path == path)

    def settle(self) -> None:
        """Wait for the debounced validation."""
        self.qtbot.waitUntil(lambda: not self.widget.validate_timer.isActive())


def small_report(**values: Any) -> Report:
    base = {"report_type": "mid_term", "country": "Estonia",
            "commitments": [{"number": "1", "title": "Openness of the Riigikogu"},
                            {"number": "2", "title": "Open data"},
                            {"number": "3", "title": "Participation in policy making"}]}
    base.update(values)
    return Report(base)


@pytest.fixture
def editor(qtbot: Any) -> Editor:
    return Editor(qtbot, small_report())


def test_starts_on_the_summary_and_validates(editor: Editor) -> None:
    assert isinstance(editor.page(), SummaryPage) and editor.widget.current_key == SUMMARY_KEY
    assert editor.widget.problems  # an almost empty report has many problems
    assert editor.widget.problems_widget.model.rowCount() == len(editor.widget.problems)


def test_problems_model_passes_qtmodeltester(editor: Editor, qtmodeltester: Any) -> None:
    qtmodeltester.check(editor.widget.problems_widget.model)
    editor.widget.problems_widget.model.set_filter("warning")
    qtmodeltester.check(editor.widget.problems_widget.model)
    qtmodeltester.check(editor.widget.navigator_model)


def test_activating_a_problem_focuses_its_field(qtbot: Any) -> None:
    ed = Editor(qtbot, small_report(contact_email="not an address"))
    view = ed.widget.problems_widget.view
    model = ed.widget.problems_widget.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(PATH_ROLE) == "contact_email")
    index = model.index(row, 2)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double click follows a click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert ed.widget.current_key == "cover"
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.text() == "not an address"
    assert focused is ed.editor_widget("contact_email")
    assert ed.widget.guidance.label.text() == real_template().field("contact_email").text("en")  # type: ignore


def test_go_to_a_cell_inside_a_commitment(editor: Editor) -> None:
    editor.report.set("commitments[1].milestones", [{"activity": "Draft"}, {"activity": "Publish"}])
    editor.widget.go_to("commitments[1].milestones[1].activity")
    assert editor.widget.current_key == "commitments[1]"
    page = editor.page()
    table = next(b.editor.table for b in page.blocks if b.editor.field.id == "milestones")
    assert table.current_row() == 1
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)  # the activity's row detail


def test_enter_on_a_problem_jumps_too(qtbot: Any, editor: Editor) -> None:
    view = editor.widget.problems_widget.view
    view.setFocus()
    view.setCurrentIndex(editor.widget.problems_widget.model.index(0, 0))
    path = editor.widget.problems_widget.model.index(0, 0).data(PATH_ROLE)
    with qtbot.waitSignal(editor.widget.problems_widget.problem_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [path]


def test_badge_turns_complete_when_the_required_field_is_filled(qtbot: Any, editor: Editor) -> None:
    index = editor.widget.navigator_model.index_of("introduction")
    assert index.data(STATUS_ROLE) != "complete"
    editor.widget.go_to("national_context")
    qtbot.keyClicks(editor.editor_widget("national_context"), "Estonia has a long tradition of e-government.")
    editor.widget.go_to("priorities")
    editor.report.set("priorities", ["Transparency"])
    editor.settle()
    assert editor.widget.navigator_model.index_of("introduction").data(STATUS_ROLE) == "complete"


def test_inline_marks_show_the_problem_under_the_field(editor: Editor) -> None:
    editor.widget.go_to("contact_email")
    editor.report.set("contact_email", "nope")
    editor.settle()
    block = next(b for b in editor.page().blocks if b.editor.path == "contact_email")
    assert block.problem.isVisible() and block.property("severity") == "warning"
    editor.report.set("contact_email", "ogp@riigikantselei.ee")
    editor.settle()
    assert not block.problem.isVisible()


def test_show_for_hides_plan_development_for_end_of_term(editor: Editor) -> None:
    model = editor.widget.navigator_model
    assert model.index_of("plan_development").isValid()
    editor.widget.go_to("commitments[0]")
    opened = next(b for b in editor.page().blocks if b.editor.field.id == "opened_government")
    assert not opened.isVisibleTo(editor.page())
    editor.widget.go_to("report_type")
    editor.report.set("report_type", "end_of_term")
    assert not model.index_of("plan_development").isValid()
    assert opened.isVisibleTo(opened.parentWidget())
    editor.widget.go_to("dev_timeline_answer")  # hidden: the summary instead of a hidden page
    assert editor.widget.current_key == SUMMARY_KEY


def test_undo_goes_back_to_the_edited_field(qtbot: Any, editor: Editor) -> None:
    editor.widget.go_to("country")
    line = editor.editor_widget("country")
    line.end(False)
    qtbot.keyClicks(line, " (EE)")
    editor.widget.go_to("forum_name")
    qtbot.keyClicks(editor.editor_widget("forum_name"), "Roundtable")
    assert editor.stack.count() == 2
    editor.stack.undo()
    assert editor.widget.current_key == "forum"
    editor.stack.undo()
    assert editor.widget.current_key == "cover"
    assert QApplication.focusWidget() is line and line.text() == "Estonia"
    assert editor.report.get("country") == "Estonia"


def test_edited_is_emitted_for_every_change(qtbot: Any, editor: Editor) -> None:
    with qtbot.waitSignal(editor.widget.edited):
        editor.report.set("country", "Eesti")


def test_add_remove_move_and_renumber_commitments_with_undo(qtbot: Any, editor: Editor,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    w = editor.widget
    w.add_commitment()
    assert editor.report.get("commitments[3].number") == "4"
    assert w.current_key == "commitments[3]"
    assert w.navigator_model.index_of("commitments[3]").data() == "Commitment 4: 4"

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: asked.append(text) or False)
    w.remove_commitment(0)
    assert len(editor.report.get("commitments")) == 4 and "Openness" in asked[0]
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: True)
    w.remove_commitment(0)
    titles = [c.get("title") for c in editor.report.get("commitments")]
    assert titles == ["Open data", "Participation in policy making", None]
    w.move_commitment(1, 0)
    titles = [c.get("title") for c in editor.report.get("commitments")]
    assert titles == ["Participation in policy making", "Open data", None]
    assert w.current_key == "commitments[0]"
    assert editor.page().title.text() == "3. Participation in policy making"
    w.renumber_commitments()
    assert [c.get("number") for c in editor.report.get("commitments")] == ["1", "2", "3"]
    assert editor.stack.count() == 4  # add, remove, move, renumber (one macro)
    editor.stack.undo()
    assert [c.get("number") for c in editor.report.get("commitments")] == ["3", "2", "4"]
    editor.stack.undo()
    editor.stack.undo()
    assert [c.get("title") for c in editor.report.get("commitments")][:3] == [
        "Openness of the Riigikogu", "Open data", "Participation in policy making"]
    assert editor.widget.navigator_model.index_of("commitments[0]").data() == "1. Openness of the Riigikogu"
    page = w.show_page("commitments[0]")
    title = next(b.editor for b in page.blocks if b.editor.field.id == "title")
    assert title.value() == "Openness of the Riigikogu"  # a cached page follows the rows


def test_navigator_buttons_move_the_current_commitment(qtbot: Any, editor: Editor) -> None:
    editor.widget.go_to("commitments[1]")
    qtbot.mouseClick(editor.widget.buttons["move_up"], Qt.MouseButton.LeftButton)
    assert editor.report.get("commitments[0].title") == "Open data"
    assert not editor.widget.buttons["move_up"].isEnabled()


def test_language_switch_relabels(editor: Editor, switch_language: Any) -> None:
    """One LanguageChange reaches every part: no part passes the language on to another."""
    editor.widget.go_to("country")
    switch_language("et")
    page = editor.page()
    assert real_template().section("cover").text("et") in page.title.text()  # type: ignore[union-attr]
    country = real_template().field("country")
    assert country is not None and country.text("et") in editor.widget.guidance.label.text()
    assert editor.widget.problems_widget.title.text().startswith("Probleemid")
    block = next(b for b in page.blocks if b.editor.field.id == "country")  # type: ignore[union-attr]
    assert country.text("et") in QTextDocumentFragment.fromHtml(block.label.text()).toPlainText()
    assert editor.widget.buttons["add"].text() == "Lisa"
    assert editor.widget.navigator_model.index_of(SUMMARY_KEY).data() == "Ülevaade"


def test_read_only_blocks_edits(qtbot: Any, editor: Editor) -> None:
    editor.widget.go_to("country")
    editor.widget.set_read_only(True)
    qtbot.keyClicks(editor.editor_widget("country"), "x")
    editor.widget.add_commitment()
    assert editor.report.get("country") == "Estonia" and editor.stack.count() == 0
    assert not editor.widget.buttons["add"].isEnabled()


def test_summary_lists_what_remains(qtbot: Any, editor: Editor) -> None:
    editor.widget.show_page(SUMMARY_KEY)
    summary = editor.page()
    assert summary.errors.count() == sum(1 for p in editor.widget.problems if p.severity == "error")
    item = summary.errors.item(0)
    with qtbot.waitSignal(summary.problem_activated):
        summary.errors.itemActivated.emit(item)
    assert editor.widget.current_key != SUMMARY_KEY


def test_sample_report_has_no_problems_and_all_complete(qtbot: Any) -> None:
    ed = Editor(qtbot, sample_report())
    assert ed.widget.problems == []
    model = ed.widget.navigator_model
    assert model.index_of("cover").data(STATUS_ROLE) == "complete"
    assert model.index_of("commitments[0]").data(STATUS_ROLE) == "complete"


def test_tab_order_follows_the_form(qtbot: Any, editor: Editor) -> None:
    editor.widget.go_to("country")
    order = ["country", "action_plan_title", "plan_start", "plan_end"]
    for here, there in itertools.pairwise(order):
        assert QApplication.focusWidget() is editor.editor_widget(here)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is editor.editor_widget(there), there


def test_focus_shows_guidance_and_reports_the_path(qtbot: Any, editor: Editor) -> None:
    editor.widget.go_to("country")
    with qtbot.waitSignal(editor.widget.current_path_changed) as blocker:
        editor.editor_widget("lead_agency").setFocus()
    assert blocker.args == ["lead_agency"]
    field = real_template().field("lead_agency")
    assert field is not None
    assert editor.widget.guidance.label.text() == field.text("en")
    assert editor.widget.guidance.text.text() == field.help("en")


def test_leaving_a_field_ends_the_typing_burst(qtbot: Any, editor: Editor) -> None:
    editor.widget.go_to("country")
    qtbot.keyClicks(editor.editor_widget("country"), "a")
    editor.editor_widget("lead_agency").setFocus()
    editor.editor_widget("country").setFocus()
    qtbot.keyClicks(editor.editor_widget("country"), "b")
    assert editor.stack.count() == 2
    editor.widget.flush_typing()
    qtbot.keyClicks(editor.editor_widget("country"), "c")
    assert editor.stack.count() == 3


def test_problem_filter(editor: Editor) -> None:
    panel = editor.widget.problems_widget
    errors = sum(1 for p in editor.widget.problems if p.severity == "error")
    panel.filters.button(1).click()
    assert panel.model.rowCount() == errors
    panel.filters.button(2).click()
    assert panel.model.rowCount() == len(editor.widget.problems) - errors
    panel.filters.button(0).click()
    assert panel.model.rowCount() == len(editor.widget.problems)
    assert f"{errors} errors" in panel.title.text()


def test_restore_of_the_whole_report_refreshes_every_page(editor: Editor) -> None:
    editor.widget.go_to("commitments[2].title")
    replacement = sample_report()
    editor.report.replace_values(replacement.values)
    page = editor.page()
    title = next(b.editor for b in page.blocks if b.editor.field.id == "title")
    assert title.value() == replacement.values["commitments"][2]["title"]
    assert editor.widget.navigator_model.rowCount(editor.widget.navigator_model.index_of("commitments")) == len(
        replacement.values["commitments"])


def test_detach_stops_following_the_report(qtbot: Any, editor: Editor) -> None:
    editor.widget.detach()
    with qtbot.assertNotEmitted(editor.widget.edited):
        editor.report.set("country", "Latvia")
    editor.widget.detach()  # twice is harmless


def test_commitments_section_lists_its_rows(qtbot: Any, editor: Editor) -> None:
    editor.widget.show_page("commitments")
    rows = editor.widget.row_lists[0]
    model = rows.model()
    assert model.rowCount(rows.rootIndex()) == 3
    rows.setFocus()
    rows.setCurrentIndex(model.index(1, 0, rows.rootIndex()))
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    assert editor.widget.current_key == "commitments[1]"
    editor.widget.add_commitment()
    assert model.rowCount(rows.rootIndex()) == 4  # the list follows a reset of the navigator


def _table(editor: Editor, field_id: str) -> Any:
    page = editor.page()
    assert isinstance(page, FormPage)
    return next(b.editor.table for b in page.blocks if b.editor.field.id == field_id)


def test_a_table_with_rows_opens_on_its_first_row_with_its_detail(qtbot: Any) -> None:
    """The demo's milestones once showed an empty, disabled Activity box until a row was clicked."""
    report = sample_report()
    editor = Editor(qtbot, report)
    editor.widget.show_page("commitments[0]")
    table = _table(editor, "milestones")
    assert table.current_row() == 0 and "row 1" in table.detail_box.title()
    activity = next(ed for ed in table.detail_editors if ed.field.id == "activity")
    assert activity.widget.isVisible() and activity.widget.isEnabled()
    assert activity.input.toPlainText() == report.get("commitments[0].milestones[0].activity") != ""


def test_an_empty_table_says_how_to_start_instead_of_showing_empty_boxes(editor: Editor) -> None:
    editor.widget.show_page("commitments[0]")
    table = _table(editor, "milestones")
    assert table.model.rowCount() == 0 and table.current_row() == -1
    assert table.detail_box.title() == "No rows yet. Add one, then write its long texts here."
    assert table.detail_box.isVisible() and not table.detail_body.isVisible()
    table.add_row()  # the first row is current at once, its boxes ready for typing
    assert table.current_row() == 0 and table.detail_body.isVisible() and "row 1" in table.detail_box.title()
    editor.stack.undo()
    assert table.current_row() == -1 and not table.detail_body.isVisible()


def test_an_empty_dates_calendar_opens_on_the_editors_clock(qtbot: Any) -> None:
    """The calendar beside an empty date opens on the app's today (its injected clock)."""
    from datetime import datetime

    from PySide6.QtCore import QDate

    from ogp_desktop.clock import fixed_clock

    report = small_report()
    widget = ReportEditorWidget(report, real_template(), QUndoStack(), "en",
                                clock=fixed_clock(datetime(2031, 6, 15, 12, 0)))
    qtbot.addWidget(widget)
    widget.show_page("cover")
    page = widget.stack.currentWidget()
    date = next(b.editor for b in page.blocks if b.editor.field.kind == "date" and not report.get(b.editor.path))
    date.menu.aboutToShow.emit()
    assert date.calendar.selectedDate() == QDate(2031, 6, 15)
    date.input.setText("2017-09-29")
    date.menu.aboutToShow.emit()
    assert date.calendar.selectedDate() == QDate(2017, 9, 29)


def test_a_long_problems_list_fits_the_rows_in_view_after_layout_and_on_scroll(qtbot: Any) -> None:
    """Over _FIT_ALL_ROWS problems only the rows in view are fitted to their wrapped sentences, once per turn of
    the event loop (a check's result and the resizes it caused each fitted 50 rows on the GUI thread)."""
    from ogp_desktop.gui.editor.problems_widget import ProblemsWidget
    from ogp_desktop.validation import Problem

    panel = ProblemsWidget(real_template(), "en")
    qtbot.addWidget(panel)
    panel.resize(420, 300)
    panel.show()
    long = "This sentence is long enough to wrap onto several lines in a narrow problems panel. " * 3
    problems = [Problem(f"commitments[{i}].title", "error", "required", f"{i}: {long}") for i in range(500)]
    panel.set_problems(problems)
    view = panel.view
    one_line = view.fontMetrics().height() + 8
    qtbot.waitUntil(lambda: view.rowHeight(0) > 2 * one_line)
    assert view.rowHeight(499) < 2 * one_line  # far out of view: not measured
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.rowHeight(499) > 2 * one_line)
