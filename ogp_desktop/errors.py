"""Refusals the user reads: a code and parameters in the core, a sentence in their language at the edge.

A core module raises ``SomeError("contribution.keys_missing", row=..., version=...)``;
``str(exc)`` is the English sentence (logs, tests, the CLI without ``--lang``), and
:func:`user_message` gives it in the interface or ``--lang`` language. Parameters
that are themselves words (which version of a report, what kind of value) are
:class:`Term` objects, so they are translated too; so is any other :class:`Phrase`
parameter, such as a UserError giving the reason inside a sentence. The sentences live
in :mod:`ogp_desktop.error_messages`. An :class:`OSError` gets a sentence of its own
(``os.*``: its path and the system's reason); anything else falls back to ``str(exc)``.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from ogp_desktop.languages import DEFAULT_LANGUAGE, known_language, tr


@dataclass(frozen=True)
class Term:
    """A word or phrase used inside a sentence, in every language."""

    en: str
    et: str

    def text(self, lang: str) -> str:
        return tr({"en": self.en, "et": self.et}, lang)

    def capitalized(self) -> Term:
        """The same words starting an English sentence (the rest, a draft title, untouched).

        Estonian sentences put such a phrase (a genitive: "mustandi „X“") after a word of their own.
        """
        return Term(self.en[:1].upper() + self.en[1:], self.et)


@runtime_checkable
class Phrase(Protocol):
    """Anything that words itself in a language, such as a store's recovery notice."""

    def text(self, lang: str) -> str: ...


class UserError(ValueError):
    """A refusal with ``code`` and ``params``; ``str()`` is its English sentence."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(render(code, DEFAULT_LANGUAGE, params))

    def text(self, lang: str) -> str:
        return render(self.code, lang, self.params)


class ReportFileError(UserError):
    """A report file cannot be used (codes ``report_file.*``, raised in ``reportfile.py``)."""


def render(code: str, lang: str, params: dict[str, Any]) -> str:
    """The sentence for *code* in *lang*, with *params* filled in (Terms in the same language)."""
    from ogp_desktop.error_messages import MESSAGES

    lang = known_language(lang)
    texts = MESSAGES.get(code)
    if texts is None:  # a code without a sentence is a bug; still say something useful
        return f"{code}: {params}"
    words = {k: v.text(lang) if isinstance(v, Phrase) else v for k, v in params.items()}  # Term, UserError, ...
    return tr(texts, lang).format(**words)


# errno -> the code of its sentence; others say the system's own reason (os.other)
_OS_CODES = {
    errno.ENOENT: "os.not_found", errno.EACCES: "os.permission_denied", errno.EPERM: "os.permission_denied",
    errno.EISDIR: "os.is_a_directory", errno.ENOTDIR: "os.not_a_directory", errno.ENOSPC: "os.disk_full",
    errno.EDQUOT: "os.disk_full", errno.EROFS: "os.read_only",
}


def os_error_text(exc: OSError, lang: str) -> str:
    """One sentence for an OS error: the file it concerns and the system's reason (errno name and text)."""
    name = errno.errorcode.get(exc.errno or 0, "")
    reason = f"{name}: {exc.strerror}" if name and exc.strerror else exc.strerror or str(exc) or type(exc).__name__
    path = exc.filename if exc.filename is not None else ""
    code = _OS_CODES.get(exc.errno or 0, "os.other")
    if not path:
        code += "_no_path"
    return render(code, lang, {"path": str(path), "reason": reason})


def user_message(exc: BaseException, lang: str) -> str:
    """What to show the user for *exc* in *lang*: a UserError's or an OSError's sentence, else ``str(exc)``."""
    if isinstance(exc, UserError):
        return exc.text(lang)
    if isinstance(exc, OSError):
        return os_error_text(exc, lang)
    return str(exc)
