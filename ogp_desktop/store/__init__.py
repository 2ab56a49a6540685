"""The draft store: crash-safe TinyDB drafts, versions, recovery and autosave (no Qt)."""

from ogp_desktop.store.autosave import DIRTY, FAILED, SAVED, SAVING, Autosaver, SaveState
from ogp_desktop.store.diff import DiffEntry
from ogp_desktop.store.draft_file import VersionInfo
from ogp_desktop.store.errors import (
    ConflictError,
    DamagedFileError,
    DraftNotFoundError,
    ReadOnlyError,
    RecoveryNotice,
    StoreError,
    StoreWriteError,
    UnreadableFileError,
)
from ogp_desktop.store.library import DraftInfo, Library
from ogp_desktop.store.safe_storage import SafeStorage

__all__ = [
    "Autosaver", "ConflictError", "DIRTY", "DamagedFileError", "DiffEntry", "DraftInfo", "DraftNotFoundError",
    "FAILED", "Library", "ReadOnlyError", "RecoveryNotice", "SAVED", "SAVING", "SafeStorage", "SaveState",
    "StoreError", "StoreWriteError", "UnreadableFileError", "VersionInfo",
]
