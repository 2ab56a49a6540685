"""Translation mode of the editor on the real template: states, filter, confirm, undo, badges."""

from __future__ import annotations

from typing import Any

from helpers_editor import real_template
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ogp_desktop import translations
from ogp_desktop.gui.editor.navigator_model import STATUS_ROLE
from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget
from ogp_desktop.gui.translation.translation_model import PATH_ROLE, STATE_ROLE
from ogp_desktop.gui.translation.translation_widget import TranslationWidget
from ogp_desktop.report import Report
from tests.gui.conftest import type_text

TITLE = "commitments[0].title"


def english_report() -> Report:
    return Report({"language": "en", "report_type": "mid_term", "country": "Estonia",
                   "commitments": [{"number": "1", "title": "Openness of the Riigikogu"},
                                   {"number": "2", "title": "Open data"}]})


class Translating:
    """An editor in translation mode, shown and active (typing needs focus)."""

    def __init__(self, qtbot: Any, report: Report, lang: str = "en") -> None:
        self.report = report
        self.stack = QUndoStack()
        self.editor = ReportEditorWidget(report, real_template(), self.stack, lang)
        qtbot.addWidget(self.editor)
        self.editor.resize(1300, 850)
        with qtbot.waitActive(self.editor):
            self.editor.show()
            self.editor.activateWindow()
        self.editor.set_translation_mode(True)
        self.widget = self.editor.translating
        assert isinstance(self.widget, TranslationWidget)
        self.qtbot = qtbot

    def rows(self) -> dict[str, str]:
        m = self.widget.model
        return {m.index(r, 0).data(PATH_ROLE): m.index(r, 0).data(STATE_ROLE) for r in range(m.rowCount())}

    def type_translation(self, path: str, text: str) -> None:
        self.editor.go_to(path)
        assert self.widget.path == path
        self.widget.translation.selectAll()
        type_text(self.qtbot, self.widget.translation, text)
        self.editor.flush_typing()


def test_every_text_value_is_listed_missing_and_typing_makes_it_current(qtbot: Any) -> None:
    t = Translating(qtbot, english_report())
    assert t.widget.target == "et"
    assert t.widget.isVisible() and t.editor.stack.currentWidget() is t.widget
    rows = t.rows()
    # numbers are the same in every language (the template marks them untranslatable)
    assert set(rows) == {"country", TITLE, "commitments[1].title"}
    assert set(rows.values()) == {translations.MISSING}

    t.type_translation(TITLE, "Riigikogu avatus")
    assert t.report.translations["et"][TITLE]["text"] == "Riigikogu avatus"
    assert translations.state(t.report, TITLE, "et") == translations.CURRENT
    assert t.rows()[TITLE] == translations.CURRENT
    assert t.widget.state_label.property("state") == translations.CURRENT
    assert t.widget.source.isReadOnly() and t.widget.source.toPlainText() == "Openness of the Riigikogu"


def test_editing_the_source_turns_the_translation_stale_and_confirm_or_retyping_makes_it_current(
        qtbot: Any) -> None:
    t = Translating(qtbot, english_report())
    t.type_translation(TITLE, "Riigikogu avatus")
    t.editor.editing.set_value(TITLE, "Openness of the Estonian parliament")  # an edit in the form
    assert t.rows()[TITLE] == translations.STALE
    assert t.widget.state_label.property("state") == translations.STALE
    assert t.widget.confirm.isEnabled()
    # The stale translation is still what an Estonian export shows.
    assert translations.text_in(t.report, TITLE, "et") == "Riigikogu avatus"

    qtbot.mouseClick(t.widget.confirm, Qt.MouseButton.LeftButton)
    assert t.rows()[TITLE] == translations.CURRENT
    assert not t.widget.confirm.isEnabled()

    t.editor.editing.set_value(TITLE, "Openness of the Riigikogu, again")
    assert t.rows()[TITLE] == translations.STALE
    t.type_translation(TITLE, "Riigikogu avatus taas")
    assert t.rows()[TITLE] == translations.CURRENT


def test_filter_lists_only_missing_or_stale_values(qtbot: Any) -> None:
    t = Translating(qtbot, english_report())
    t.type_translation(TITLE, "Riigikogu avatus")
    t.type_translation("commitments[1].title", "Avaandmed")
    t.editor.editing.set_value("commitments[1].title", "Open government data")
    t.widget.filters.button(2).click()  # stale
    assert t.rows() == {"commitments[1].title": translations.STALE}
    t.widget.filters.button(1).click()  # missing
    assert set(t.rows()) == {"country"}
    assert t.widget.counts.text() == "1 current, 1 stale, 1 missing"
    t.widget.filters.button(0).click()
    assert len(t.rows()) == 3


