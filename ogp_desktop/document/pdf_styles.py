"""Paragraph and table styles of the PDF: every one names a DejaVu face explicitly.

reportlab falls back to Helvetica wherever a style omits ``fontName``; that
font is not embedded and has no Baltic letters, so nothing here inherits it.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm

from ogp_desktop.document.fonts import BOLD, ITALIC, REGULAR
from ogp_desktop.document.hyphenation import hyphenator

MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 2.0 * cm, 2.2 * cm, 2.0 * cm
TEXT_WIDTH = A4[0] - 2 * MARGIN_X
FRAME_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#595959")
RULE = colors.HexColor("#9aa5b1")
HEADER_FILL = colors.HexColor("#dce6f0")
LABEL_FILL = colors.HexColor("#f2f2f2")
LINK = "#0563c1"


MISSING = colors.HexColor("#c00000")


def _style(name: str, **kw) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": 10, "leading": 13.5, "textColor": INK,
            "bulletFontName": REGULAR, "spaceAfter": 5}
    base.update(kw)
    return ParagraphStyle(name, **base)


_UNHYPHENATED = ("cell_bold", "title", "subtitle", "h1", "h2", "h3", "toc_title", "toc1", "toc2", "toc3", "toc_page")


def build_styles(lang: str = "en") -> dict[str, ParagraphStyle]:
    """The styles for a document in *lang*: text hyphenates with that language's rules, titles do not."""
    styles = _styles()
    hyphenate = hyphenator(lang)
    if hyphenate is not None:
        for name, style in styles.items():
            if name not in _UNHYPHENATED:
                style.hyphenationLang = hyphenate
    return styles


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "body": _style("body", spaceAfter=7),
        "note": _style("note", fontName=ITALIC, textColor=MUTED),
        "statement": _style("statement", fontName=BOLD, spaceBefore=4, spaceAfter=3),
        "missing": _style("missing", fontName=ITALIC, textColor=MISSING),
        "cell_missing": _style("cell_missing", fontName=ITALIC, textColor=MISSING, fontSize=9, leading=11.5,
                               spaceAfter=2),
        "chart_title": _style("chart_title", fontName=BOLD, fontSize=10, leading=13, spaceBefore=6),
        "cell": _style("cell", fontSize=9, leading=11.5, spaceAfter=2),
        "cell_bold": _style("cell_bold", fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=2),
        "bullet": _style("bullet", leftIndent=14, bulletIndent=3, spaceAfter=3),
        "h1": _style("h1", fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceBefore=14,
                     spaceAfter=9, keepWithNext=1),
        "h2": _style("h2", fontName=BOLD, fontSize=13, leading=17, textColor=ACCENT, spaceBefore=11,
                     spaceAfter=6, keepWithNext=1),
        "h3": _style("h3", fontName=BOLD, fontSize=11, leading=14, textColor=INK, spaceBefore=9,
                     spaceAfter=4, keepWithNext=1),
        "title": _style("title", fontName=BOLD, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=14),
        "subtitle": _style("subtitle", fontSize=14, leading=18, textColor=MUTED, spaceAfter=28),
        "draft": _style("draft", fontName=BOLD, fontSize=12, leading=16, textColor=colors.HexColor("#c00000"),
                        spaceBefore=30),
        "toc_title": _style("toc_title", fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT,
                            spaceAfter=12),
        "toc1": _style("toc1", fontName=BOLD, fontSize=10, leading=13, spaceAfter=0),
        "toc2": _style("toc2", fontSize=10, leading=13, leftIndent=14, spaceAfter=0),
        "toc3": _style("toc3", fontSize=9, leading=12, leftIndent=28, spaceAfter=0),
        "toc_page": _style("toc_page", fontSize=10, leading=13, alignment=TA_RIGHT, spaceAfter=0),
        "centre": _style("centre", alignment=TA_CENTER),
    }
