"""The PDF fonts: DejaVu Sans, shipped in ``resources/fonts/`` and registered once per process.

DejaVu carries every Latin letter the Baltic languages need (õ, ā, ė, ų ...);
reportlab's built-in Helvetica has none of them and is never embedded.
"""

from __future__ import annotations

import threading
import weakref

from reportlab.lib.fonts import addMapping
from reportlab.lib.rl_accel import instanceStringWidthTTF as _string_width  # noqa: N813 - one call, C
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ogp_desktop import paths
from ogp_desktop.document import font_coverage

FAMILY = "DejaVuSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Oblique", f"{FAMILY}-BoldOblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
_lock = threading.Lock()
_WIDTHS_KEPT = 10_000  # remembered widths per face and size: the common words, a megabyte or so
_registered = False
_ASCII_CONTROLS = "".join(map(chr, [*range(0x20), 0x7F]))


class _FastTTFont(TTFont):
    """TTFont whose text encoding skips reportlab's per-character loop when it can.

    ``splitString`` maps every drawn character to its code in a font subset, one Python
    step per character; it was the largest single cost of drawing a long report. Once a
    text's characters all have a code in the first subset (nearly always, after the first
    few paragraphs), ``str.translate`` gives the same bytes in one C call.
    """

    _ogp_last: tuple | None = None
    _ogp_widths: dict[float, dict[str, float]]  # size -> text -> width, per face (set in __init__)
    _ogp_known: frozenset[str] = frozenset()  # characters with a glyph or a stand-in (font_coverage)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._ogp_widths = {}
        # The first subset holds codes 0-127 whether a document uses them or not, each with its glyph as the
        # font maps it now: a control character covered by an earlier export in this process (DEL, at 127)
        # gave the next PDF another glyph than a fresh process would. Covered from the start, every PDF of
        # a report is the same bytes whatever was exported before it.
        self._ogp_cover(_ASCII_CONTROLS)

    def _ogp_cover(self, text: str) -> None:
        if not self._ogp_known.issuperset(text):
            font_coverage.cover(self.face, text)
            self._ogp_known = frozenset(map(chr, self.face.charToGlyph)) | font_coverage.UNTOUCHED

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 - reportlab's name
        # Line breaking measures word by word, the same few thousand words over and over (a tenth of
        # a PDF's time): each width is remembered per size. A width never changes once measured: a
        # stand-in glyph (font_coverage) is given before a text's first measure, and only ever added.
        widths = self._ogp_widths.get(size)
        if widths is None:
            widths = self._ogp_widths.setdefault(size, {})
        width = widths.get(text)
        if width is None:
            # every text is measured before it is drawn: a stand-in's width is the one laid out
            if not text.isascii():
                self._ogp_cover(text)
            width = _string_width(self, text, size, encoding)
            if len(widths) >= _WIDTHS_KEPT:
                widths.clear()  # a huge vocabulary: keep memory flat, the common words come back at once
            widths[text] = width
        return width

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 - reportlab's name
        last = self._ogp_last  # (weak document, its state): the WeakKeyDictionary lookup showed too
        if last is not None and last[0]() is doc:
            state = last[1]
        else:
            state = self.state.get(doc)
            if state is None:
                return super().splitString(text, doc, encoding)
            self._ogp_last = (weakref.ref(doc), state)
        if not isinstance(text, str):
            return super().splitString(text, doc, encoding)
        assignments = state.assignments
        fast = getattr(state, "_ogp_fast", None)
        if fast is None or fast[0] != len(assignments):
            # Codes are never reassigned, so the table only grows; rebuilt when it does.
            table = {code: n for code, n in assignments.items() if n < 256}
            if 32 in table:
                table[0xA0] = table[32]  # reportlab draws a no-break space as a space
            fast = state._ogp_fast = (len(assignments), table, frozenset(map(chr, table)))
        if not fast[2].issuperset(text):
            if isinstance(text, str) and not text.isascii():
                self._ogp_cover(text)
            return super().splitString(text, doc, encoding)
        return [(0, text.translate(fast[1]).encode("latin-1"))] if text else []

    def addObjects(self, doc):  # noqa: N802 - reportlab's name
        """reportlab's font objects, with ToUnicode CMaps that give characters past U+FFFF right."""
        state = self.state.get(doc)
        subsets = [] if state is None else [(self.getSubsetInternalName(n, doc)[1:], list(subset))
                                            for n, subset in enumerate(state.subsets)]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for name, subset in subsets:
            if max(subset, default=0) > 0xFFFF:
                stream = doc.idToObject[fonts[name].ToUnicode.name]
                stream.content = font_coverage.to_unicode_cmap(fonts[name].BaseFont, subset)


def register_fonts() -> None:
    """Register the four faces and the family; later calls return at once (the GUI exports
    from a worker thread, hence the lock)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(_FastTTFont(name, str(paths.resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        # <b>/<i> inside paragraphs resolve through these mappings.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
