"""Translations typed in translation mode reach an Estonian export (Word and PDF read back)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import docx
from helpers_editor import real_template, sample_report
from PySide6.QtGui import QUndoStack

from ogp_desktop import translations
from ogp_desktop.document.export import export_report
from ogp_desktop.gui.editor.report_editor_widget import ReportEditorWidget
from tests.gui.conftest import type_text

TITLE = "commitments[0].title"
SUMMARY = "executive_summary"


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())  # a long value wraps over lines


def test_estonian_export_of_an_english_report_shows_estonian_headings_and_typed_translations(
        qtbot: Any, tmp_path: Path) -> None:
    report = sample_report()
    template = real_template()
    assert report.language == "en" and report.get(SUMMARY)
    editor = ReportEditorWidget(report, template, QUndoStack(), "en")
    qtbot.addWidget(editor)
    editor.resize(1300, 850)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.set_translation_mode(True)
    widget = editor.translating
    assert widget is not None
    for path, text in ((TITLE, "e-Maksu- ja Tolliamet 2020"), (SUMMARY, "Eesti tegevuskava kokkuvõte õiges keeles.")):
        editor.go_to(path)
        widget.translation.setFocus()
        type_text(qtbot, widget.translation, text)
        editor.flush_typing()
        assert translations.state(report, path, "et") == translations.CURRENT
    untranslated = report.get("commitments[1].title")
    assert translations.state(report, "commitments[1].title", "et") == translations.MISSING

    result_et = export_report(report, template, lang="et", docx_path=tmp_path / "et.docx",
                              pdf_path=tmp_path / "et.pdf")
    assert result_et is not None
    for text in (docx_text(tmp_path / "et.docx"), pdf_text(tmp_path / "et.pdf")):
        assert template.section("summary").text("et") in text  # "Kokkuvõte"
        assert template.section("cover").text("et") in text
        assert "e-Maksu- ja Tolliamet 2020" in text
        assert "Eesti tegevuskava kokkuvõte õiges keeles." in text
        assert " ".join(report.get(SUMMARY).split()) not in " ".join(text.split())  # replaced, not added
        assert untranslated in text  # no translation yet: the source stands in
    # The English export is untouched by the translations.
    export_report(report, template, lang="en", docx_path=tmp_path / "en.docx")
    english = docx_text(tmp_path / "en.docx")
    assert report.get(TITLE) in english and "e-Maksu- ja Tolliamet 2020" not in english
    assert template.section("summary").text("en") in english
