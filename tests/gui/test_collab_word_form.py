"""Word forms from the app: Report > Ask for input as a Word form…, and a filled form merged with its comments."""

from __future__ import annotations

from pathlib import Path

from ogp_desktop.gui.collab.contribution_export_dialog import ContributionExportDialog
from ogp_desktop.gui.collab.merge_dialog import CONTRIBUTION_FILTER, MergeDialog
from ogp_desktop.interchange.wordform_read import read_form
from ogp_desktop.interchange.wordform_write import write_form
from ogp_desktop.template import load_template
from tests.wordform_fill import WordForm


def test_ask_for_input_as_a_word_form_from_the_menu(start_window, prompts_recorder, tmp_path: Path) -> None:
    session = start_window(demo=True)
    window = session.window
    menu = window.report_menu
    assert menu.action_word_form.isEnabled()
    assert menu.action_word_form.text().replace("&", "") == "Ask for input as a Word form…"
    target = tmp_path / "for the board.docx"
    seen: dict[str, object] = {}

    def fill_in(dialog: ContributionExportDialog) -> bool:
        seen["title"] = dialog.windowTitle()
        dialog.check(["EE0039"])
        seen["suggested"] = dialog.file_edit.text()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("et"))
        dialog.file_edit.setText(str(target))
        dialog.export_button.click()
        return dialog.result() == ContributionExportDialog.DialogCode.Accepted

    prompts_recorder.dialog_handler = fill_in
    messages: list[str] = []
    menu.message.connect(messages.append)
    menu.action_word_form.trigger()

    assert seen["title"] == "Ask for input as a Word form" and str(seen["suggested"]).endswith(".docx")
    assert messages == ["Wrote the Word form for the board.docx."]
    reading = read_form(target, load_template())
    assert reading.contribution.meta["contribution"]["commitments"] == ["EE0039"]
    assert reading.contribution.meta["contribution"]["for"] == "Tax and Customs Board"
    assert "Tulemused" in WordForm(target).sdts("commitments[0].results")[0].find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdtPr")[0].values()


def test_a_filled_form_merges_with_its_comment_beside_the_conflict(start_window, prompts_recorder,
                                                                    tmp_path: Path) -> None:
    session = start_window(demo=True)
    window = session.window
    report = window.current.report
    form_path = tmp_path / "sent.docx"
    write_form(report, load_template(), ["EE0041"], form_path, "en", "e-Governance Academy")
    form = WordForm(form_path)
    form.fill("commitments[0].results", "<w:r><w:t>Two pilot municipalities adopted the plan.</w:t></w:r>")
    form.comment("commitments[0].results", "Kadri", "The third one signs in May.")
    form.fill("commitments[0].next_steps", "<w:r><w:t>Share the guidance.</w:t></w:r>")
    filled = form.save(tmp_path / "filled.docx")
    report.set("commitments[2].results", "The coordinator's own line.")
    window.save()
    prompts_recorder.answer("open_file", str(filled))
    seen: dict[str, object] = {}

    def settle(dialog: MergeDialog) -> bool:
        dialog.show()
        dialog.table.selectRow(0)
        seen["comment"] = dialog.comment_label.text() if dialog.comment_label.isVisibleTo(dialog) else ""
        seen["summary"] = dialog.summary_label.text()
        dialog.resize(1000, 640)
        dialog.grab().save(str(tmp_path / "merge-word-form.png"))
        dialog.all_theirs_button.click()
        dialog.apply_button.click()
        return dialog.result() == MergeDialog.DialogCode.Accepted

    prompts_recorder.dialog_handler = settle
    window.report_menu.action_merge_contribution.trigger()

    assert "*.docx" in CONTRIBUTION_FILTER.split(";;")[0]
    assert seen["comment"] == "Comment by Kadri on Commitment 3 › Results: The third one signs in May."
    assert "Comment by Kadri on Commitment 3 › Results: The third one signs in May." in str(seen["summary"])
    assert report.get("commitments[2].results") == "Two pilot municipalities adopted the plan."
    assert report.get("commitments[2].next_steps") == "Share the guidance."
    assert (tmp_path / "merge-word-form.png").stat().st_size > 10_000


def test_a_hostile_form_is_refused_with_its_sentence_and_nothing_changes(start_window, prompts_recorder,
                                                                         tmp_path: Path) -> None:
    session = start_window(demo=True)
    window = session.window
    report = window.current.report
    before = report.to_dict()["values"]
    form_path = tmp_path / "sent.docx"
    write_form(report, load_template(), ["EE0041"], form_path, "en")
    hostile = tmp_path / "sent.docm"
    hostile.write_bytes(form_path.read_bytes())
    prompts_recorder.answer("open_file", str(hostile))
    window.report_menu.action_merge_contribution.trigger()
    errors = prompts_recorder.named("error")
    assert len(errors) == 1 and "macro-enabled documents (.docm) are not read" in str(errors[0][2])
    assert report.to_dict()["values"] == before
