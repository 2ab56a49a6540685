"""Exported PDF and DOCX files carry their report: every reader opens them again, safely."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from ogp_desktop import cli
from ogp_desktop.document.export import export_report
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report

ROOT = Path(__file__).resolve().parents[2]
DEMO = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")


@pytest.fixture(scope="module")
def exported(tmp_path_factory, template) -> tuple[dict, Path, Path]:
    """The demo exported once to both files, with the dict it was made from."""
    folder = tmp_path_factory.mktemp("exported")
    report = read_report(DEMO)
    export_report(report, template, lang="en", docx_path=folder / "demo.docx", pdf_path=folder / "demo.pdf")
    return report.to_dict(), folder / "demo.pdf", folder / "demo.docx"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_validate_and_import_read_the_report_inside(exported, kind, tmp_path, capsys) -> None:
    original, pdf, docx = exported
    path = pdf if kind == "pdf" else docx
    assert read_report(path).to_dict() == original
    code, out, err = run(capsys, "validate", str(path), "--json")
    expected = run(capsys, "validate", str(DEMO), "--json")
    assert (code, out, err) == expected
    data = tmp_path / "data"
    code, out, _ = run(capsys, "--data-dir", str(data), "drafts", "import", str(path))
    assert code == 0
    draft_id = out.strip().splitlines()[-1]
    back = tmp_path / "back.ogpreport.json"
    assert run(capsys, "--data-dir", str(data), "drafts", "export", draft_id, "-o", str(back))[0] == 0
    again = read_report(back)
    assert again.values == read_report(DEMO).values
    assert again.translations == read_report(DEMO).translations


def test_an_exported_pdf_exports_again(exported, tmp_path, capsys) -> None:
    _, pdf, _ = exported
    out = tmp_path / "again.pdf"
    assert run(capsys, "export", str(pdf), "--pdf", str(out))[0] == 0
    assert read_report(out).to_dict() == read_report(pdf).to_dict()


def _one_line_exit_2(capsys, path: Path, needle: str) -> None:
    code, out, err = run(capsys, "validate", str(path))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith(f"error: {path.name}: ") and needle in err


def test_a_pdf_from_another_tool_is_refused_in_one_line(tmp_path, capsys) -> None:
    path = tmp_path / "other.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(72, 720, "A letter written with another tool")
    canvas.save()
    _one_line_exit_2(capsys, path, "carries no report")


def test_a_word_file_from_another_tool_is_refused_in_one_line(tmp_path, capsys) -> None:
    import docx

    path = tmp_path / "other.docx"
    document = docx.Document()
    document.add_paragraph("A letter written with another tool")
    document.save(str(path))
    _one_line_exit_2(capsys, path, "carries no report")


def _replace_pdf_attachment(src: Path, dst: Path, data: bytes) -> None:
    with pikepdf.open(src) as pdf:
        stream = pdf.Root.AF[0].EF.F
        stream.write(data)
        pdf.save(dst)


# The payloads are made when a test runs (lambdas), not at collection in every worker, and
# carry short ids: pytest would otherwise print up to 110 MB of bytes as a test's name.
@pytest.mark.parametrize(("data", "needle"), [
    pytest.param(lambda: b'{"format": "ogp-progress-report", "format_version": 1, "values": {"x": NaN}}', "NaN",
                 id="nan"),
    pytest.param(lambda: b"[" * 100_000 + b"]" * 100_000, "nested too deeply", id="deep"),
    pytest.param(lambda: b'{"format": "ogp-progress-report", "format_version": 99, "values": {}}', "newer version",
                 id="newer"),
    pytest.param(lambda: b"\xff\xfe not json", "not UTF-8", id="not-utf8"),
    # compresses to a few kB: a bomb, stopped while inflating
    pytest.param(lambda: b"0" * (60 * 1024 * 1024), "larger than", id="bomb"),
])
def test_a_hostile_pdf_attachment_is_refused_in_one_line(exported, tmp_path, capsys, data, needle) -> None:
    _, pdf, _ = exported
    path = tmp_path / "hostile.pdf"
    _replace_pdf_attachment(pdf, path, data())
    assert path.stat().st_size < 1024 * 1024
    _one_line_exit_2(capsys, path, needle)


def _docx_with_part(src: Path, dst: Path, part: bytes, compress_level: int = 6) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED,
                                                      compresslevel=compress_level) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.startswith("customXml/item") and b"ogp-report-studio" in data:
                data = part
            zout.writestr(info.filename, data)


@pytest.mark.parametrize(("part", "needle"), [
    # an external entity: never resolved, the part is not ours
    pytest.param(lambda: b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                 b'<report xmlns="urn:ogp-report-studio:report">&x;</report>', "carries no report", id="entity"),
    pytest.param(lambda: b'<report xmlns="urn:ogp-report-studio:report">{"format": "ogp-progress-report", '
                 b'"format_version": 1, "values": []}</report>', "'values' must be", id="values-list"),
    pytest.param(lambda: b'<report xmlns="urn:ogp-report-studio:report">' + b" " * (110 * 1024 * 1024)
                 + b"</report>", "larger than", id="110mb"),
])
def test_a_hostile_docx_part_is_refused_in_one_line(exported, tmp_path, capsys, part, needle) -> None:
    _, _, docx = exported
    path = tmp_path / "hostile.docx"
    _docx_with_part(docx, path, part())
    assert path.stat().st_size < 2 * 1024 * 1024
    _one_line_exit_2(capsys, path, needle)


def test_a_damaged_container_is_refused_in_one_line(exported, tmp_path, capsys) -> None:
    _, pdf, docx = exported
    for src, name in ((pdf, "cut.pdf"), (docx, "cut.docx")):
        path = tmp_path / name
        path.write_bytes(src.read_bytes()[:4000])
        _one_line_exit_2(capsys, path, "")


def test_the_attachment_is_a_pdfa3_associated_file(exported) -> None:
    _, pdf, _ = exported
    with pikepdf.open(pdf) as doc:
        spec = doc.Root.AF[0]
        assert spec.AFRelationship == pikepdf.Name.Source
        assert str(spec.UF) == "report.ogpreport.json"
        assert spec.EF.F.Subtype == pikepdf.Name("/application/json")
        assert "report.ogpreport.json" in doc.attachments
        assert json.loads(spec.EF.F.read_bytes())["format"] == "ogp-progress-report"


def test_the_docx_part_survives_as_custom_xml(exported) -> None:
    _, _, docx = exported
    with zipfile.ZipFile(docx) as zf:
        rels = zf.read("word/_rels/document.xml.rels").decode()
        types = zf.read("[Content_Types].xml").decode()
        ours = [n for n in zf.namelist() if n.startswith("customXml/item") and b"ogp-report-studio" in zf.read(n)]
    assert len(ours) == 2  # the item and its properties
    assert "relationships/customXml" in rels and "customXmlProperties" in types


def test_a_zip_claiming_a_huge_directory_is_refused_before_it_is_read(exported, tmp_path, capsys) -> None:
    _, _, docx = exported
    raw = bytearray(docx.read_bytes())
    end = raw.rfind(b"PK\x05\x06")
    raw[end + 8:end + 12] = b"\xff\xff\xff\xff"  # "65535 entries": zip64, never one of our files
    path = tmp_path / "many.docx"
    path.write_bytes(bytes(raw))
    _one_line_exit_2(capsys, path, "too many parts")
