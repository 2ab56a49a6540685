"""Huge values export in time linear in their size, and Word takes any size (issue 11, item 3).

Linearity is checked by counting work, not by a stopwatch (the machine's load must not
decide a test): the fragments and characters reportlab's line breaker is handed over a whole export,
per character of the value, stay the same when the value doubles. The stopwatch
figures are in ``bench/bench_export.py``.
"""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.platypus import paragraph as rl_paragraph

from ogp_desktop.document.builder import build_document
from ogp_desktop.document.docx_renderer import render_docx
from ogp_desktop.document.pdf_renderer import render_pdf
from ogp_desktop.document.synthetic import generate_report


def _broken_chars(template, value: str, monkeypatch) -> float:
    """Fragments and characters handed to the line breaker while exporting *value*, per character of it."""
    seen = [0]
    original = rl_paragraph.Paragraph.breakLines

    def counting(self, width):
        seen[0] += len(self.frags)  # a manual line break is a fragment of its own
        for f in self.frags:
            text = getattr(f, "text", None)
            seen[0] += len(text) if isinstance(text, str) else sum(len(w) for w in getattr(f, "words", ()))
        return original(self, width)

    report = generate_report(template, commitments=1, milestones=1, paragraphs=1)
    context = next(f for s in template.sections for f in s.fields if f.kind == "longtext")  # top level
    report.set(context.id, value)
    doc = build_document(report, template, "en")
    with monkeypatch.context() as patch:
        patch.setattr(rl_paragraph.Paragraph, "breakLines", counting)
        render_pdf(doc, io.BytesIO())
    return seen[0] / len(value)


@pytest.mark.slow
def test_many_lines_in_one_value_are_laid_out_once(template, monkeypatch):
    def lines(n: int) -> str:
        return "\n".join(f"Line {i} of one long value, with a few words in it." for i in range(n))

    small = _broken_chars(template, lines(2000), monkeypatch)
    large = _broken_chars(template, lines(8000), monkeypatch)
    assert large < 5 and large <= small * 1.15, (small, large)


@pytest.mark.slow
def test_a_very_long_word_is_laid_out_once(template, monkeypatch):
    small = _broken_chars(template, "x" * 50_000, monkeypatch)
    large = _broken_chars(template, "x" * 200_000, monkeypatch)
    assert large < 5 and large <= small * 1.15, (small, large)


@pytest.mark.slow
def test_word_takes_a_value_over_ten_megabytes(template):
    """lxml refuses one text node over 10 MB; the renderer writes such a value in pieces."""
    report = generate_report(template, commitments=1)
    value = "sõnad " * 2_000_000  # 12 MB
    context = next(f for s in template.sections for f in s.fields if f.kind == "longtext")
    report.set(context.id, value)
    out = io.BytesIO()
    render_docx(build_document(report, template, "en"), out)
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert value.strip() in text
