"""The completion chart for Word: a PNG drawn with Pillow, the PDF chart's twin.

Word shows it as a picture whose description (alternative text) says every
number the bars show. Drawn at 3x the printed size so it prints sharp; the
same input always gives the same bytes (no timestamp or metadata chunk).
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from ogp_desktop import paths
from ogp_desktop.document.model import BarChart

SCALE = 3  # pixels per point
BAR_HEIGHT, GAP, SIZE = 14, 6, 9  # points, as in pdf_chart
_ACCENT, _INK = (0x1F, 0x4E, 0x79), (0x1A, 0x1A, 0x1A)


def chart_png(chart: BarChart, width_pt: float) -> tuple[bytes, float, float]:
    """(PNG bytes, width, height in points)."""
    font = ImageFont.truetype(str(paths.resource_path("fonts", "DejaVuSans.ttf")), SIZE * SCALE)
    bars = chart.bars
    label_w = max((font.getlength(name) for name, _ in bars), default=0) / SCALE + 8
    room = max(width_pt * 0.75 - label_w, 40.0)
    top = max((n for _, n in bars), default=0) or 1
    height_pt = len(bars) * (BAR_HEIGHT + GAP) + GAP
    image = Image.new("RGB", (round(width_pt * SCALE), round(height_pt * SCALE)), "white")
    draw = ImageDraw.Draw(image)
    for i, (name, count) in enumerate(bars):
        y = (GAP + i * (BAR_HEIGHT + GAP)) * SCALE
        middle = y + BAR_HEIGHT * SCALE / 2
        draw.text(((label_w - 8) * SCALE, middle), name, font=font, fill=_INK, anchor="rm")
        length = room * count / top
        if length:
            draw.rectangle((label_w * SCALE, y, (label_w + length) * SCALE, y + BAR_HEIGHT * SCALE), fill=_ACCENT)
        draw.text(((label_w + length + 4) * SCALE, middle), str(count), font=font, fill=_INK, anchor="lm")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue(), width_pt, height_pt
