"""The languages the app writes and speaks: the one list every module asks."""

from __future__ import annotations

from typing import Any

LANGUAGES = ("en", "et")
DEFAULT_LANGUAGE = "en"


def known_language(lang: Any, default: str = DEFAULT_LANGUAGE) -> str:
    """*lang* when it is one of :data:`LANGUAGES`, else *default*."""
    return lang if isinstance(lang, str) and lang in LANGUAGES else default
