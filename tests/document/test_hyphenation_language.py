"""Each paragraph hyphenates by its own language: a value left in the report's language in an
export in the other one is split by its own rules (never the export's), names, identifiers and
addresses by none, and both files say the value's language (Word's w:lang, the PDF's /Lang)."""

from __future__ import annotations

import re
import zipfile

import pikepdf
import pyphen
import pytest
from export_checks import pdf_text
from lxml import etree

from ogp_desktop.document.builder import build_document
from ogp_desktop.document.export import export_report
from ogp_desktop.document.hyphenation import paragraph_language
from ogp_desktop.document.model import DataTable, KeyValueTable, Paragraph, Span, TitlePage
from ogp_desktop.document.synthetic import generate_report

# words the two languages' dictionaries split in different places (or one not at all)
WORDS = {"en": ("accountability", "ownership", "whistleblower", "transparency", "municipalities", "procurement"),
         "et": ("rakendamine", "läbipaistvus", "tegevuskava", "kodanikuühiskond", "valitsemine", "omavalitsused")}
DICTIONARY = {"en": "en_GB", "et": "et_EE"}
LOCALE = {"en": "en-GB", "et": "et-EE"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _report(template, written_in: str):
    report = generate_report(template, commitments=1, milestones=1, paragraphs=1)
    roles = template.roles
    report.set(roles.language, written_in)
    words = WORDS[written_in]
    # long enough to end many lines mid-word; no translation, so it stays as written
    report.set("national_context", " ".join(words[i % len(words)] for i in range(600)))
    report.set("contact_name", "Kristiina Õunapuu-Tammsaare")
    return report


def test_a_paragraph_hyphenates_in_its_own_language_or_not_at_all() -> None:
    assert paragraph_language((Span("tekst"),), "et") == "et"
    assert paragraph_language((Span("text", lang="en"),), "et") == "en"
    assert paragraph_language((Span("text", lang="en"), Span("tekst")), "et") is None  # no one rule fits both
    assert paragraph_language((Span("https://x.ee", url="https://x.ee", hyphenate=False),), "et") is None
    assert paragraph_language((), "et") == "et"


def test_the_model_knows_each_value_s_language(template) -> None:
    doc = build_document(_report(template, "en"), template, "et")
    spans = [s for b in doc.blocks for s in _spans(b)]
    context = next(s for s in spans if s.text.startswith("accountability"))
    assert context.lang == "en" and context.hyphenate
    name = next(s for s in spans if s.text == "Kristiina Õunapuu-Tammsaare")
    assert name.lang == "en" and not name.hyphenate  # kept as written, never split
    addresses = [s for s in spans if s.url]
    assert addresses and all(s.lang is None and not s.hyphenate for s in addresses)
    # the cover too: the plan's title and the lead agency, left untranslated
    cover = next(b for b in doc.blocks if isinstance(b, TitlePage))
    assert cover.subtitle_lang == "en" and cover.details[0][1][0].spans[0].lang == "en"
    # in the report's own language nothing is marked, and names still never split
    own = [s for b in build_document(_report(template, "en"), template, "en").blocks for s in _spans(b)]
    assert {s.lang for s in own} == {None}
    assert not next(s for s in own if s.text == "Kristiina Õunapuu-Tammsaare").hyphenate


def _spans(block) -> list[Span]:
    if isinstance(block, Paragraph):
        return list(block.spans)
    if isinstance(block, KeyValueTable):
        return [s for _label, cell in block.rows for p in cell for s in p.spans]
    if isinstance(block, DataTable):
        return [s for row in block.rows for cell in row for p in cell for s in p.spans]
    return [s for p in getattr(block, "items", ()) for s in p.spans]


@pytest.mark.parametrize(("written_in", "export_in"), [("en", "et"), ("et", "en")])
def test_a_value_in_the_other_language_is_split_by_its_own_rules(template, tmp_path, written_in, export_in):
    report = _report(template, written_in)
    docx_path, pdf_path = tmp_path / "r.docx", tmp_path / "r.pdf"
    export_report(report, template, lang=export_in, docx_path=docx_path, pdf_path=pdf_path)

    # PDF: every line that ends mid-word in the value ends where the value's language allows
    own, other = pyphen.Pyphen(lang=DICTIONARY[written_in]), pyphen.Pyphen(lang=DICTIONARY[export_in])
    splits = [(head, tail) for head, tail in re.findall(r"(\w+)-\n(\w+)", pdf_text(pdf_path))
              if head + tail in WORDS[written_in]]
    assert len(splits) >= 3
    assert all(len(head) in own.positions(head + tail) for head, tail in splits), splits
    assert any(len(head) not in other.positions(head + tail) for head, tail in splits), splits
    assert "Õunapuu-Tammsaare" in pdf_text(pdf_path).replace("\n", "")  # a name is never split

    # PDF: the value's structure element carries its language
    with pikepdf.open(pdf_path) as pdf:
        langs = {str(node.Lang) for node in _structure(pdf.Root.StructTreeRoot) if "/Lang" in node}
    assert LOCALE[written_in] in langs and LOCALE[export_in] not in langs  # the document's is the catalogue's

    # DOCX: the value's run says its language; the name's and the addresses' paragraphs never hyphenate
    with zipfile.ZipFile(docx_path) as z:
        paragraphs = etree.fromstring(z.read("word/document.xml")).iter(W + "p")
    found = {}
    for para in paragraphs:
        text = "".join(para.itertext())
        runs = [r for r in para.iter(W + "r") if "".join(r.itertext()).strip()]
        langs = {lang.get(W + "val") for r in runs for lang in r.iter(W + "lang")}
        kept = para.find(f"{W}pPr/{W}suppressAutoHyphens") is not None
        linked = any(link.get(R + "id") for link in para.iter(W + "hyperlink"))  # not the contents' anchors
        if text.startswith(WORDS[written_in][0]):
            found["value"] = (langs, kept)
        elif text == "Kristiina Õunapuu-Tammsaare":
            found["name"] = (langs, kept)
        elif linked:
            found.setdefault("links", set()).add(kept)
    assert found["value"] == ({LOCALE[written_in]}, False)
    assert found["name"] == ({LOCALE[written_in]}, True)
    assert found["links"] == {True}


def _structure(node, depth: int = 0):
    """Every structure element under *node* (the tree is shallow; recursion is fine here)."""
    kids = node.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid
            yield from _structure(kid, depth + 1)
