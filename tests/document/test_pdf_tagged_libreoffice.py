"""Our tagged PDF against LibreOffice's own tagged (PDF/UA) export of our Word file, by the same checker."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from ogp_desktop.document.export import export_report
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
PDFUA_EXPORT = 'pdf:writer_pdf_Export:{"PDFUACompliance":{"type":"boolean","value":"true"}}'


def findings(path) -> int:
    run = subprocess.run([sys.executable, "-m", "pdfua", "check", "--format", "json", str(path)],
                         capture_output=True, text=True, timeout=300, check=False)
    return int(json.loads(run.stdout)["summary"]["findings"])


def test_ours_has_no_more_findings_than_libreoffices(tmp_path_factory, template) -> None:
    out = tmp_path_factory.mktemp("lo-ua")
    report = read_report(resource_path("samples", "demo-ee-2016-2018.ogpreport.json"))
    export_report(report, template, lang="en", docx_path=out / "demo.docx", pdf_path=out / "ours.pdf")
    profile = tmp_path_factory.mktemp("lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    PDFUA_EXPORT, "--outdir", str(out), str(out / "demo.docx")],
                   check=True, capture_output=True, timeout=300)
    theirs, ours = findings(out / "demo.pdf"), findings(out / "ours.pdf")
    print(f"pdfua findings: LibreOffice {theirs}, ours {ours}")
    assert ours == 0 and theirs >= ours
