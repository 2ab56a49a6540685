"""What can go wrong in the draft store, each a code and parameters the GUI and CLI word in their language.

The sentences are in :mod:`ogp_desktop.error_messages_store`. A store file is named by what it holds, a
:class:`~ogp_desktop.errors.Term` (``draft_subject`` ...), so the name is translated with the sentence.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Any

from ogp_desktop.errors import Phrase, Term, UserError, render


class StoreError(UserError):
    """The draft store refused an operation (codes ``store.*``)."""


class DraftNotFoundError(StoreError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "no such draft"


class ConflictError(StoreError):
    """Someone else saved the draft since this copy was read (compare-and-swap failed)."""


class ReadOnlyError(StoreError):
    """The library is open read-only (another copy of the app holds it, or the folder is read-only)."""

    @classmethod
    def because(cls, reason: UserError) -> ReadOnlyError:
        """The refusal for a write, saying *reason* (the library's ``read_only_reason``)."""
        return cls(reason.code, **reason.params)


class DamagedFileError(StoreError):
    """A store file is damaged (or missing) and no backup generation could replace it."""

    def __init__(self, notice: RecoveryNotice) -> None:
        super().__init__("store.damaged", notice=notice)
        self.notice = notice


class UnreadableFileError(StoreError):
    """The system refuses to read a store file (permissions, another program holding it, I/O).

    Not damage: nothing was moved aside or rolled back, and trying again later may work.
    """


class StoreWriteError(StoreError):
    """The disk refused a write; the previous file is untouched."""


# -- how store files are named in sentences (Estonian: genitive, see error_messages_store) ----------
def draft_subject(title: str | None, draft_id: str) -> Term:
    """A draft by the title the list last showed (it survives damage to the file), else by its id."""
    if title:
        return Term(f'the draft "{title}"', f"mustandi „{title}“")
    return Term(f"the draft {draft_id}", f"mustandi {draft_id}")


def versions_of(subject: Term) -> Term:
    return Term(f"the versions of {subject.en}", f"{subject.et} versioonide")


def report_file_subject(name: str) -> Term:
    return Term(f"the report file {name}", f"aruandefaili {name}")


INDEX_SUBJECT = Term("the library list (a cache that is rebuilt from the drafts)",
                     "kogu nimekirja (vahemälu, mis ehitatakse mustanditest uuesti)")


@dataclass(frozen=True)
class RecoveryNotice:
    """One thing the store repaired (or could not) while opening a file."""

    subject: Term  # e.g. draft_subject("Mid-term report", ...) or INDEX_SUBJECT
    problem: Phrase  # e.g. BadFile("store_file.empty"): "it is empty (0 bytes)"
    backup: str | None = None  # the generation file used, or None when none was usable
    kept_as: str | None = None  # where the damaged file was moved, or None when it could not be moved
    kind: str = "damaged"  # or "missing": the file was gone; or "note": *problem* is the whole sentence
    version: Phrase | None = None  # recovered from this saved version (notice.version_of) instead

    @property
    def recovered(self) -> bool:
        return self.backup is not None or self.version is not None

    @property
    def message(self) -> str:
        """The English sentence (logs, tests); :meth:`text` gives it in any language."""
        return self.text("en")

    def text(self, lang: str) -> str:
        if self.kind == "note":  # a sentence of its own (a damaged version among good ones)
            return self.problem.text(lang)
        params: dict[str, Any] = {"subject": self.subject, "fault": self.problem, "backup": self.backup,
                                  "version": self.version, "kept_as": self.kept_as}
        how = "_version" if self.version else "_backup" if self.backup else ""
        first = render(f"notice.{self.kind}{how}", lang, params)
        if self.kind == "missing":
            return first
        return first + " " + render("notice.kept_as" if self.kept_as else "notice.left_in_place", lang, params)

    def __str__(self) -> str:
        return self.message


def describe_os_error(exc: OSError, what: Term) -> StoreWriteError:
    """The refusal for a failed write of *what* (a draft, the library index...)."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreWriteError("store.disk_full", what=what)
    if exc.errno == errno.EROFS or isinstance(exc, PermissionError):
        return StoreWriteError("store.not_writable", what=what, reason=reason)
    return StoreWriteError("store.not_saved", what=what.capitalized(), reason=reason)
