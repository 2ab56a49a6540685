"""Every character reads back from the PDF as itself, drawn or not (issue 11).

reportlab's ToUnicode CMap writes a character outside the BMP as its bare code
(``<1F600>``), which readers take for U+1F60: the PDF wants UTF-16BE, a surrogate
pair. A character the font lacks was drawn with glyph 0, ``.notdef`` (which
PDF/UA-1 7.21.8 forbids), and read back as nothing. Here such a character gets
a code of its own, drawn with a stand-in glyph of the font (a white square, or
nothing for an invisible format character) while the CMap names the character
itself, so copying, search and screen readers get the real text.
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.pdfbase.ttfonts import makeToUnicodeCMap

BOX, INVISIBLE, SPACE = 0x25A1, 0x200B, 0x20  # stand-ins: white square, zero width space, space
# U+0000 is reportlab's own code 0 in every subset (and clean_text drops it): left alone
UNTOUCHED = frozenset("\x00")

_ASTRAL = re.compile(r"^<([0-9A-F]{2})> <([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16(match: re.Match) -> str:
    return f"<{match[1]}> <{chr(int(match[2], 16)).encode('utf-16-be').hex().upper()}>"


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for *subset*, with characters past U+FFFF as surrogate pairs."""
    return _ASTRAL.sub(_utf16, makeToUnicodeCMap(fontname, subset))


def stand_in(char: str) -> int:
    """The character whose glyph draws *char* when the font has none."""
    if unicodedata.category(char) in ("Cc", "Cf") or 0xFE00 <= ord(char) <= 0xFE0F or 0xE0100 <= ord(char) <= 0xE01EF:
        return INVISIBLE  # controls, joiners, direction marks, variation selectors, tags
    return SPACE if unicodedata.category(char) == "Zs" else BOX


def cover(face, text: str) -> None:
    """Map every character of *text* that *face* lacks to its stand-in's glyph and width.

    reportlab does the same for shaped glyphs (``TTFont.__addPrivate``); the font's own
    characters are untouched, and a character once mapped stays so for the process.
    """
    glyphs, widths = face.charToGlyph, face.charWidths
    for char in set(text) - UNTOUCHED:
        code = ord(char)
        if code not in glyphs:
            other = stand_in(char)
            if other in glyphs:
                glyphs[code] = glyphs[other]
                widths[code] = widths.get(other, face.defaultWidth)
