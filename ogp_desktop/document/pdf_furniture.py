"""Page furniture of the PDF: watermark, running header and "Page X of Y" footer.

Every page only *references* form XObjects; the forms are defined once after the
last page, when the page count is known. That is what lets the renderer lay the
story out in a single pass. The watermark and header are one shared form each
(drawn once, not once a page); each footer is its own small form so that it can
stay centred whatever width the total page count turns out to have.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ogp_desktop.document import pdf_styles
from ogp_desktop.document.fonts import REGULAR
from ogp_desktop.document.model import Document
from ogp_desktop.document.pdf_watermark import draw_outlined
from ogp_desktop.text import clean_text

MARGIN_X, TEXT_WIDTH = pdf_styles.MARGIN_X, pdf_styles.TEXT_WIDTH
WATERMARK, HEADER = "ogp_watermark", "ogp_header"


def footer_form(page: int) -> str:
    return f"ogp_footer_{page}"


def draw_furniture(canv, page: int, draft: bool) -> None:
    """Called at the start of each page, so the body is painted over the watermark.
    The cover (page 1) carries neither running header nor page number, as in Word."""
    if draft:
        canv.doForm(WATERMARK)
    if page > 1:
        canv.doForm(HEADER)
        canv.doForm(footer_form(page))


def define_furniture(canv, doc: Document, pages: int) -> None:
    """Define every form :func:`draw_furniture` referenced; call after the last page."""
    if doc.draft:
        canv.beginForm(WATERMARK)
        canv.setFillColorRGB(0.85, 0.85, 0.85)
        canv.translate(A4[0] / 2, A4[1] / 2)
        canv.rotate(50)
        draw_outlined(canv, doc.texts["draft"], 110 if len(doc.texts["draft"]) <= 5 else 90)
        canv.endForm()
    canv.beginForm(HEADER)
    canv.setFillColor(pdf_styles.MUTED)
    canv.setFont(REGULAR, 8)
    title = doc.title + (f" – {doc.texts['draft']}" if doc.draft else "")
    canv.drawString(MARGIN_X, A4[1] - 1.3 * cm, fit(title, REGULAR, 8, TEXT_WIDTH))
    canv.setStrokeColor(pdf_styles.RULE)
    canv.setLineWidth(0.4)
    canv.line(MARGIN_X, A4[1] - 1.45 * cm, A4[0] - MARGIN_X, A4[1] - 1.45 * cm)
    canv.endForm()
    for page in range(1, pages + 1):
        canv.beginForm(footer_form(page))
        canv.setFillColor(pdf_styles.MUTED)
        canv.setFont(REGULAR, 8)
        canv.drawCentredString(A4[0] / 2, 1.1 * cm, doc.texts["page_x_of_y"].format(page=page, pages=pages))
        canv.endForm()


def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a one-line text with an ellipsis until it fits *width*."""
    text = " ".join(clean_text(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 10))]
    return text + "…"
