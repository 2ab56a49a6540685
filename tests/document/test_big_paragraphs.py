"""One paragraph of very many short words lays out in time linear in its size, and loses nothing.

reportlab's line breaker takes each next word with ``list.pop(0)``: quadratic in the words it is
handed (a million characters of "x x x" took 17 s). Linearity is checked by counting: no call of
the breaker gets more than a bounded number of words, however long the value (issue 11, F5).
Whatever the grouping, the PDF shows every word, in order, on the lines reportlab would make,
with no gap where one run of lines ends and the next begins.
"""

from __future__ import annotations

import io
import itertools
import re
import subprocess

import pytest
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paragraph import Paragraph

from ogp_desktop.document import pdf_chunks, pdf_styles
from ogp_desktop.document.builder import build_document
from ogp_desktop.document.fonts import register_fonts
from ogp_desktop.document.pdf_linebreak import GROUP_WORDS
from ogp_desktop.document.pdf_renderer import markup, render_pdf
from ogp_desktop.document.synthetic import generate_report


def _pdf(template, value: str) -> bytes:
    report = generate_report(template, commitments=1, milestones=1, paragraphs=1)
    summary = next(f for s in template.sections for f in s.fields if f.kind == "longtext")
    report.set(summary.id, value)
    out = io.BytesIO()
    render_pdf(build_document(report, template, "en"), out)
    return out.getvalue()


def _text(pdf: bytes, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def _most_words_per_break(template, value: str, monkeypatch) -> int:
    most = [0]
    original = rl_paragraph.Paragraph.breakLines

    def counting(self, width):
        words = 0
        for f in self.frags:
            text = getattr(f, "text", None)
            words += len(text.split()) if isinstance(text, str) else len(getattr(f, "words", ())) or 1
        most[0] = max(most[0], words)
        return original(self, width)

    with monkeypatch.context() as patch:
        patch.setattr(rl_paragraph.Paragraph, "breakLines", counting)
        _pdf(template, value)
    return most[0]


@pytest.mark.parametrize("shape", ["short words", "lines of words"])
def test_the_line_breaker_is_never_handed_more_than_a_group_of_words(template, monkeypatch, shape):
    words = 12 * GROUP_WORDS
    value = "x " * words if shape == "short words" else ("x " * 40 + "\n") * (words // 40)
    assert _most_words_per_break(template, value, monkeypatch) <= 2 * GROUP_WORDS


def test_many_short_words_come_out_complete_and_in_order(template):
    value = " ".join(f"w{i}" for i in range(3 * GROUP_WORDS + 17))
    assert re.findall(r"w\d+", _text(_pdf(template, value))) == value.split()


def test_lines_and_blank_lines_come_out_as_written(template):
    """A gap appeared every 40 lines of a long value (reportlab's splitter starts a run of lines
    with the line break that ended the run before)."""
    lines = [f"Line {i} of a long value with a few more words" for i in range(1, 400)]
    for i in range(93, len(lines), 97):  # blank lines: new paragraphs (one gap), each over 40 lines
        lines[i] = "" if i % 2 else "\n"
    value = "\n".join(lines)
    pages = _text(_pdf(template, value), "-layout").split("\f")
    expected = {}  # line number -> blank lines pdftotext shows after it
    number = None
    for line in value.split("\n"):
        if line:
            number = int(line.split()[1])
            expected[number] = 0
        elif number is not None:
            expected[number] = 1
    seen = []
    for page in pages:
        body = page.splitlines()
        marks = [k for k, line in enumerate(body) if re.match(r"\s*Line \d+ of a long", line)]
        for k, after in itertools.pairwise(marks):
            number = int(body[k].split()[1])
            assert after - k - 1 == expected[number], (number, body[k:after + 1])
        seen += [int(body[k].split()[1]) for k in marks]
    assert seen == sorted(expected)


@pytest.mark.parametrize("lang", ["en", "et"])
def test_grouped_lines_are_the_lines_of_the_whole(lang):
    """The runs of lines, each laid out again, are the lines reportlab makes of the whole paragraph:
    plain words, hyphenated words, manual line breaks and blank lines, with and without a bullet."""
    register_fonts()
    styles = pdf_styles.build_styles(lang)
    words = ["x", "sõna", "ülevaade", "eesmärkidest", "ja", "kor\u00adra\u00adga", "üks\u00a0kaks", "&", "😀"]
    texts = [" ".join(words[(i * 7) % len(words)] for i in range(3 * GROUP_WORDS)),
             " ".join(words[(i * 5) % len(words)] + ("\n\n" if i % 97 == 0 else "\n" if i % 11 == 0 else "")
                      for i in range(3 * GROUP_WORDS))]

    def lines(para: Paragraph) -> list[str]:
        para.wrap(300, 1e9)
        if para.blPara.kind == 0:
            return [" ".join(map(str, words)) for _, words in para.blPara.lines]
        return ["".join(getattr(f, "text", "") for f in line.words).strip() for line in para.blPara.lines]

    for text in texts:
        for style, bullet in ((styles["body"], None), (styles["bullet"], "•")):
            whole = lines(Paragraph(markup(text), style, bulletText=bullet))
            pieces = pdf_chunks.chunked(Paragraph(markup(text), style, bulletText=bullet), 300, {})
            assert len(pieces) > 3
            assert [line for piece in pieces for line in lines(piece)] == whole


def test_a_page_of_manual_lines_holds_as_many_lines_as_a_page_of_prose(template):
    """reportlab's page split of a paragraph right after a line break started the next page
    with an empty line: a full page of a multi-line value held one line fewer than of prose."""

    def lines_per_page(value: str, mark: str) -> list[int]:
        pages = _text(_pdf(template, value), "-layout").split("\f")
        return [sum(mark in line for line in page.splitlines()) for page in pages]

    lines = lines_per_page("\n".join(f"Line {i} of the value" for i in range(400)), "of the value")
    prose = lines_per_page(" ".join(f"Sentence number {i} runs on." for i in range(1200)), "runs on")
    full_lines, full_prose = sorted(lines)[-2], sorted(prose)[-2]  # a page the value fills
    assert full_lines == full_prose > 40, (lines, prose)
