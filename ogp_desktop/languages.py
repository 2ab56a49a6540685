"""The languages the app writes and speaks: the one list every module asks, and the one lookup.

Every bilingual text of the core (template labels, validation and error sentences, terms)
is a ``{"en": ..., "et": ...}`` mapping read through :func:`tr`; the interface's fixed
strings are Qt translations (``resources/i18n``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGUAGES = ("en", "et")
DEFAULT_LANGUAGE = "en"


def tr(text: Mapping[str, str] | None, lang: str) -> str:
    """The *lang* version of a bilingual text, falling back to English ("" for none)."""
    if not text:
        return ""
    return str(text.get(lang) or text.get(DEFAULT_LANGUAGE) or "")


def known_language(lang: Any, default: str = DEFAULT_LANGUAGE) -> str:
    """*lang* when it is one of :data:`LANGUAGES`, else *default*."""
    return lang if isinstance(lang, str) and lang in LANGUAGES else default
