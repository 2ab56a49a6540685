"""Atomic file replacement: the reader sees the old file or the new one, never half.

Used by report files, exports and the draft store. The temp file lives in the
target's folder so ``os.replace`` is a rename on one filesystem.

Writing behaves like a careful editor:

* a new file gets the permissions the umask gives (0644 under umask 022), an
  existing file keeps its mode (0600 stays 0600);
* a symbolic link is followed: the file it points to is replaced and the link
  stays a link;
* a target that is not a regular file (a device such as ``/dev/null``, a
  named pipe, a folder) is refused with :class:`NotRegularFileError`, whose
  ``strerror`` is a phrase for the user;
* the app's own files (the draft store) are private instead: :func:`write_private`,
  :func:`open_private` and :func:`private_folder` make files 0600 and folders 0700
  whatever the umask, as drafts hold unpublished text;
* temp files are named ``.<name>.<pid>-<random>.ogp.tmp`` (a writer's scratch file,
  :func:`scratch_file`, ``.<name>.<pid>-<random>-scratch.ogp.tmp``); one left behind
  by a writer that was killed is removed by the next write beside it and by
  :func:`sweep_stale_temps` when the app opens its data folder and its export folder.
  Files a writer keeps beside a target for a while (:func:`side_file`: a finished
  export waiting for its siblings, the old file kept until all are in) take the same
  shape, so the same sweep removes them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import signal
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from ogp_desktop.errors import Term

_REPLACE_RETRIES = 10  # Windows indexers and antivirus hold files for a moment
TEMP_SUFFIX = ".ogp.tmp"
_NAME_PART = 160  # of the target's name in a temp name: stays under NAME_MAX (255) with the rest
STALE_AFTER = 24 * 3600.0  # seconds: a temp whose writer cannot be asked (another host, Windows) is old by then


class NotRegularFileError(OSError):
    """The target exists and is not a regular file; ``strerror`` says what it is, ``reason`` in every language."""

    def __init__(self, reason: Term, path: str) -> None:
        super().__init__(errno.EINVAL, reason.en, path)
        self.reason = reason


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace(src: Path, dst: Path) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _what(mode: int) -> Term:
    if stat.S_ISDIR(mode):
        return Term("it is a folder, not a file", "see on kaust, mitte fail")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Term("it is a device, not a regular file", "see on seade, mitte tavaline fail")
    if stat.S_ISFIFO(mode):
        return Term("it is a named pipe, not a regular file", "see on nimega toru, mitte tavaline fail")
    return Term("it is not a regular file", "see pole tavaline fail")


def resolve_target(path: str | Path) -> tuple[Path, os.stat_result | None]:
    """The file a write to *path* really replaces (symbolic links followed) and its stat, None when new.

    Raises :class:`NotRegularFileError` for a device, a named pipe or a folder.
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return target, None
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFileError(_what(st.st_mode), str(path))
    return target, st


def _temp_prefix(target: Path) -> str:
    return f".{target.name[:_NAME_PART]}."


PRIVATE_FILE = 0o600  # the draft store's files: only their owner reads them
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> None:
    """Make *folder* (and missing parents) as the store makes folders: 0700 for the one it creates."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)


@contextlib.contextmanager
def open_private(path: Path) -> Iterator[BinaryIO]:
    """*path* opened for writing from empty, mode 0600 whatever the umask or its earlier mode."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags, PRIVATE_FILE)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, PRIVATE_FILE)  # an existing file keeps its mode through O_CREAT
    with os.fdopen(fd, "wb") as fh:
        yield fh


