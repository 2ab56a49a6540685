"""Who may write the library: one app session at a time, one write at a time.

The session lock is an OS file lock (flock on POSIX) held for as long as the
library is open for writing. The kernel drops it when the holder dies, even by
``kill -9``, so a crash never leaves a stale lock. Beside it a small JSON file
names the holder so a second copy of the app can say who has the library.

Per-write locks are short: they cover one read-compare-write of one file, so
two writers on one draft either both land or one gets a ConflictError.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from ogp_desktop import APP_NAME, atomic, limits
from ogp_desktop.errors import Term
from ogp_desktop.store.errors import StoreError

LOCK_NAME = "library.lock"
HOLDER_NAME = "library.lock.json"
WRITE_WAIT = 10.0  # seconds a single write waits for another writer of the same file


def _is_file(path: Path) -> bool:
    """Something that is not a folder stands where a folder belongs."""
    try:
        return path.exists() and not path.is_dir()
    except OSError:
        return False


class SessionLock:
    """The per-library lock an app session (or a command) holds while it may write."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = FileLock(str(folder / LOCK_NAME), thread_local=False, mode=atomic.PRIVATE_FILE)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self, wait: float = 0.0) -> StoreError | None:
        """Take the lock; return None on success or why the library is read-only (``store.*``)."""
        try:
            atomic.private_folder(self.folder)
            self._lock.acquire(timeout=wait)
        except Timeout:
            return self._held_elsewhere()
        except OSError as exc:
            if _is_file(self.folder):
                return StoreError("store.library_is_file", folder=str(self.folder))
            return StoreError("store.library_read_only", folder=str(self.folder), reason=exc.strerror or str(exc))
        holder = {"pid": os.getpid(), "host": socket.gethostname(),
                  "since": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
        with contextlib.suppress(OSError):  # the name is a courtesy; the lock is what counts
            atomic.write_private(self.folder / HOLDER_NAME, json.dumps(holder).encode("utf-8"))
        return None

    def _held_elsewhere(self) -> StoreError:
        try:
            holder = json.loads(limits.read_capped(self.folder / HOLDER_NAME, 64 * 1024).decode("utf-8"))
            return StoreError("store.held_by", app=APP_NAME, pid=int(holder["pid"]), host=str(holder["host"]),
                              since=str(holder["since"]))
        except (OSError, ValueError, KeyError, TypeError, limits.InputRefused):
            return StoreError("store.held_elsewhere")

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                (self.folder / HOLDER_NAME).unlink()
            self._lock.release(force=True)


@contextlib.contextmanager
def write_lock(lock_path: Path, what: Term, wait: float = WRITE_WAIT) -> Iterator[None]:
    """Hold *lock_path* around one read-compare-write of the file it guards."""
    lock = FileLock(str(lock_path), mode=atomic.PRIVATE_FILE)
    try:
        if _is_file(lock_path.parent):
            raise StoreError("store.lock_folder_is_file", what=what.capitalized(), folder=str(lock_path.parent))
        atomic.private_folder(lock_path.parent)
        lock.acquire(timeout=wait)
    except Timeout:
        raise StoreError("store.lock_busy", what=what.capitalized()) from None
    except OSError as exc:
        raise StoreError("store.lock_failed", what=what.capitalized(), reason=exc.strerror or str(exc)) from None
    try:
        yield
    finally:
        lock.release()
