"""What can go wrong in the draft store, each as a sentence the GUI can show."""

from __future__ import annotations

import errno
from dataclasses import dataclass


class StoreError(Exception):
    """The draft store refused an operation; ``str()`` is one sentence for the user."""


class DraftNotFoundError(StoreError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "no such draft"


class ConflictError(StoreError):
    """Someone else saved the draft since this copy was read (compare-and-swap failed)."""


class ReadOnlyError(StoreError):
    """The library is open read-only (another copy of the app holds it, or the folder is read-only)."""


class DamagedFileError(StoreError):
    """A store file is damaged (or missing) and no backup generation could replace it."""

    def __init__(self, message: str, notice: RecoveryNotice | None = None) -> None:
        super().__init__(message)
        self.notice = notice


class UnreadableFileError(StoreError):
    """The system refuses to read a store file (permissions, another program holding it, I/O).

    Not damage: nothing was moved aside or rolled back, and trying again later may work.
    """


class StoreWriteError(StoreError):
    """The disk refused a write; the previous file is untouched."""


@dataclass(frozen=True)
class RecoveryNotice:
    """One thing the store repaired (or could not) while opening a file."""

    subject: str  # e.g. 'the draft "Mid-term report"' or "the library index"
    problem: str  # e.g. "it is empty (0 bytes)"
    backup: str | None = None  # the generation file used, or None when none was usable
    kept_as: str | None = None  # where the damaged file was moved, or None when it could not be moved
    kind: str = "damaged"  # or "missing": the file was gone; or "note": *problem* is the whole sentence
    version: str | None = None  # recovered from this saved version ("version 4 of 2026-05-01 10:00") instead

    @property
    def recovered(self) -> bool:
        return self.backup is not None or self.version is not None

    @property
    def message(self) -> str:
        if self.kind == "note":  # a sentence of its own (a damaged version among good ones)
            return self.problem
        first = (f"The file of {self.subject} was missing" if self.kind == "missing"
                 else f"The file of {self.subject} was damaged ({self.problem})")
        if self.version:
            first += (f"; no automatic backup was usable, so it was recovered from its saved {self.version}: "
                      "changes made after that version are missing.")
        elif self.backup:
            first += (f"; it was restored from the automatic backup {self.backup}, "
                      "so the last few seconds of edits may be missing.")
        else:
            first += " and no usable automatic backup was found."
        if self.kind == "missing":
            return first
        if self.kept_as:
            return f"{first} The damaged file was kept as {self.kept_as}."
        return f"{first} The damaged file could not be moved aside and was left in place."


def capitalized(text: str) -> str:
    """First letter upper-cased, the rest (a draft title) untouched, unlike str.capitalize()."""
    return text[:1].upper() + text[1:]


def describe_os_error(exc: OSError, what: str) -> str:
    """A user sentence for a failed write of *what* (a draft, the library index...)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"The disk is full, so {what} could not be saved. Nothing was lost: free some space and save again."
    if exc.errno == errno.EROFS or isinstance(exc, PermissionError):
        return f"The library folder cannot be written to ({exc.strerror or exc}), so {what} could not be saved."
    return f"{capitalized(what)} could not be saved: {exc.strerror or exc}."
