"""The PDF is tagged (PDF/UA-1) and archival (PDF/A-3): checked with pdfua, pikepdf, qpdf and poppler.

Run on the shipped demo and on an Estonian test report, in both languages, as a
draft and as a final export.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pikepdf
import pytest
from lxml import etree
from pdf_structure import model_text, page_marks, squash, structure

from ogp_desktop.document.builder import build_document
from ogp_desktop.document.pdf_renderer import render_pdf
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report, report_bytes

DATA = Path(__file__).resolve().parents[1] / "data"
SOURCES = {"demo": resource_path("samples", "demo-ee-2016-2018.ogpreport.json"),
           "et": DATA / "corrected-et.ogpreport.json"}
CASES = [(src, lang, draft) for src in SOURCES for lang in ("en", "et") for draft in (True, False)]
IDS = [f"{s}-{lang}-{'draft' if d else 'final'}" for s, lang, d in CASES]


@pytest.fixture(scope="module")
def exports(tmp_path_factory, template) -> dict[tuple, tuple]:
    """Every case rendered once: (document model, PDF path)."""
    folder = tmp_path_factory.mktemp("tagged")
    out = {}
    for src, lang, draft in CASES:
        report = read_report(SOURCES[src])
        doc = build_document(report, template, lang, draft=draft)
        path = folder / f"{src}-{lang}-{int(draft)}.pdf"
        with path.open("wb") as fh:
            render_pdf(doc, fh, attachment=report_bytes(report))
        out[(src, lang, draft)] = (doc, path)
    return out


def test_pdfua_finds_nothing(exports) -> None:
    paths = [str(p) for _, p in exports.values()]
    run = subprocess.run([sys.executable, "-m", "pdfua", "check", "--format", "json", *paths],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr
    decoder, text, files = json.JSONDecoder(), run.stdout.strip(), []
    while text:  # one JSON object per file, one after the other
        entry, end = decoder.raw_decode(text)
        files.append(entry)
        text = text[end:].strip()
    assert len(files) == len(paths)
    for entry in files:
        assert entry["findings"] == [] and entry["skipped"] == [], entry
        assert entry["summary"]["rules_run"] >= 12


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_text_and_path_is_tagged_or_an_artifact(exports, case) -> None:
    _, path = exports[case]
    with pikepdf.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            assert page_marks(page)[1] == [], f"page {number}"
            assert page.Tabs == pikepdf.Name.S and int(page.StructParents) == number - 1


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_structure_tree_reads_as_the_document(exports, case) -> None:
    doc, path = exports[case]
    with pikepdf.open(path) as pdf:
        elements = structure(pdf)
    assert squash(text for _, text in elements) == squash(model_text(doc))
    roles = [role for role, _ in elements]
    assert roles[0] == "Document"
    assert {"Sect", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TR", "TH", "TD",
            "TOC", "TOCI", "Link", "Figure"} <= set(roles)
    last = 0
    for role in roles:
        if role in ("H1", "H2", "H3"):
            level = int(role[1])
            assert level <= last + 1, "a heading skips a level"
            last = level
    # the cover title, then the contents' title, are the first headings; no heading is empty
    assert all(text.strip() for role, text in elements if role in ("H1", "H2", "H3"))


def test_links_tables_and_catalog(exports) -> None:
    _, path = exports[("demo", "en", False)]
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        assert root.MarkInfo.Marked is True and str(root.Lang) == "en-GB"
        assert root.ViewerPreferences.DisplayDocTitle is True
        parents = root.StructTreeRoot.ParentTree.Nums
        by_key = {int(parents[i]): parents[i + 1] for i in range(0, len(parents), 2)}
        annots = [a for page in pdf.pages for a in page.get("/Annots", [])]
        assert any("/A" in a for a in annots) and any("/Dest" in a for a in annots)  # web and contents links
        assert "/OpenAction" not in root and "/AA" not in root and "/JavaScript" not in root.get("/Names", {})
        for annot in annots:
            assert str(annot.Contents).strip(), "a link without a description"
            assert int(annot.F) == 4  # printed, never hidden (PDF/A)
            assert "/A" not in annot or annot.A.S == pikepdf.Name.URI  # PDF/A forbids launch, script ...
            element = by_key[int(annot.StructParent)]
            assert element.S == pikepdf.Name.Link
            kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
            assert any(isinstance(k, pikepdf.Dictionary) and k.get("/Obj") is not None
                       and k.Obj.objgen == annot.objgen for k in kids)
        scopes = set()
        stack = [root.StructTreeRoot.K]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Array):
                stack.extend(node)
            elif isinstance(node, pikepdf.Dictionary) and node.get("/Type") == pikepdf.Name.StructElem:
                if node.S == pikepdf.Name.TH:
                    scopes.add(str(node.A.Scope))
                stack.append(node.get("/K"))
        assert scopes == {"/Column", "/Row"}


def test_repeated_header_rows_are_artifacts(template, tmp_path) -> None:
    from ogp_desktop.document.model import DataTable, Document, Paragraph, Span

    rows = tuple(((Paragraph((Span(f"row {i}"),), "cell"),), (Paragraph((Span("x " * 40),), "cell"),))
                 for i in range(120))
    doc = Document("T", "S", "A", "en", False, {"draft": "DRAFT", "page_x_of_y": "Page {page} of {pages}"},
                   [DataTable(("Name", "Text"), rows, (1.0, 3.0))])
    path = tmp_path / "long.pdf"
    with path.open("wb") as fh:
        assert render_pdf(doc, fh) > 2
    with pikepdf.open(path) as pdf:
        elements = structure(pdf)
    headers = [text for role, text in elements if role == "TH"]
    assert headers == ["Name", "Text"]  # drawn on every page, in the tree once
    assert squash(text for _, text in elements) == squash(model_text(doc))


@pytest.mark.skipif(shutil.which("qpdf") is None or shutil.which("pdfinfo") is None, reason="qpdf/poppler missing")
def test_qpdf_and_poppler_accept_it(exports) -> None:
    for _, path in exports.values():
        subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True, timeout=60)
        info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
        fields = {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in info.splitlines())}
        assert fields["Tagged"] == "yes" and fields["PDF version"] == "1.7"


def test_xmp_matches_the_document_information(exports) -> None:
    ns = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "dc": "http://purl.org/dc/elements/1.1/",
          "pdf": "http://ns.adobe.com/pdf/1.3/", "xmp": "http://ns.adobe.com/xap/1.0/",
          "pdfaid": "http://www.aiim.org/pdfa/ns/id/", "pdfuaid": "http://www.aiim.org/pdfua/ns/id/"}
    for doc, path in exports.values():
        with pikepdf.open(path) as pdf:
            info = pdf.docinfo
            meta = pdf.Root.Metadata
            assert "/Filter" not in meta
            xmp = etree.fromstring(meta.read_bytes(), etree.XMLParser(resolve_entities=False, no_network=True))
            intent = pdf.Root.OutputIntents[0]
            assert intent.S == pikepdf.Name.GTS_PDFA1 and int(intent.DestOutputProfile.N) == 3

        def one(path_: str, xmp=xmp) -> str:
            return xmp.xpath(f"string(//{path_})", namespaces=ns)

        assert one("dc:title//rdf:li") == str(info.Title) == doc.title
        assert one("dc:creator//rdf:li") == str(info.Author)
        assert one("dc:description//rdf:li") == str(info.Subject)
        assert one("dc:language//rdf:li") == doc.locale
        assert one("pdf:Producer") == str(info.Producer)
        assert one("xmp:CreatorTool") == str(info.Creator)
        assert (one("pdfaid:part"), one("pdfaid:conformance"), one("pdfuaid:part")) == ("3", "A", "1")
        created = datetime.strptime(str(info.CreationDate).replace("'", ""), "D:%Y%m%d%H%M%S%z")
        assert datetime.fromisoformat(one("xmp:CreateDate")) == created
        assert datetime.fromisoformat(one("xmp:ModifyDate")) == created


def test_tags_metadata_and_attachment_add_nothing_that_changes_between_runs(template) -> None:
    """The PDF is dated by the report, so tags, XMP and attachment must not vary either: the same bytes."""
    import io

    report = read_report(SOURCES["et"])
    doc = build_document(report, template, "et", draft=True)
    outs = []
    for _ in range(2):
        buf = io.BytesIO()
        render_pdf(doc, buf, attachment=report_bytes(report))
        outs.append(buf.getvalue())
    assert outs[0] == outs[1]
    assert f"<xmp:CreateDate>{doc.date[:10]}T00:00:00+00:00</xmp:CreateDate>".encode() in outs[0]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler missing")
def test_tags_change_nothing_visible(exports, tmp_path) -> None:
    from PIL import Image, ImageChops

    doc, tagged = exports[("demo", "en", True)]
    plain = tmp_path / "plain.pdf"
    with plain.open("wb") as fh:
        render_pdf(doc, fh, tagged=False)
    for pdf in (tagged, plain):
        subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "6", str(pdf), str(tmp_path / pdf.stem)],
                       check=True, timeout=120)
    pages = sorted(tmp_path.glob(f"{tagged.stem}-*.png"))
    assert len(pages) == 6
    for page in pages:
        other = tmp_path / page.name.replace(tagged.stem, "plain")
        with Image.open(page) as a, Image.open(other) as b:
            assert ImageChops.difference(a.convert("RGB"), b.convert("RGB")).getbbox() is None, page.name


def test_the_output_intent_profile_is_srgb_with_a_fixed_date() -> None:
    import io

    from PIL import ImageCms

    from ogp_desktop.document.pdf_archival import srgb_profile

    data = srgb_profile()
    profile = ImageCms.ImageCmsProfile(io.BytesIO(data))
    assert "sRGB" in ImageCms.getProfileDescription(profile)
    assert data[12:20] == b"mntrRGB " and data[36:40] == b"acsp"
    assert data[24:30] == bytes([0x07, 0xD0, 0, 1, 0, 1])  # 2000-01-01: the same bytes every export
