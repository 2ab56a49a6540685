"""A picture a renderer adds (the at-a-glance chart) is tagged Figure with its alternative text."""

from __future__ import annotations

import subprocess
import sys
from functools import partial

import pikepdf
from pdf_structure import page_marks
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.platypus import SimpleDocTemplate

from ogp_desktop.document import model, pdf_tags
from ogp_desktop.document.fonts import REGULAR, register_fonts


class _ChartBlock:
    """Stands for a block the builder may add later (issue 13's completion chart)."""

    alt = "Bar chart: 3 commitments completed, 2 substantial."


def test_a_drawing_becomes_a_figure_with_its_alt_text(tmp_path) -> None:
    register_fonts()
    chart = Drawing(200, 100)
    chart.add(Rect(10, 10, 120, 30, fillColor=None))
    chart.add(String(10, 60, "Completed: 3", fontName=REGULAR))
    doc = model.Document("T", "S", "A", "en", False, {})
    tagger = pdf_tags.StoryTagger(doc)
    block = _ChartBlock()
    tagger.tag(block, [chart])  # a block type this module does not know: tagged by what it draws
    marker = pdf_tags.Marker()
    path = tmp_path / "figure.pdf"
    template = SimpleDocTemplate(str(path), title="Figure test", lang="en-GB", displayDocTitle=1,
                                 initialFontName=REGULAR)
    template._doSave = 0
    template.build([chart], canvasmaker=partial(pdf_tags.TaggedCanvas, marker=marker))
    pdf_tags.write_tree(template.canv, tagger.root, marker, "en-GB")
    template.canv.save()
    with pikepdf.open(path) as pdf:
        figure = pdf.Root.StructTreeRoot.K[0].K
        assert figure.S == pikepdf.Name.Figure and str(figure.Alt) == block.alt
        texts, unmarked = page_marks(pdf.pages[0])
        assert unmarked == [] and texts == {0: "Completed: 3"}
    run = subprocess.run([sys.executable, "-m", "pdfua", "check", str(path)], capture_output=True, text=True,
                         timeout=120, check=False)
    assert "UA-13-004" not in run.stdout and "errors=0" in run.stdout, run.stdout
