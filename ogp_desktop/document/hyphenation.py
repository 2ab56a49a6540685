"""Hyphenation dictionaries (pyphen's, from LibreOffice) for the PDF's line breaking.

reportlab takes a callable per paragraph style; one hyphenator a language is
loaded once per process, as loading a dictionary costs a few milliseconds.
Word and LibreOffice hyphenate the DOCX themselves (``w:autoHyphenation`` and
each run's language), with the same kind of dictionaries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

import pyphen

_DICTIONARIES = {"et": "et_EE", "en": "en_GB"}


@cache
def hyphenator(lang: str) -> Callable[[str], Iterator[tuple[str, str]]] | None:
    """pyphen's (head, tail) splitter for *lang* ("et", "en"), or None for an unknown language."""
    name = _DICTIONARIES.get(lang)
    if name is None or name not in pyphen.LANGUAGES:
        return None
    return pyphen.Pyphen(lang=name).iterate
