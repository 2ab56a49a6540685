"""The PDF fonts: DejaVu Sans, shipped in ``resources/fonts/`` and registered once per process.

DejaVu carries every Latin letter the Baltic languages need (õ, ā, ė, ų ...);
reportlab's built-in Helvetica has none of them and is never embedded.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ogp_desktop import paths

FAMILY = "DejaVuSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Oblique", f"{FAMILY}-BoldOblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}
_lock = threading.Lock()
_registered = False


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
            pdfmetrics.registerFont(TTFont(name, str(paths.resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        # <b>/<i> inside paragraphs resolve through these mappings.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