def _create_temp(target: Path, existing: os.stat_result | None, private: bool = False) -> tuple[int, Path]:
    """Open a new temp file beside *target*: umask permissions when new, else the existing file's mode
    (with *private*: 0600 always)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    mode = 0o600 if existing is not None or private else 0o666  # the kernel applies the umask to a new file's 0666
    for _ in range(100):
        tmp = target.with_name(f"{_temp_prefix(target)}{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            fd = os.open(tmp, flags, mode)
        except FileExistsError:
            continue
        break
    else:  # pragma: no cover - 100 random collisions
        raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))
    if existing is not None and not private and hasattr(os, "fchmod"):
        try:
            os.fchmod(fd, stat.S_IMODE(existing.st_mode))
            if hasattr(os, "fchown") and os.geteuid() == 0:
                os.fchown(fd, existing.st_uid, existing.st_gid)  # root editing a user's file leaves it theirs
        except OSError:
            pass  # the file is still written; only its mode or owner may differ
    return fd, tmp


def _writer_gone(tmp: Path, now: float) -> bool:
    """Whether the process that made *tmp* is gone (its pid is in the name).

    A living writer's file is never taken, however old it looks (clocks jump); age decides
    only where the writer cannot be asked (no pid in the name, or not POSIX).
    """
    try:
        age = now - tmp.stat().st_mtime
    except OSError:
        return False
    pid_text = tmp.name[: -len(TEMP_SUFFIX)].rsplit(".", 1)[-1].split("-", 1)[0]
    if os.name != "posix" or not pid_text.isdigit():
        return age > STALE_AFTER  # os.kill cannot ask Windows whether a process lives
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, OSError):
        return False
    return False


def probe_writable(folder: str | Path) -> None:
    """Raise OSError unless a new file can be made in *folder*, as every save needs.

    Opening an existing file proves nothing: a lock file left from an earlier session
    opens for writing in a folder whose own mode forbids new files.
    """
    fd, tmp = _create_temp(Path(folder) / "write-probe", None)
    os.close(fd)
    os.unlink(tmp)


def sweep_stale_temps(folder: str | Path, prefix: str = ".") -> int:
    """Remove temp files in *folder* whose writer died (``kill -9``, power cut); returns how many."""
    removed = 0
    now = time.time()
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix) and n.endswith(TEMP_SUFFIX)]
    except OSError:
        return 0
    for name in names:
        tmp = Path(folder) / name
        if _writer_gone(tmp, now):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed += 1
    return removed


@contextlib.contextmanager
def atomic_writer(path: str | Path, *, private: bool = False) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it is fsynced and moved over *path* (mode 0600 when *private*).

    On any exception the temp file is removed and *path* is untouched.
    """
    target, existing = resolve_target(path)
    sweep_beside(target)
    # Ctrl+C between creating the temp file and owning it here would leave it behind: the
    # interrupt is held at the OS level until the file is ours, then raised inside the try.
    held = _hold_interrupts()
    tmp: Path | None = None
    try:
        fd, tmp = _create_temp(target, existing, private)
        with os.fdopen(fd, "wb") as fh:
            _release_interrupts(held)
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, target)
    except BaseException:
        _release_interrupts(held)
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise
    fsync_dir(target.parent)


_INTERRUPTS = {getattr(signal, name) for name in ("SIGINT", "SIGTERM") if hasattr(signal, name)}


def _hold_interrupts() -> set[int | signal.Signals] | None:
    """Block Ctrl+C and SIGTERM for this thread (POSIX); the old mask, to give back."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _INTERRUPTS)


def _release_interrupts(held: set[int | signal.Signals] | None) -> None:
    """Give back the mask: an interrupt that came meanwhile is raised now (twice is harmless)."""
    if held is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def side_file(path: str | Path, kind: str) -> Path:
    """A free name beside *path* for a file this process keeps there for a while (*kind*: "partial", "old").

    It has a temp file's shape, so a killed writer's side file is swept like its temp file.
    """
    target = Path(path)
    return target.with_name(f"{_temp_prefix(target)}{os.getpid()}-{secrets.token_hex(4)}-{kind}{TEMP_SUFFIX}")


def sweep_beside(path: str | Path) -> int:
    """Remove what killed writers left beside *path* (temp and side files); how many."""
    target = Path(path)
    return sweep_stale_temps(target.parent, _temp_prefix(target))


def scratch_file(path: str | Path) -> IO[bytes]:
    """A file for a writer's work in progress, beside *path*'s temp file, deleted when closed.

    Beside the target, not in the system's temp folder: a full /tmp must not fail a write
    whose disk has room, and the name is a temp file's of this process, so what a killed
    writer leaves is swept like its temp file.
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    # A Ctrl+C inside tempfile, after the file is made and before the object that deletes it exists, left the
    # file behind (1 run in 40 of an interrupted export): held until the object is made, it then deletes it.
    held = _hold_interrupts()
    try:
        return tempfile.NamedTemporaryFile(dir=target.parent, prefix=f"{_temp_prefix(target)}{os.getpid()}-",
                                           suffix=f"-scratch{TEMP_SUFFIX}")
    finally:
        _release_interrupts(held)


def write_bytes(path: str | Path, data: bytes) -> None:
    with atomic_writer(path) as fh:
        fh.write(data)


def write_private(path: str | Path, data: bytes) -> None:
    """:func:`write_bytes` for the app's own files: mode 0600 whatever the umask or the file's mode was."""
    with atomic_writer(path, private=True) as fh:
        fh.write(data)


def write_with(path: str | Path, produce: Callable[[BinaryIO], None]) -> None:
    """Let *produce* write into the temp file (renderers stream into it)."""
    with atomic_writer(path) as fh:
        produce(fh)
