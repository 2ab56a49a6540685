"""The Word file as another program sees it: LibreOffice converts it (once per module)
and the converted PDF carries every value, the headings and the pre-filled contents."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from export_checks import (
    docx_text,
    free_text_values,
    make_hostile_report,
    missing_from,
    pdf_text,
)

from ogp_desktop.document.export import export_report

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


@pytest.fixture(scope="module")
def converted(tmp_path_factory, template):
    out = tmp_path_factory.mktemp("lo")
    report = make_hostile_report(template)
    docx_path = out / "report.docx"
    export_report(report, template, lang="et", docx_path=docx_path)
    profile = tmp_path_factory.mktemp("lo-profile")  # a private profile: no clash with a running office
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(docx_path)], check=True, capture_output=True, timeout=180)
    return report, docx_path, out / "report.pdf"


def test_libreoffice_pdf_carries_every_value(converted, template):
    report, _, pdf = converted
    text = pdf_text(pdf, furniture=True)
    assert missing_from(text, free_text_values(report, template)) == []


def test_libreoffice_sees_headings_contents_and_page_fields(converted, template):
    report, docx_path, pdf = converted
    pages = pdf_text(pdf, furniture=True).split("\f")[:-1]
    assert len(pages) > 5
    contents = next(p for p in pages if "Sisukord" in p)
    assert template.sections[0].text("et") in contents  # the pre-filled TOC was kept
    assert f"Kohustus 1: {report.get('commitments[0].title')}" in contents
    assert f"Lk 3 / {len(pages)}" in pages[2]  # PAGE and NUMPAGES fields evaluated
    assert f"{report.get('country')}: Vahearuanne" in pages[2]  # running header: the report's title
    assert report.get("commitments[1].title") in docx_text(docx_path)
