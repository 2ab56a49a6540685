"""File names the app proposes (exports, report files, contributions), safe on every system.

A report title comes from another organisation's file, so it may carry
characters that disguise a name (U+202E RIGHT-TO-LEFT OVERRIDE turns
``report‮fdp.exe`` into what looks like ``reportexe.pdf``), characters
Windows forbids, or a name Windows reserves for a device (``CON``, ``LPT1``).
Invisible characters (format characters such as U+00AD, U+180E, the tag
characters U+E0000-E007F, fillers that render as nothing) are dropped too.

Linux and macOS allow 255 *bytes* per name, Windows 255 UTF-16 units: a
stem is cut at :data:`MAX_BYTES` of UTF-8 (which is never more UTF-16
units), between grapheme clusters so no accent or emoji is cut in half,
leaving room for any suffix the app adds (``.ogpreport.json``).
"""

from __future__ import annotations

import re
import unicodedata

import regex  # \X: extended grapheme clusters, which the standard library cannot find

from ogp_desktop.text import clean_text

MAX_BYTES = 200  # UTF-8 bytes in a stem: 255 is the limit with the extension, kept well clear of it

# Every format character (Unicode category Cf: bidirectional controls, U+00AD, U+180E, U+200B-U+200F,
# tags U+E0000-E007F, ...) and the fillers that render as nothing: they change how a name looks, not
# what it says.
_INVISIBLE = regex.compile(r"[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\u180b-\u180d]")
_GRAPHEME = regex.compile(r"\X")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]]
)


def is_reserved(stem: str) -> bool:
    """Whether Windows treats the name as a device, with or without an extension (``con.txt`` too)."""
    return stem.split(".", 1)[0].rstrip(" ").upper() in _RESERVED


def _cut(text: str, max_chars: int, max_bytes: int) -> str:
    """*text*'s first grapheme clusters: at most *max_chars* of them and *max_bytes* bytes of UTF-8."""
    if len(text) <= max_chars and len(text.encode("utf-8")) <= max_bytes:
        return text
    size = 0
    for count, match in enumerate(_GRAPHEME.finditer(text)):
        size += len(match.group().encode("utf-8"))
        if count >= max_chars or size > max_bytes:
            return text[: match.start()]
    return text


def safe_stem(text: str, max_chars: int = 80, fallback: str = "report", max_bytes: int = MAX_BYTES) -> str:
    """A file name stem from *text*: no hidden or forbidden characters, not a reserved name, not empty,
    at most *max_chars* grapheme clusters and *max_bytes* bytes of UTF-8."""
    stem = unicodedata.normalize("NFC", clean_text(text))
    stem = _INVISIBLE.sub("", stem)
    stem = _UNSAFE.sub("_", stem.replace(": ", " - ")).strip(" ._")
    stem = _cut(stem, max_chars, max_bytes).rstrip(" .")
    if not stem:
        return fallback
    if is_reserved(stem):  # "CON", "con.txt", "LPT1 " all name a device on Windows
        stem = f"_{stem}"
    return stem
