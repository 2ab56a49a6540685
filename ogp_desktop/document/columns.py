"""Column widths from content, the same for Word and PDF.

A column is never narrower than its longest word at the cell's font size (so no
word is cut mid-word in either file; a date, joined by no-break spaces, is one word),
and the room left is shared as browsers do for automatic tables: in proportion to how much wider than that minimum each
column's longest paragraph would like to be. Both files use the same fonts
(DejaVu, embedded in both), so the same widths give the same lines.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import split as line_words

from ogp_desktop.document.fixed_texts import NO_BREAK
from ogp_desktop.document.fonts import BOLD, REGULAR, register_fonts
from ogp_desktop.document.model import Cell, DataTable

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


def _widest(words: list[str], font: str) -> float:
    widest = 0.0
    for word in set(words):  # a long cell repeats words; measure each once
        if word:
            widest = max([widest, *(stringWidth(piece, font, CELL_SIZE) for piece in _pieces(word))])
    return widest


def _words_and_width(text: str, font: str) -> tuple[float, float, float]:
    """(widest word, widest word if no-break spaces could break, whole text on one line) of *text*
    in points at CELL_SIZE. Words as reportlab breaks them: U+00A0 (inside a date) joins."""
    widest = _widest(line_words(text), font)
    loose = _widest(text.split(), font) if NO_BREAK in text else widest
    return widest, loose, max((stringWidth(line, font, CELL_SIZE) for line in text.split("\n")), default=0.0)


def content_widths(table: DataTable, total: float) -> list[float]:
    """Widths in points of *table*'s columns, summing to *total*."""
    return fitted(table, total)[0]


def fitted(table: DataTable, total: float) -> tuple[list[float], DataTable]:
    """The widths of *table*'s columns (summing to *total*) and the table to draw in them.

    A date (words joined by no-break spaces) counts as one word while the table has room for
    it; when even the words do not fit, its spaces may break again, in the columns too narrow
    for it: squeezed, a joined word would be cut between letters instead.
    """
    register_fonts()
    n = len(table.header)
    if n == 0:
        return [], table
    low = [0.0] * n
    loose = [0.0] * n
    high = [0.0] * n
    for j, head in enumerate(table.header):
        low[j], loose[j], high[j] = _words_and_width(head, BOLD)
    for row in table.rows:
        for j, cell in enumerate(row[:n]):
            for para in cell:
                font = BOLD if any(s.bold for s in para.spans) else REGULAR
                w, lw, line = _words_and_width(para.text, font)
                low[j], loose[j], high[j] = max(low[j], w), max(loose[j], lw), max(high[j], line)
    cap = total * _MAX_SHARE if n > 1 else total
    joined = [min(w + PADDING, cap) for w in low]
    low = joined if sum(joined) < total else [min(w + PADDING, cap) for w in loose]
    widths = _shared(low, [h + PADDING for h in high], table.widths, total)
    narrow = {j for j in range(n) if widths[j] < joined[j]}
    return widths, _breakable(table, narrow) if narrow else table


def _shared(low: list[float], high: list[float], prefs: tuple[float, ...], total: float) -> list[float]:
    high = [max(h, lo) for h, lo in zip(high, low, strict=True)]
    if sum(low) >= total:  # even the words do not fit: shrink them alike (the words then break)
        return [total * w / sum(low) for w in low]
    if sum(high) <= total:  # everything fits on one line: spare room by the author's preferences
        spare = total - sum(high)
        weight = sum(prefs) or 1.0
        return [h + spare * p / weight for h, p in zip(high, prefs, strict=True)]
    room = total - sum(low)
    wants = [h - lo for h, lo in zip(high, low, strict=True)]
    return [lo + room * w / sum(wants) for lo, w in zip(low, wants, strict=True)]


def _breakable(table: DataTable, columns: set[int]) -> DataTable:
    """*table* with ordinary spaces for the no-break ones in *columns*."""
    def loosen(cell: Cell) -> Cell:
        return tuple(replace(p, spans=tuple(replace(s, text=s.text.replace(NO_BREAK, " ")) for s in p.spans))
                     for p in cell)

    rows = tuple(tuple(loosen(c) if j in columns and NO_BREAK in "".join(p.text for p in c) else c
                       for j, c in enumerate(row)) for row in table.rows)
    return replace(table, rows=rows)
