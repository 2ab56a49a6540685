"""Refusals the user reads: a code and parameters in the core, a sentence in their language at the edge.

A core module raises ``SomeError("contribution.keys_missing", row=..., version=...)``;
``str(exc)`` is the English sentence (logs, tests, the CLI without ``--lang``), and
:func:`user_message` gives it in the interface or ``--lang`` language. Parameters
that are themselves words (which version of a report, what kind of value) are
:class:`Term` objects, so they are translated too. The sentences live in
:mod:`ogp_desktop.error_messages`. Exceptions that are not :class:`UserError`
(an OS error, an older error class) fall back to ``str(exc)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ogp_desktop.languages import DEFAULT_LANGUAGE, known_language, tr


@dataclass(frozen=True)
class Term:
    """A word or phrase used inside a sentence, in every language."""

    en: str
    et: str

    def text(self, lang: str) -> str:
        return tr({"en": self.en, "et": self.et}, lang)


class UserError(ValueError):
    """A refusal with ``code`` and ``params``; ``str()`` is its English sentence."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(render(code, DEFAULT_LANGUAGE, params))

    def text(self, lang: str) -> str:
        return render(self.code, lang, self.params)


class ReportFileError(ValueError):
    """A report file cannot be used; ``str()`` is a sentence for the user (``reportfile.py``)."""


def render(code: str, lang: str, params: dict[str, Any]) -> str:
    """The sentence for *code* in *lang*, with *params* filled in (Terms in the same language)."""
    from ogp_desktop.error_messages import MESSAGES

    lang = known_language(lang)
    texts = MESSAGES.get(code)
    if texts is None:  # a code without a sentence is a bug; still say something useful
        return f"{code}: {params}"
    words = {k: v.text(lang) if isinstance(v, Term) else v for k, v in params.items()}
    return tr(texts, lang).format(**words)


def user_message(exc: BaseException, lang: str) -> str:
    """What to show the user for *exc* in *lang*: the sentence of a UserError, else ``str(exc)``."""
    return exc.text(lang) if isinstance(exc, UserError) else str(exc)
