"""Text hygiene: the one function every piece of incoming text passes through.

Report values end up in XML (DOCX) and in PDF paragraphs; both refuse most C0
control characters, and Word pastes bring vertical tabs (line breaks in Word)
and form feeds (page breaks). We keep every printable character exactly and
only translate or drop what no document can carry.
"""

from __future__ import annotations

import re
from typing import Any

_TABLE: dict[int, str | None] = {c: None for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}
_TABLE[0x0B] = "\n"  # vertical tab: Word's manual line break
_TABLE[0x0C] = "\n\n"  # form feed: a page break becomes a paragraph break
_TABLE[0xFFFE] = None
_TABLE[0xFFFF] = None
_SURROGATE = re.compile("[\ud800-\udfff]")
# Anything clean_text would change; most values contain none, and a search is
# much cheaper than building a translated copy (exports clean every value).
_NEEDS_CLEANING = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]")
_NEWLINES = re.compile(r"\r\n?")


def clean_text(text: str) -> str:
    """Return *text* safe for storage and export, otherwise unchanged.

    U+000B becomes a line break, U+000C a paragraph break, CR LF and CR become
    LF, other C0 controls and the non-characters U+FFFE/U+FFFF are dropped,
    and lone surrogates become U+FFFD.
    """
    if not _NEEDS_CLEANING.search(text):
        return text
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    text = text.translate(_TABLE)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text


def clean_value(value: Any) -> Any:
    """Apply :func:`clean_text` to every string inside a JSON-like value (keys too)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_value(v) for v in value]
    if isinstance(value, dict):
        return {clean_text(k) if isinstance(k, str) else k: clean_value(v) for k, v in value.items()}
    return value


def paragraphs(text: str) -> list[str]:
    """Split long text into paragraphs at blank lines (the spec's longtext convention)."""
    parts = re.split(r"\n[ \t]*\n", text.strip())
    return [p.strip("\n") for p in parts if p.strip()]


def word_count(text: str) -> int:
    return len(text.split())
