"""The completion chart in the PDF: vector bars (reportlab graphics), one a level.

The same picture as the DOCX's image (:mod:`chart_image`): a bar per level,
its label on the left and its count at the end; drawn here as paths and text
so it stays sharp at any zoom.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from ogp_desktop.document import pdf_styles
from ogp_desktop.document.fonts import REGULAR
from ogp_desktop.document.model import BarChart

BAR_HEIGHT, GAP, SIZE = 14.0, 6.0, 9.0


def bar_chart(chart: BarChart, width: float) -> Drawing:
    bars = chart.bars
    label_width = max((stringWidth(name, REGULAR, SIZE) for name, _ in bars), default=0.0) + 8
    room = max(width * 0.75 - label_width, 40.0)
    top = max((n for _, n in bars), default=0) or 1
    height = len(bars) * (BAR_HEIGHT + GAP) + GAP
    drawing = Drawing(width, height, initialFontName=REGULAR)  # else a Helvetica font resource
    for i, (name, count) in enumerate(bars):
        y = height - (i + 1) * (BAR_HEIGHT + GAP)
        drawing.add(String(label_width - 8, y + 4, name, fontName=REGULAR, fontSize=SIZE,
                           textAnchor="end", fillColor=pdf_styles.INK))
        length = room * count / top
        if length:
            drawing.add(Rect(label_width, y, length, BAR_HEIGHT, fillColor=pdf_styles.ACCENT, strokeColor=None))
        drawing.add(String(label_width + length + 4, y + 4, str(count), fontName=REGULAR, fontSize=SIZE,
                           fillColor=pdf_styles.INK))
    return drawing
