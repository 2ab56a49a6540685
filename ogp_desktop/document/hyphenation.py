"""Hyphenation dictionaries (pyphen's, from LibreOffice) for the PDF's line breaking.

reportlab takes a callable per paragraph style; one hyphenator a language is
loaded once per process, as loading a dictionary costs a few milliseconds.
Word and LibreOffice hyphenate the DOCX themselves (``w:autoHyphenation`` and
each run's language), with the same kind of dictionaries.

A paragraph hyphenates by its own language (:func:`paragraph_language`): an
English value left in an Estonian export is split by English rules, and names,
identifiers and addresses by none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache

import pyphen

from ogp_desktop.document.model import Span

_DICTIONARIES = {"et": "et_EE", "en": "en_GB"}


@cache
def hyphenator(lang: str) -> Callable[[str], Iterator[tuple[str, str]]] | None:
    """pyphen's (head, tail) splitter for *lang* ("et", "en"), or None for an unknown language."""
    name = _DICTIONARIES.get(lang)
    if name is None or name not in pyphen.LANGUAGES:
        return None
    return pyphen.Pyphen(lang=name).iterate


def paragraph_language(spans: Iterable[Span], default: str) -> str | None:
    """The language a paragraph of *spans* hyphenates in (*default*: the document's), or None
    for not at all: a run no dictionary may split (a name, an address), or runs in two languages,
    which one paragraph style cannot split each by its own rules."""
    langs = set()
    for span in spans:
        if not span.hyphenate:
            return None
        langs.add(span.lang or default)
    return langs.pop() if len(langs) == 1 else None if langs else default
