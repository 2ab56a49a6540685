"""File names the app proposes (exports, report files, contributions), safe on every system.

A report title comes from another organisation's file, so it may carry
characters that disguise a name (U+202E RIGHT-TO-LEFT OVERRIDE turns
``report‮fdp.exe`` into what looks like ``reportexe.pdf``), characters
Windows forbids, or a name Windows reserves for a device (``CON``, ``LPT1``).
"""

from __future__ import annotations

import re
import unicodedata

from ogp_desktop.text import clean_text

# Bidirectional controls and invisible format characters: they change how a name looks, not what it says.
_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]]
)


def is_reserved(stem: str) -> bool:
    """Whether Windows treats the name as a device, with or without an extension (``con.txt`` too)."""
    return stem.split(".", 1)[0].rstrip(" ").upper() in _RESERVED


def safe_stem(text: str, max_chars: int = 80, fallback: str = "report") -> str:
    """A file name stem from *text*: no hidden or forbidden characters, not a reserved name, not empty."""
    stem = unicodedata.normalize("NFC", clean_text(text))
    stem = _INVISIBLE.sub("", stem)
    stem = _UNSAFE.sub("_", stem.replace(": ", " - ")).strip(" ._")
    stem = stem[:max_chars].rstrip(" .")
    if not stem:
        return fallback
    if is_reserved(stem):  # "CON", "con.txt", "LPT1 " all name a device on Windows
        stem = f"_{stem}"
    return stem
