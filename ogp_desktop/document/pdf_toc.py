"""The PDF table of contents, laid out before any heading's page is known.

Each entry is a flowable of fixed height: its text is wrapped here with the
font metrics, and its page number is a form XObject drawn at the right margin
and defined only after the last page (:func:`define_numbers`). Numbers therefore
cannot change the layout, and one layout pass suffices.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

PAGE_COL = 1.4 * cm  # room for the page number; entry text never enters it
PAD = 1.5  # above and below each entry
MAX_LINES = 4  # a longer heading is cut short with "…": an entry must fit on one page


def number_form(index: int) -> str:
    return f"ogp_toc_{index}"


def entry_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The entry's lines: wrapped, and at most MAX_LINES, the last ending in "…" if cut."""
    lines = wrap_text(text, font, size, width)
    if len(lines) <= MAX_LINES:
        return lines
    last = lines[MAX_LINES - 1]
    while last and stringWidth(last + "…", font, size) > width:
        last = last[:-1]
    return lines[:MAX_LINES - 1] + [last.rstrip() + "…"]


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by the font's metrics; a word wider than a line is cut by character."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while len(line) > 1 and stringWidth(line, font, size) > width:
            cut = _fitting_prefix(line, font, size, width)
            lines.append(line[:cut])
            line = line[cut:]
    if line or not lines:
        lines.append(line)
    return lines


def _fitting_prefix(word: str, font: str, size: float, width: float) -> int:
    """Length of the longest start of *word* that fits *width* (at least one character);
    summed glyph by glyph so that a very long word costs linear time."""
    total = 0.0
    for i, char in enumerate(word):
        total += stringWidth(char, font, size)
        if total > width:
            return max(i, 1)
    return len(word)


class TocEntry(Flowable):
    """One linked contents line (or a few, wrapped) and its page number form."""

    def __init__(self, index: int, key: str, text: str, style: ParagraphStyle, number_style: ParagraphStyle,
                 width: float) -> None:
        super().__init__()
        self.index, self.key = index, key
        self.style, self.number_style = style, number_style
        self.width = width
        self.lines = entry_lines(text, style.fontName, style.fontSize, width - PAGE_COL - style.leftIndent)
        self.height = len(self.lines) * style.leading + 2 * PAD

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab's signature
        return self.width, self.height

    def last_baseline(self) -> float:
        """Where the page number sits: level with the entry's last line (as the bottom-aligned table did)."""
        return PAD + self.style.leading - self.style.fontSize

    def draw(self) -> None:
        canv, style = self.canv, self.style
        canv.setFillColor(style.textColor)
        canv.setFont(style.fontName, style.fontSize)
        y = self.height - PAD - style.fontSize
        for line in self.lines:
            canv.drawString(style.leftIndent, y, line)
            y -= style.leading
        canv.linkRect("", self.key, (style.leftIndent, 0, self.width, self.height), relative=1)
        canv.doForm(number_form(self.index))


def define_numbers(canv, entries: list[TocEntry], pages: dict[str, int]) -> None:
    """Define each entry's page number form; call after the last page."""
    for entry in entries:
        style = entry.number_style
        canv.beginForm(number_form(entry.index))
        canv.setFillColor(style.textColor)
        canv.setFont(style.fontName, style.fontSize)
        if entry.key in pages:
            canv.drawRightString(entry.width, entry.last_baseline(), str(pages[entry.key]))
        canv.endForm()
