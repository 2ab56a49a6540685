"""The Word file passes what Word's accessibility checker looks at: language, title, header rows,
no empty paragraphs as spacing, alternative text on every picture."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from ogp_desktop.document.export import export_report
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "dc": "http://purl.org/dc/elements/1.1/", "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}
DEMO = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")
_SAFE = etree.XMLParser(resolve_entities=False, no_network=True)


@pytest.fixture(scope="module", params=["en", "et"])
def parts(request, tmp_path_factory, template) -> tuple[str, dict[str, etree._Element]]:
    path = tmp_path_factory.mktemp("docx") / "demo.docx"
    export_report(read_report(DEMO), template, lang=request.param, docx_path=path)
    with zipfile.ZipFile(path) as zf:
        return request.param, {name: etree.fromstring(zf.read(name), _SAFE)
                               for name in ("word/document.xml", "word/styles.xml", "docProps/core.xml")}


def test_language_and_title(parts) -> None:
    lang, xml = parts
    locale = {"en": "en-GB", "et": "et-EE"}[lang]
    assert xml["word/styles.xml"].xpath("string(//w:docDefaults//w:lang/@w:val)", namespaces=NS) == locale
    core = xml["docProps/core.xml"]
    assert core.xpath("string(//dc:title)", namespaces=NS).strip()
    assert core.xpath("string(//dc:language)", namespaces=NS) == locale


def test_every_table_with_a_header_row_marks_it(parts) -> None:
    _, xml = parts
    tables = xml["word/document.xml"].xpath("//w:tbl", namespaces=NS)
    headed = [t for t in tables if t.xpath("string(w:tblPr/w:tblLook/@w:firstRow)", namespaces=NS) == "1"]
    assert headed, "the demo has data tables"
    for table in headed:
        assert table.xpath("w:tr[1]/w:trPr/w:tblHeader", namespaces=NS)


def test_no_empty_paragraph_is_used_as_spacing(parts) -> None:
    _, xml = parts
    body = xml["word/document.xml"].find(f"{{{W}}}body")
    kids = list(body)
    for i, p in enumerate(kids):
        if p.tag != f"{{{W}}}p" or p.xpath(".//w:t|.//w:br|.//w:fldChar|.//w:drawing", namespaces=NS):
            continue
        between_tables = 0 < i < len(kids) - 1 and kids[i - 1].tag == kids[i + 1].tag == f"{{{W}}}tbl"
        assert between_tables, f"an empty paragraph at body position {i}"


def test_every_picture_has_alternative_text(parts) -> None:
    _, xml = parts
    for pr in xml["word/document.xml"].xpath("//wp:docPr", namespaces=NS):
        assert (pr.get("descr") or "").strip(), "a picture without alternative text"
