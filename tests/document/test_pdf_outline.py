"""PDF bookmarks mirror the headings even when a template skips a level (1 -> 3)."""

from __future__ import annotations

import json
import re
import subprocess

from ogp_desktop.document.fixed_texts import texts
from ogp_desktop.document.model import (
    Document,
    Heading,
    Paragraph,
    Span,
    TableOfContents,
)
from ogp_desktop.document.pdf_renderer import render_pdf


def test_outline_levels_are_normalised_and_toc_pages_are_real(tmp_path):
    blocks = [TableOfContents("Contents", levels=3)]
    for key, (text, level) in enumerate((("A", 1), ("A.x", 3), ("A.y", 2), ("B", 1), ("B.x", 3))):
        blocks.append(Heading(text, level, f"k{key}"))
        blocks.extend(Paragraph((Span(f"{text} body {i} " * 40),)) for i in range(12))
    doc = Document("Outline test", "subject", "author", "en", False, texts("en"), blocks)
    pdf = tmp_path / "outline.pdf"
    with pdf.open("wb") as fh:
        pages = render_pdf(doc, fh)
    outline = json.loads(subprocess.run(["qpdf", "--json", "--json-key=outlines", str(pdf)], check=True,
                                        capture_output=True, text=True).stdout)["outlines"]
    shape = [(o["title"], [(k["title"], [g["title"] for g in k["kids"]]) for k in o["kids"]]) for o in outline]
    assert shape == [("A", [("A.x", []), ("A.y", [])]), ("B", [("B.x", [])])]
    # every outline entry points at the page its heading is printed on
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout.split("\f")
    assert len(text) - 1 == pages
    toc = dict(m.groups() for m in re.finditer(r"^(A|A\.x|A\.y|B|B\.x) (\d+)$", text[0], re.MULTILINE))
    assert list(toc) == ["A", "A.x", "A.y", "B", "B.x"] and toc["B"] != "1"
    for title, page in toc.items():
        assert f"\n{title}\n" in "\n" + text[int(page) - 1], (title, page)
