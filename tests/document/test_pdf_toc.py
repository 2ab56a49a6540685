"""The one-pass table of contents: wrapped entries, numbers filled in after the last page,
working links, and "Page X of Y" whatever the number of digits."""

from __future__ import annotations

import json
import re
import subprocess

from reportlab.pdfbase.pdfmetrics import stringWidth

from ogp_desktop.document.fixed_texts import texts
from ogp_desktop.document.fonts import BOLD, register_fonts
from ogp_desktop.document.model import Document, Heading, PageBreak, Paragraph, Span, TableOfContents
from ogp_desktop.document.pdf_renderer import render_pdf
from ogp_desktop.document.pdf_toc import wrap_text

LONG_TITLE = ("Open-government principles at local level after the administrative reform, including "
              "participatory budgeting, public consultation and the Lõuna-Eesti municipalities ")


def test_wrap_text_keeps_every_character_and_fits():
    register_fonts()
    text = "Kohalik " + "ü" * 200 + " omavalitsus ja kaasamine " * 6
    lines = wrap_text(text, BOLD, 10, 200)
    assert len(lines) > 4
    assert all(stringWidth(line, BOLD, 10) <= 200 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert wrap_text("", BOLD, 10, 200) == [""]


def _pages(pdf) -> list[str]:
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")[:-1]


def _link_targets(pdf, on_pages: int) -> list[int]:
    """The page number each link annotation on the first *on_pages* pages jumps to, in order."""
    info = json.loads(subprocess.run(["qpdf", "--json", "--json-key=pages", "--json-key=qpdf", str(pdf)],
                                     check=True, capture_output=True, text=True).stdout)
    objects = info["qpdf"][1]
    number = {page["object"]: n for n, page in enumerate(info["pages"], 1)}
    targets = []
    for page in info["pages"][:on_pages]:
        annots = objects[f"obj:{page['object']}"]["value"].get("/Annots", [])
        if isinstance(annots, str):  # an indirect array
            annots = objects[f"obj:{annots}"]["value"]
        for ref in annots:
            link = objects[f"obj:{ref}"]["value"]
            if link.get("/Subtype") == "/Link":
                targets.append(number[link["/Dest"][0]])
    return targets


def test_toc_over_several_pages_points_at_every_heading(tmp_path):
    """130 headings fill four contents pages; one wraps over lines; totals reach three digits."""
    blocks = [TableOfContents("Contents", levels=2)]
    titles = [f"Section {i}" for i in range(130)]
    titles[7] = "Long " + LONG_TITLE
    for i, title in enumerate(titles):
        blocks.append(Heading(title, 1 if i % 5 == 0 else 2, f"h{i}"))
        blocks.append(Paragraph((Span(f"Body of {i}. " * (10 + 30 * (i % 3))),)))
        if i % 4 != 3:
            blocks.append(PageBreak())
    doc = Document("TOC test", "subject", "author", "et", True, texts("et"), blocks)
    pdf = tmp_path / "toc.pdf"
    with pdf.open("wb") as fh:
        count = render_pdf(doc, fh)
    pages = _pages(pdf)
    assert len(pages) == count >= 100
    assert all(f"Lk {i} / {count}" in page for i, page in enumerate(pages[1:], 2))  # none on the cover
    contents = "\n".join(pages[:4])
    numbers = {m.group(1): int(m.group(2)) for m in re.finditer(r"^(Section \d+) (\d+)$", contents, re.MULTILINE)}
    assert len(numbers) == 129 and numbers["Section 0"] >= 3  # the contents take the first pages
    for title, page in numbers.items():
        assert f"\n{title}\n" in "\n" + pages[page - 1], (title, page)
        assert all(f"\n{title}\n" not in "\n" + p for p in pages[4:page - 1]), title
    # the long entry wraps inside the text column and its number follows its last line
    flat = " ".join(contents.split())
    assert "Long " + " ".join(LONG_TITLE.split()) in flat
    assert not re.search(r"^Long .*municipalities", contents, re.MULTILINE)  # over more than one line
    long_page = re.search(r"municipalities (\d+)\n", contents).group(1)
    assert f"\nLong {LONG_TITLE.split()[0]}" in "\n" + pages[int(long_page) - 1]
    # every contents entry is a link, in order, to the page its number names
    assert _link_targets(pdf, 4) == [numbers.get(f"Section {i}", int(long_page)) for i in range(130)]
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)


def test_page_footer_is_centred(tmp_path):
    blocks = [Paragraph((Span("Short page. " * 40),)), PageBreak(), Paragraph((Span("Second page."),))]
    doc = Document("Footer", "s", "a", "en", False, texts("en"), blocks)
    pdf = tmp_path / "footer.pdf"
    with pdf.open("wb") as fh:
        render_pdf(doc, fh)
    html = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-bbox", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout  # page 2: the cover has no footer
    words = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(Page|2|of)<', html)
    footer = [w for w in words if w[2] in ("Page", "of")] + [w for w in words if w[2] == "2"][-1:]
    left, right = min(float(w[0]) for w in footer), max(float(w[1]) for w in footer)
    assert abs((left + right) / 2 - 595.27 / 2) < 2


def test_a_heading_longer_than_a_page_is_cut_short_in_the_contents_only(tmp_path):
    """A contents entry cannot split over pages; the heading itself and its bookmark stay whole."""
    title = " ".join(f"sõna{i}" for i in range(1500))
    blocks = [TableOfContents("Contents"), Heading(title, 1, "k0"), Paragraph((Span("Body."),))]
    doc = Document("Long", "s", "a", "en", False, texts("en"), blocks)
    pdf = tmp_path / "long.pdf"
    with pdf.open("wb") as fh:
        render_pdf(doc, fh)
    pages = _pages(pdf)
    contents = pages[0].split("Contents", 1)[1]
    assert "…" in contents and "sõna1499" not in contents
    assert len([line for line in contents.splitlines() if "sõna" in line]) == 4
    number = int(re.search(r"… (\d+)\n", contents).group(1))
    assert number == 2 and "sõna0 sõna1 sõna2" in pages[1]  # too tall to start below the contents
    assert "sõna1499" in "".join(pages)
    outline = json.loads(subprocess.run(["qpdf", "--json", "--json-key=outlines", str(pdf)], check=True,
                                        capture_output=True, text=True).stdout)["outlines"]
    assert outline[0]["title"] == title