def test_a_typing_burst_is_one_undo_step_and_undo_restores_the_state(qtbot: Any) -> None:
    t = Translating(qtbot, english_report())
    t.type_translation(TITLE, "Riigikogu")
    t.type_translation("country", "Eesti")
    assert t.stack.count() == 2
    t.stack.undo()
    assert "country" not in t.report.translations["et"]
    assert t.widget.path == "country" and t.widget.translation.toPlainText() == ""
    t.stack.undo()
    assert t.rows()[TITLE] == translations.MISSING
    t.stack.redo()
    assert t.report.translations["et"][TITLE]["text"] == "Riigikogu"
    assert t.widget.path == TITLE and t.widget.translation.toPlainText() == "Riigikogu"


def test_navigator_scopes_the_list_and_shows_translation_badges(qtbot: Any) -> None:
    t = Translating(qtbot, english_report())
    nav = t.editor.navigator_model
    row_key = "commitments[0]"
    assert nav.index_of(row_key).data(STATUS_ROLE) == "empty"
    t.type_translation(TITLE, "Riigikogu avatus")
    assert nav.index_of(row_key).data(STATUS_ROLE) == "complete"
    assert "1 of 1 translated" in nav.index_of(row_key).data(Qt.ItemDataRole.ToolTipRole)
    t.editor.editing.set_value(TITLE, "Changed")
    assert nav.index_of(row_key).data(STATUS_ROLE) == "warnings"

    t.editor.navigator.setCurrentIndex(nav.index_of("commitments[1]"))
    assert set(t.rows()) == {"commitments[1].title"}
    t.editor.navigator.setCurrentIndex(nav.index_of("commitments"))  # the section: all its rows
    assert set(t.rows()) == {TITLE, "commitments[1].title"}

    t.editor.set_translation_mode(False)
    assert t.editor.stack.currentWidget() is not t.widget
    assert nav.translation_counts is None


def test_read_only_report_cannot_be_translated(qtbot: Any) -> None:
    t = Translating(qtbot, english_report())
    t.editor.set_read_only(True)
    t.editor.go_to(TITLE)
    assert not t.widget.translation.isEnabled() or t.widget.translation.isReadOnly()
    t.widget.translation.setPlainText("x")
    assert "et" not in t.report.translations or TITLE not in t.report.translations["et"]
    assert t.stack.count() == 0


def test_an_estonian_report_translates_into_english_with_estonian_labels(qtbot: Any) -> None:
    report = english_report()
    report.values["language"] = "et"
    t = Translating(qtbot, report, lang="et")
    assert t.widget.target == "en"
    assert t.widget.title.text() == "Tõlge: inglise keel"
    assert t.widget.model.headerData(1, Qt.Orientation.Horizontal) == "Olek"


def test_the_list_follows_rows_and_emptied_values(qtbot: Any) -> None:
    """Rows removed, undone and emptied texts: the list and states never show a value that is gone."""
    t = Translating(qtbot, english_report())
    t.type_translation("commitments[1].title", "Avaandmed")
    t.editor.editing.remove_row("commitments", 0)
    rows = t.rows()
    assert TITLE in rows and "commitments[1].title" not in rows
    assert rows[TITLE] == translations.CURRENT  # the translation moved up with its row
    assert t.report.translations["et"][TITLE]["text"] == "Avaandmed"
    t.stack.undo()
    assert t.rows()["commitments[1].title"] == translations.CURRENT
    assert t.rows()[TITLE] == translations.MISSING

    t.editor.editing.set_value("country", "")
    assert "country" not in t.rows()
    t.editor.editing.set_value("country", "Eesti Vabariik")
    assert t.rows()["country"] == translations.MISSING
    assert t.widget.counts.text() == "1 current, 0 stale, 2 missing"


def test_changing_the_report_language_turns_the_target_round(qtbot: Any) -> None:
    t = Translating(qtbot, english_report())
    t.type_translation(TITLE, "Riigikogu avatus")
    t.editor.editing.set_value("language", "et")
    assert t.widget.target == "en"
    assert t.widget.title.text() == "Translation into English"
    assert set(t.rows().values()) == {translations.MISSING}  # nothing is in English yet
    t.stack.undo()
    assert t.widget.target == "et" and t.rows()[TITLE] == translations.CURRENT


def test_translation_model_passes_the_model_tester(qtmodeltester) -> None:
    from ogp_desktop.gui.translation.translation_model import TranslationModel

    report = english_report()
    translations.translate(report, TITLE, "et", "Riigikogu avatus")
    model = TranslationModel(report, real_template(), "et")
    qtmodeltester.check(model)
    report.set("commitments[0].title", "Openness of the Estonian Riigikogu")  # now stale
    translations.translate(report, "country", "et", "Eesti")
    qtmodeltester.check(model)
