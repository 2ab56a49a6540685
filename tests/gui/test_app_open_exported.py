"""An exported PDF or Word file opens in the app as the report it was made from."""

from __future__ import annotations

import pytest

from ogp_desktop.document.export import export_report
from ogp_desktop.gui.widgets import prompts
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report
from ogp_desktop.template import load_template

SAMPLE = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_open_an_exported_file_as_a_new_draft(main_window, prompts_recorder, tmp_path, kind):
    report = read_report(SAMPLE)
    path = tmp_path / f"sent.{kind}"
    export_report(report, load_template(report.template_id), lang="en", **{f"{kind}_path": path})
    assert "*.pdf *.docx" in prompts.OPEN_FILTER.split(";;")[0]
    prompts_recorder.answer("open_file", str(path))
    main_window.ui.action_open.trigger()
    assert main_window.current is not None
    assert main_window.current.report.values == report.values
    assert main_window.current.report.translations == report.translations
    assert f"sent.{kind}" in main_window.ui.statusbar.currentMessage()


def test_a_pdf_without_a_report_gives_one_message(main_window, prompts_recorder, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "letter.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "Not a report")
    canvas.save()
    prompts_recorder.answer("open_file", str(path))
    main_window.ui.action_open.trigger()
    ((_, title, text),) = prompts_recorder.named("error")
    assert title == "Open report file" and text.startswith("letter.pdf: this PDF carries no report")


def _drop(window, path) -> bool:
    """A real drag-enter then drop of one local file on the window, as a file manager sends them."""
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(where, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(window, QDropEvent(where.toPointF(), Qt.DropAction.CopyAction, data,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    return True


def test_an_exported_pdf_dropped_on_the_window_opens(main_window, prompts_recorder, tmp_path):
    report = read_report(SAMPLE)
    path = tmp_path / "dropped.pdf"
    export_report(report, load_template(report.template_id), lang="en", pdf_path=path)
    assert _drop(main_window, path)
    assert main_window.current is not None and main_window.current.report.values == report.values
    letter = tmp_path / "notes.txt"
    letter.write_text("not a report", encoding="utf-8")
    assert _drop(main_window, letter)  # any one file is offered to Open, which says what is wrong
    ((_, title, text),) = prompts_recorder.named("error")
    assert title == "Open report file" and text.startswith("notes.txt:") and "\n" not in text
