"""The PDF's DRAFT watermark drawn as glyph outlines, so it is not text.

Drawn as text, its letters leaked into every page's extracted text (search,
copy, screen readers read "D R A F T" between sentences). The outlines come
from the embedded DejaVu Sans Bold through fontTools; the draft state is still
said in text, on the cover and in the running header.
"""

from __future__ import annotations

import io
from functools import cache

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont

from ogp_desktop import paths

_FONT_FILE = "DejaVuSans-Bold.ttf"


class _PathPen(BasePen):
    """Records a glyph's contours as reportlab path operations (quadratics as cubics)."""

    def __init__(self, glyph_set, ops: list, dx: float) -> None:
        super().__init__(glyph_set)
        self.ops, self.dx = ops, dx

    def _moveTo(self, pt):  # noqa: N802 - fontTools' names
        self.ops.append(("m", (pt[0] + self.dx, pt[1])))

    def _lineTo(self, pt):  # noqa: N802
        self.ops.append(("l", (pt[0] + self.dx, pt[1])))

    def _curveToOne(self, p1, p2, p3):  # noqa: N802
        self.ops.append(("c", (p1[0] + self.dx, p1[1], p2[0] + self.dx, p2[1], p3[0] + self.dx, p3[1])))

    def _closePath(self):  # noqa: N802
        self.ops.append(("z", ()))


@cache
def outline(text: str) -> tuple[tuple, float, float]:
    """(path operations in font units, advance width, units per em) of *text* in DejaVu Sans Bold."""
    # read from bytes: a lazily read TTFont keeps its file open for the life of the process
    font = TTFont(io.BytesIO(paths.resource_path("fonts", _FONT_FILE).read_bytes()))
    glyphs = font.getGlyphSet()
    cmap = font.getBestCmap()
    ops: list = []
    x = 0.0
    for char in text:
        name = cmap.get(ord(char))
        if name is None:
            continue
        glyphs[name].draw(_PathPen(glyphs, ops, x))
        x += glyphs[name].width
    return tuple(ops), x, float(font["head"].unitsPerEm)


def draw_outlined(canv, text: str, size: float) -> None:
    """Fill *text* centred on the origin at *size* points, as paths."""
    ops, advance, upem = outline(text)
    scale = size / upem
    canv.saveState()
    canv.scale(scale, scale)
    canv.translate(-advance / 2, -0.35 * upem)
    path = canv.beginPath()
    for op, args in ops:
        if op == "m":
            path.moveTo(*args)
        elif op == "l":
            path.lineTo(*args)
        elif op == "c":
            path.curveTo(*args)
        else:
            path.close()
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()
