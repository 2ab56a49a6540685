"""Column widths from content, the same for Word and PDF.

A column is never narrower than its longest word at the cell's font size (so no
word is cut mid-word in either file), and the room left is shared as browsers
do for automatic tables: in proportion to how much wider than that minimum each
column's longest paragraph would like to be. Both files use the same fonts
(DejaVu, embedded in both), so the same widths give the same lines.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from ogp_desktop.document.fonts import BOLD, REGULAR, register_fonts
from ogp_desktop.document.model import DataTable

CELL_SIZE = 9.0  # pt, table text in both files
PADDING = 12.0  # pt, left + right cell padding (reportlab's 6 + 6; Word's 0.19 cm + 0.19 cm)
_MAX_SHARE = 0.5  # one column's minimum never takes more than half the table


# A web or e-mail address is not a word: both files break it at its punctuation like any
# browser, so only its longest piece must fit (otherwise one long link squeezes every column
# below its words and they break mid-word).
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)|@", re.IGNORECASE)
_ADDRESS_PIECES = re.compile(r"(?<=[/.?&=_@#-])")


def _pieces(word: str) -> list[str]:
    return _ADDRESS_PIECES.split(word) if _ADDRESS.search(word) else [word]


def _words_and_width(text: str, font: str) -> tuple[float, float]:
    """(widest word, whole text on one line) of *text* in points at CELL_SIZE."""
    widest = 0.0
    seen: set[str] = set()
    for word in text.split():
        if word not in seen:  # a long cell repeats words; measure each once
            seen.add(word)
            widest = max([widest, *(stringWidth(piece, font, CELL_SIZE) for piece in _pieces(word))])
    return widest, max((stringWidth(line, font, CELL_SIZE) for line in text.split("\n")), default=0.0)


def content_widths(table: DataTable, total: float) -> list[float]:
    """Widths in points of *table*'s columns, summing to *total*."""
    register_fonts()
    n = len(table.header)
    if n == 0:
        return []
    low = [0.0] * n
    high = [0.0] * n
    for j, head in enumerate(table.header):
        low[j], high[j] = _words_and_width(head, BOLD)
    for row in table.rows:
        for j, cell in enumerate(row[:n]):
            for para in cell:
                font = BOLD if any(s.bold for s in para.spans) else REGULAR
                w, line = _words_and_width(para.text, font)
                low[j], high[j] = max(low[j], w), max(high[j], line)
    low = [min(w + PADDING, total * _MAX_SHARE if n > 1 else total) for w in low]
    high = [max(h + PADDING, lo) for h, lo in zip(high, low, strict=True)]
    if sum(low) >= total:  # even the words do not fit: shrink them alike (the words then break)
        return [total * w / sum(low) for w in low]
    if sum(high) <= total:  # everything fits on one line: spare room by the author's preferences
        spare = total - sum(high)
        prefs = sum(table.widths) or 1.0
        return [h + spare * p / prefs for h, p in zip(high, table.widths, strict=True)]
    room = total - sum(low)
    wants = [h - lo for h, lo in zip(high, low, strict=True)]
    return [lo + room * w / sum(wants) for lo, w in zip(low, wants, strict=True)]
