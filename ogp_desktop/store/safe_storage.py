"""A TinyDB storage that never leaves a half-written file and keeps backups.

TinyDB's stock ``JSONStorage`` rewrites the file in place, so a crash, a
``kill -9`` or a full disk during a write destroys the database. Here every
write serialises first, goes to a temp file in the same folder, is fsynced and
then renamed over the file (``ogp_desktop.atomic``). Before the rename the
previous versions are rotated to ``name.1 .. name.N`` by renames and a hard
link, which costs no copying.

On read the file is checked (non-empty, UTF-8, JSON, TinyDB shape, plus a
caller-supplied shape check), and what goes wrong is one of three things:

* **unreadable**: the operating system refused to read it (permissions; on
  Windows antivirus or backup software holding it; an I/O error). Nothing is
  wrong with the file, so nothing is moved or rolled back: the read is retried
  for a moment, then :class:`~ogp_desktop.store.errors.UnreadableFileError`
  says so and the caller tries again later.
* **missing**: the file is gone but backup generations exist: the newest good
  one takes its place and a :class:`RecoveryNotice` says so.
* **damaged**: the bytes are not a usable database. The file is moved aside as
  ``name.corrupt-<timestamp>`` (never deleted), the newest good generation
  takes its place, and a :class:`RecoveryNotice` records what happened.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from ogp_desktop import atomic, limits
from ogp_desktop.errors import Term, UserError
from ogp_desktop.store.errors import (
    DamagedFileError,
    RecoveryNotice,
    StoreWriteError,
    UnreadableFileError,
    describe_os_error,
)
from ogp_desktop.store.row_encoder import RowEncoder

GENERATIONS = 3
WRITE_BATCH = 1 << 20  # bytes joined for one os.write
# Seconds to wait between tries of a file the system refuses to read (a scanner holding it lets go
# within a second or so); after the last try the caller gets UnreadableFileError.
READ_RETRY_DELAYS: tuple[float, ...] = (0.05, 0.1, 0.25, 0.5)
Data = dict[str, dict[str, Any]]
# Returns None when the data has the expected shape, else why not (a phrase in both languages).
ShapeCheck = Callable[[Data], Term | None]
_DRAFT = Term("a draft", "mustandi")  # a subject when the caller names none


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook``, the same dict json.loads builds (a repeated key: the last counts). Being Python, it
    lets the interpreter hand the GIL over while a worker parses a whole draft; the C scanner alone kept it
    for the whole parse (about 0.3 s at 2,000 commitments), and the GUI thread froze meanwhile."""
    return dict(pairs)


class BadFile(UserError):  # noqa: N818 - a verdict on one file, caught to fall back to the backup
    """Why one file cannot be used (a phrase, code ``store_file.*``): its bytes are damaged."""


class MissingFile(BadFile):
    """The file does not exist."""


class UnreadableFile(BadFile):
    """The system refused to read the file; its bytes may well be fine."""

    def __init__(self, error: OSError) -> None:
        super().__init__("store_file.unreadable", reason=error.strerror or str(error))
        self.error = error


