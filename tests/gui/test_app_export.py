"""Export from the dialog on a worker thread: real DOCX and PDF read back, cancel, failures."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import pytest

from ogp_desktop.gui.export.export_dialog import ExportDialog, file_stem
from ogp_desktop.report import Report
from ogp_desktop.validation import validate
from tests.gui.conftest import type_into

TYPED = "Avatud valitsemise kaasamine Põltsamaal"


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def open_report(main_window):
    draft_id = main_window.library.add(Report(
        {"country": "Estonia", "action_plan_title": "Fourth Action Plan", "report_type": "mid_term",
         "language": "en"}, meta={"title": "Export test"}))
    main_window.library_widget.refresh()
    assert main_window.open_draft(draft_id)
    return main_window


def run_export(qtbot, dialog: ExportDialog, folder: Path, *, cancel: bool = False) -> None:
    dialog.ui.folder_edit.setText(str(folder))
    dialog.export_button.click()
    assert dialog.worker is not None
    if cancel:
        dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=60_000)


def test_typed_text_reaches_docx_and_pdf(open_report, prompts_recorder, qtbot, tmp_path):
    window = open_report
    type_into(qtbot, window, "national_context", TYPED)
    out = tmp_path / "out"
    out.mkdir()
    seen = {}

    def handle(dialog):
        # Just typed: the editor's check is still to come, and the dialog waits for it, not the user
        seen["checking"] = dialog.ui.final_note.text(), dialog.ui.final_radio.isEnabled()
        qtbot.waitUntil(lambda: dialog.errors is not None)
        seen["final_enabled"] = dialog.ui.final_radio.isEnabled()
        seen["note"] = dialog.ui.final_note.text()
        dialog.ui.open_check.setChecked(True)
        run_export(qtbot, dialog, out)
        seen["status"] = dialog.ui.status_label.text()
        seen["progress"] = dialog.ui.progress.value()
        return True

    prompts_recorder.dialog_handler = handle
    window.ui.action_export.trigger()
    assert prompts_recorder.named("error") == []
    assert seen["checking"] == ("Checking the report for errors…", False)
    assert not seen["final_enabled"] and "error(s) are left" in seen["note"]  # the report is incomplete
    assert seen["progress"] == 100 and seen["status"].startswith("Exported ")
    stem = file_stem("Export test")
    assert sorted(p.name for p in out.iterdir()) == [f"{stem}.docx", f"{stem}.pdf"]  # no temp files left
    assert TYPED in docx_text(out / f"{stem}.docx")
    assert TYPED in " ".join(pdf_text(out / f"{stem}.pdf").split())
    assert "DRAFT" in pdf_text(out / f"{stem}.pdf").upper()
    assert window.settings.export_folder == str(out)
    assert [args[0] for args in prompts_recorder.named("open_path")] == [str(out / f"{stem}.docx"),
                                                                         str(out / f"{stem}.pdf")]


def test_cancel_leaves_no_file_and_keeps_an_older_export(open_report, prompts_recorder, qtbot, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    older = out / f"{file_stem('Export test')}.docx"
    older.write_bytes(b"an older export")
    status = {}

    def handle(dialog):
        dialog.ui.pdf_check.setChecked(True)
        run_export(qtbot, dialog, out, cancel=True)
        status["text"] = dialog.ui.status_label.text()
        return False

    prompts_recorder.answer("ask_yes_no", True)  # replace the older file? yes
    prompts_recorder.dialog_handler = handle
    open_report.export()
    assert status["text"] == "Export cancelled; no file was written."
    assert [p.name for p in out.iterdir()] == [older.name]
    assert older.read_bytes() == b"an older export"


def test_a_failed_export_is_shown_and_leaves_nothing(open_report, prompts_recorder, qtbot, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / f"{file_stem('Export test')}.pdf").mkdir()  # a folder where the PDF should go

    def handle(dialog):
        dialog.ui.docx_check.setChecked(True)
        run_export(qtbot, dialog, out)
        return False

    prompts_recorder.answer("ask_yes_no", True)
    prompts_recorder.dialog_handler = handle
    open_report.export()
    ((_, title, message, details),) = prompts_recorder.named("error")
    assert title == "Export failed" and message
    assert ".partial" not in message
    assert sorted(p.name for p in out.iterdir()) == [f"{file_stem('Export test')}.pdf"]


def test_the_dialog_counts_the_editors_newest_check(open_report, qtbot):
    # Export opens at once with the editor's latest check (validating here took a second at 2,000
    # commitments on the GUI thread) and follows any newer one; a final export validates again anyway.
    window = open_report
    editor, report = window.current.editor, window.current.report
    qtbot.waitUntil(lambda: editor.error_count() is not None)
    expected = sum(1 for p in validate(report, window.current.template) if p.severity == "error")
    assert editor.error_count() == expected > 0
    report.set("action_plan_title", "Fifth Action Plan")
    assert editor.error_count() is None  # changed since the check
    dialog = ExportDialog(report, window.current.template, window.settings, errors=editor.error_count())
    editor.problems_changed.connect(dialog.set_problems)
    assert not dialog.ui.final_radio.isEnabled() and dialog.ui.draft_radio.isChecked()
    qtbot.waitUntil(lambda: dialog.errors is not None)
    assert dialog.errors == expected and not dialog.ui.final_radio.isEnabled()
    assert f"{expected} error(s) are left" in dialog.ui.final_note.text()
    dialog.set_problems([p for p in editor.problems if p.severity != "error"])  # all errors put right
    assert dialog.ui.final_radio.isEnabled() and not dialog.ui.final_radio.isChecked()  # the user's choice stays
    dialog.close()


def test_dialog_refuses_no_format_and_missing_folder(open_report, qtbot, tmp_path):
    window = open_report
    dialog = ExportDialog(window.current.report, window.current.template, window.settings, errors=0)
    qtbot.addWidget(dialog)
    assert dialog.ui.final_radio.isEnabled()
    dialog.ui.docx_check.setChecked(False)
    dialog.ui.pdf_check.setChecked(False)
    dialog.export_button.click()
    assert dialog.worker is None and dialog.ui.status_label.text() == "Choose Word, PDF or both."
    dialog.ui.docx_check.setChecked(True)
    dialog.ui.folder_edit.setText(str(tmp_path / "missing"))
    dialog.export_button.click()
    assert dialog.worker is None and "does not exist" in dialog.ui.status_label.text()
    names = [w.accessibleName() for w in (dialog.ui.docx_check, dialog.ui.pdf_check, dialog.ui.language_combo,
                                           dialog.ui.folder_edit, dialog.ui.name_edit, dialog.ui.open_check)]
    assert all(names)


def test_dialog_says_how_many_values_stay_untranslated(open_report, qtbot):
    """An export is in one language: choosing the other one says what has no translation, and where."""
    window = open_report
    report = window.current.report
    dialog = ExportDialog(report, window.current.template, window.settings, errors=0)
    qtbot.addWidget(dialog)
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("en"))
    assert "translated" not in dialog.ui.final_note.text()  # the report's own language
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("et"))
    note = dialog.ui.final_note.text()
    assert "2 value(s) are not translated into Estonian and will stay in English" in note
    country = window.current.template.field(window.current.template.roles.country).text("et")
    assert country in note


def test_file_stem_is_safe_everywhere():
    assert file_stem('a/b:c*?"<>|') == "a_b_c"
    assert file_stem("...") == "report"


def test_cancel_stops_inside_a_long_pdf(qtbot, tmp_path):
    """Progress arrives page by page inside the PDF step, and Cancel takes effect there."""
    from ogp_desktop.document.synthetic import generate_report
    from ogp_desktop.gui.export.export_worker import ExportJob, ExportWorker
    from ogp_desktop.template import load_template

    template = load_template()
    target = tmp_path / "big.pdf"
    worker = ExportWorker(ExportJob(generate_report(template, commitments=30), template, "en", None, target))
    seen: list[int] = []

    def on_progress(percent: int, _step: str) -> None:
        seen.append(percent)
        if 67 < percent < 100:  # validate and build are 1/3 and 2/3; this is a page of the PDF
            worker.cancel()

    # Direct: the flag is set on the worker thread at once, so the test measures where the
    # exporter stops, not how soon the GUI thread gets to a queued signal.
    from PySide6.QtCore import Qt

    worker.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(worker.cancelled, timeout=60_000):
        worker.start()
    worker.wait()
    pages_seen = [p for p in seen if 67 < p < 100]
    # ~170 pages would each report; the exporter stops at the next page after the flag is set
    assert len(pages_seen) == 1, pages_seen
    assert not target.exists() and list(tmp_path.iterdir()) == []
