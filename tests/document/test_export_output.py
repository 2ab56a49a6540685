"""Real exports of a report full of hostile text, read back with pdftotext, pdffonts,
qpdf and python-docx: every word arrives, nothing is read as markup."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile

import docx
import pytest
from export_checks import (
    LONG_URL,
    docx_text,
    free_text_values,
    make_hostile_report,
    missing_from,
    pdf_text,
)

from ogp_desktop.document.export import export_report
from ogp_desktop.document.uri import to_uri


@pytest.fixture(scope="module")
def exported(tmp_path_factory, template):
    """One English and one Estonian export of the hostile report, shared by this module."""
    out = tmp_path_factory.mktemp("export")
    report = make_hostile_report(template)
    for lang in ("en", "et"):
        export_report(report, template, lang=lang, docx_path=out / f"{lang}.docx", pdf_path=out / f"{lang}.pdf")
    return report, out


@pytest.mark.parametrize("lang", ["en", "et"])
def test_pdf_carries_every_value(exported, template, lang):
    report, out = exported
    text = pdf_text(out / f"{lang}.pdf")
    assert missing_from(text, free_text_values(report, template)) == []
    assert '<img src="x.png"/>' in text and "AT&T and <b>not bold</b>" in text


@pytest.mark.parametrize("lang", ["en", "et"])
def test_docx_carries_every_value(exported, template, lang):
    report, out = exported
    text = docx_text(out / f"{lang}.docx")
    assert missing_from(text, free_text_values(report, template)) == []
    assert "line one\nline two" in text  # the vertical tab became a line break


def test_long_url_wraps_and_stays_extractable(exported):
    _, out = exported
    lines = pdf_text(out / "en.pdf").splitlines()
    pieces = [line for line in lines if "õunapuu" in line]
    assert len(pieces) > 5  # wrapped over many lines rather than running off the page
    assert "".join("".join(pieces).split()).count(LONG_URL) >= 1


def test_pdf_fonts_all_embedded_none_helvetica(exported):
    _, out = exported
    rows = subprocess.run(["pdffonts", str(out / "et.pdf")], check=True, capture_output=True,
                          text=True).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "Helvetica" not in row
        assert re.search(r"\s(yes)\s+(yes)\s+(yes)\s", row), row  # emb sub uni
    assert any("DejaVuSans-Bold" in r for r in rows) and any("DejaVuSans " in r + " " for r in rows)


def test_pdf_structure_outline_and_metadata(exported, template):
    report, out = exported
    pdf = out / "et.pdf"
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    info = json.loads(subprocess.run(["qpdf", "--json", "--json-key=outlines", str(pdf)], check=True,
                                     capture_output=True, text=True).stdout)
    outline = info["outlines"]
    titles = [o["title"] for o in outline]
    # numbered sections, as in Word
    assert titles[:2] == [f"1 {template.sections[0].text('et')}", f"2 {template.sections[1].text('et')}"]
    commitments = next(o for o in outline if o["title"].endswith(template.section("commitments").text("et")))
    assert [k["title"] for k in commitments["kids"]][:2] == [
        f"Kohustus 1: {report.get('commitments[0].title')}", f"Kohustus 2: {report.get('commitments[1].title')}"]
    meta = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    # the report's own title: country, report type, the plan's years
    assert f"Title:           {report.get('country')}: Vahearuanne, tegevuskava 2018–2020" in meta
    assert "Author:          Latvija" in meta and "Subject:" in meta
    assert b"/Lang (et-EE)" in pdf.read_bytes()


def test_pdf_toc_has_real_page_numbers_and_page_x_of_y(exported, template):
    _, out = exported
    pages = pdf_text(out / "en.pdf", furniture=True).split("\f")[:-1]
    total = len(pages)
    assert "Page" not in pages[0]  # the cover has no footer
    assert all(f"Page {i} of {total}" in page for i, page in enumerate(pages[1:], 2))
    toc = pages[1]
    section = template.section("introduction").text("en")
    number = int(re.search(rf"{re.escape(section)}\s+(\d+)", toc).group(1))
    assert section in pages[number - 1] and section not in "".join(pages[2:number - 1])


def test_docx_word_features(exported, template):
    report, out = exported
    path = out / "et.docx"
    document = docx.Document(str(path))
    with zipfile.ZipFile(path) as z:
        body = z.read("word/document.xml").decode()
        styles = z.read("word/styles.xml").decode()
        settings = z.read("word/settings.xml").decode()
        footer = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
    assert '<w:updateFields w:val="true"/>' in settings
    assert 'w:lang w:val="et-EE"' in styles
    assert 'TOC \\o "1-2"' in body and "<w:tblHeader/>" in body
    assert "PAGE" in footer and "NUMPAGES" in footer and "Lk " in footer
    assert document.core_properties.language == "et-EE"
    title = f"{report.get('country')}: Vahearuanne, tegevuskava 2018–2020"
    assert document.core_properties.title == title
    assert title in document.sections[0].header.paragraphs[0].text
    assert document.sections[0].different_first_page_header_footer  # no running header on the cover
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == ("Heading 1", template.sections[0].text("et"))
    assert ("Heading 2", f"Kohustus 1: {report.get('commitments[0].title')}") in headings
    toc = [p.text for p in document.paragraphs if p.style.name.startswith("toc")]
    # pre-filled with the numbers Word's heading numbering gives: readable before Word updates it
    assert toc[:2] == [f"{i} {h}" for i, (_, h) in enumerate(headings[:2], 1)]
    links = {r.target_ref for r in document.part.rels.values() if r.is_external}
    assert to_uri(LONG_URL) in links and all(link.isascii() for link in links)


def test_comparison_is_not_vacuous(exported, template):
    """The whitespace-insensitive matcher must still notice a missing or altered value."""
    _, out = exported
    text = pdf_text(out / "en.pdf")
    assert missing_from(text, ["AT&T and <b>not bold</b>"]) == []
    assert missing_from(text, ["AT&amp;T and <b>not bold</b>", "Eesti Vabariik: Oo"]) != []
    assert len(missing_from(text, ["AT&amp;T and <b>not bold</b>", "Eesti Vabariik: Oo Aa"])) == 2