def load_checked(path: Path, check: ShapeCheck | None = None) -> Data:
    """Read and check one database file; raise :class:`BadFile` (or a subclass) saying why it is unusable."""
    try:
        raw = limits.read_capped(path, limits.STORE_FILE_BYTES, what=limits.FILE)
    except limits.InputRefused as exc:  # input.folder -> store_file.folder: "it is a folder", about a file named before
        raise BadFile(exc.code.replace("input.", "store_file.", 1), **exc.params) from None
    except FileNotFoundError:
        raise MissingFile("store_file.missing") from None
    except OSError as exc:
        raise UnreadableFile(exc) from None
    if not raw:
        raise BadFile("store_file.empty")
    if b"\x00" in raw:
        raise BadFile("store_file.nul")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadFile("store_file.not_utf8", position=exc.start) from None
    try:
        data = json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise BadFile("store_file.bad_json", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise BadFile("store_file.nested") from None
    if not isinstance(data, dict) or not all(
        isinstance(t, dict) and all(isinstance(d, dict) for d in t.values()) for t in data.values()
    ):
        raise BadFile("store_file.not_a_database")
    why = check(data) if check else None
    if why:
        raise BadFile("store_file.shape", why=why)
    return data


def generation_path(path: Path, n: int) -> Path:
    return path.with_name(f"{path.name}.{n}")


def _aside_path(path: Path) -> Path:
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    return candidate


def _write_all(fd: int, pieces: list[bytes]) -> None:
    """Write *pieces* a batch of about :data:`WRITE_BATCH` bytes at a time: joining a whole 21 MB draft
    first held the GIL 3-40 ms (fresh memory to fault in), and the piece of a row that did not change is
    kept by the encoder anyway."""
    batch: list[bytes] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= WRITE_BATCH:
            _write_bytes(fd, b"".join(batch))
            batch, size = [], 0
    if batch:
        _write_bytes(fd, b"".join(batch))


def _write_bytes(fd: int, payload: bytes) -> None:
    # os.write in a loop (not a file object) so short writes are handled and
    # tests can inject ENOSPC by patching os.write.
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class SafeStorage(Storage):
    """Crash-safe JSON storage for TinyDB with backup generations and recovery.

    ``read()`` returns the parsed data and keeps it while the file's identity
    (inode, size, mtime) is unchanged, so repeated TinyDB operations do not
    re-parse a large draft. This is a read cache only: writes always go to
    disk before ``write()`` returns (no CachingMiddleware).
    """

    def __init__(
        self,
        path: str | Path,
        *,
        subject: Term = _DRAFT,
        check: ShapeCheck | None = None,
        generations: int = GENERATIONS,
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.path = Path(path)
        self.subject = subject
        self.check = check
        self.generations = generations
        self.read_only = read_only
        self.notices: list[RecoveryNotice] = []
        self.patient = True  # retry an unreadable file for a moment; False: one try (listing, not opening)
        self._cache: Data | None = None
        self._cache_key: tuple[int, ...] | None = None
        # Not json.dumps in one C call: that held the GIL for the whole draft (100 ms at 2,000 commitments)
        # and froze the GUI thread while autosave wrote. Rows are encoded one C call each, and once.
        self.encoder = RowEncoder()

    # -- reading ----------------------------------------------------------
    def _key(self) -> tuple[int, ...] | None:
        """The file's identity; None when it does not exist, () when it cannot even be looked at."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        except OSError:
            return ()  # never equal to a cached key: the read below says what is wrong
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)

    def has_generations(self) -> bool:
        return any(generation_path(self.path, n).exists() for n in range(1, self.generations + 1))

    def read(self) -> Data | None:
        key = self._key()
        if key and key == self._cache_key:
            return self._cache
        if key is None and not self.has_generations():
            return None  # a new database
        data = self._load()
        self._cache, self._cache_key = data, self._key() or None
        return data

    def _load_patiently(self, path: Path) -> Data:
        """:func:`load_checked`, tried again while the system refuses to read *path* (UnreadableFile at the end)."""
        for delay in (*(READ_RETRY_DELAYS if self.patient else ()), None):
            try:
                return load_checked(path, self.check)
            except UnreadableFile:
                if delay is None:
                    raise
                time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _load(self) -> Data:
        """The checked data: retried while unreadable, recovered when missing or damaged."""
        try:
            return self._load_patiently(self.path)
        except UnreadableFile as exc:
            raise UnreadableFileError("store.unreadable_now", subject=self.subject,
                                      reason=exc.error.strerror or str(exc.error)) from None
        except MissingFile as missing:
            return self._recover(missing, missing=True)
        except BadFile as bad:
            return self._recover(bad)

    def _newest_good(self) -> tuple[Data, Path] | None:
        """The newest generation that is good, or None when none is.

        A generation the system refuses to read is not damaged: it may well be the newest save, so
        rolling back past it to an older one would lose work. UnreadableFileError names it instead.
        """
        for n in range(1, self.generations + 1):
            candidate = generation_path(self.path, n)
            try:
                return self._load_patiently(candidate), candidate
            except UnreadableFile as exc:
                raise UnreadableFileError("store.newer_save_unreadable", subject=self.subject,
                                          file=candidate.name, reason=exc.error.strerror or str(exc.error)) from None
            except BadFile:  # missing or damaged: the next older one
                continue
        return None

    def _recover(self, problem: BadFile, *, missing: bool = False) -> Data:
        """Replace a bad or missing file with the newest good generation; keep a bad one aside.

        Nothing is moved or written before the newest good generation is known.
        """
        found = self._newest_good()
        kind = "missing" if missing else "damaged"
        kept: Path | None = None
        if not self.read_only and not missing and self.path.exists():
            aside = _aside_path(self.path)
            with contextlib.suppress(OSError):
                os.replace(self.path, aside)
                kept = aside
        if found is None:
            notice = RecoveryNotice(self.subject, problem, None, kept.name if kept else None, kind=kind)
            self.notices.append(notice)
            raise DamagedFileError(notice)
        good, source = found
        if not self.read_only:
            try:
                self._write_payload([source.read_bytes()], rotate=False)  # private (0600) like every save
            except OSError:
                pass  # the data is still served from memory; the next save writes it back
        self.notices.append(RecoveryNotice(self.subject, problem, source.name, kept.name if kept else None,
                                           kind=kind))
        return good

    # -- writing ----------------------------------------------------------
    def _rotate(self) -> None:
        """Shift name.1..N-1 up by one and hard-link the current file as name.1."""
        if not self.path.exists():
            return
        for n in range(self.generations, 1, -1):
            older = generation_path(self.path, n - 1)
            if older.exists():
                os.replace(older, generation_path(self.path, n))
        first = generation_path(self.path, 1)
        try:
            os.link(self.path, first)
        except FileExistsError:
            os.replace(self.path, first)  # cannot happen after the shift; keep the current file safe anyway
        except OSError:
            # No hard links here (FAT, some network shares): copy instead, as private as the file.
            with open(self.path, "rb") as src, atomic.open_private(first) as dst:
                shutil.copyfileobj(src, dst)

    def write(self, data: Data) -> None:
        if self.read_only:
            raise StoreWriteError("store.open_read_only", subject=self.subject.capitalized())
        self._cache = self._cache_key = None  # TinyDB mutated the cached dict; trust only the disk now
        pieces = self.encoder.pieces(data)
        try:
            self._write_payload(pieces)
        except OSError as exc:
            raise describe_os_error(exc, self.subject) from exc
        self._cache, self._cache_key = data, self._key()

    def _write_payload(self, pieces: list[bytes], *, rotate: bool = True) -> None:
        atomic.private_folder(self.path.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        tmp = Path(tmp_name)
        try:
            try:
                _write_all(fd, pieces)
                os.fsync(fd)
            finally:
                os.close(fd)
            if rotate:
                self._rotate()
            atomic.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        atomic.fsync_dir(self.path.parent)

    def close(self) -> None:
        self._cache = self._cache_key = None
        self.encoder.clear()


def sweep_temp_files(folder: Path) -> int:
    """Remove temp files a killed writer left behind (call only while holding the library lock)."""
    removed = 0
    for tmp in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed += 1
    return removed
