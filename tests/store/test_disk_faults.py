"""A full disk and a read-only folder: the previous draft survives and the message says why.

As root the test mounts a real 256 KB tmpfs (and remounts it read-only);
otherwise it injects ENOSPC through os.write and uses chmod, which does stop
a normal user.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
from pathlib import Path

import pytest
from store_helpers import files_under, sample_report

from ogp_desktop.store import Library, ReadOnlyError, StoreWriteError


def _fill(folder: Path) -> Path:
    """Write a filler file until the disk refuses another byte."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\xff" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_disk_full_keeps_the_previous_draft_and_a_retry_succeeds(
        small_disk: tuple[Path, bool], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, real = small_disk
    with Library(folder / "data") as lib:
        draft_id = lib.add(sample_report())
        report = lib.open(draft_id)
        report.set("country", "Saved before the disk filled")
        lib.save(draft_id, report)
        before = files_under(lib.reports_dir)
        if real:
            filler = _fill(folder)
        else:
            real_write = os.write

            def full(fd: int, data: bytes) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(os, "write", full)
        report.set("national_context", "Pikk tekst õ " * 2000)
        with pytest.raises(StoreWriteError, match="The disk is full.*Nothing was lost: free some space"):
            lib.save(draft_id, report)
        assert files_under(lib.reports_dir) == before, "nothing changed on disk"
        with Library(folder / "data") as reader:  # read-only second instance sees the intact draft
            assert reader.open(draft_id).get("country") == "Saved before the disk filled"
        if real:
            filler.unlink()
        else:
            monkeypatch.setattr(os, "write", real_write)
        assert lib.save(draft_id, report) == 3  # the failed save did not count
        assert lib.open(draft_id).get("national_context").startswith("Pikk tekst õ")


def test_read_only_folder_opens_read_only_and_explains(small_disk: tuple[Path, bool]) -> None:
    where, mounted = small_disk
    root = os.name == "posix" and os.geteuid() == 0
    if root and not mounted:
        pytest.skip("running as root, where chmod does not stop writes, and a tmpfs cannot be mounted here")
    folder = where / "data"
    try:
        with Library(folder) as lib:
            draft_id = lib.add(sample_report())
            report = lib.open(draft_id)
            report.set("country", "Second state")
            lib.save(draft_id, report)
        (folder / "reports" / f"{draft_id}.json").write_bytes(b'{"draft": {"1": {"revision": 2, "rep')
        if root:
            subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        else:
            for p in (folder, folder / "reports"):
                p.chmod(stat.S_IRUSR | stat.S_IXUSR)
        with Library(folder) as lib:
            assert lib.read_only and "cannot be written to" in str(lib.read_only_reason)
            assert lib.open(draft_id).get("country") == "Estonia"  # served from backup generation .1
            [notice] = lib.take_notices()
            assert notice.recovered and notice.kept_as is None
            assert "could not be moved aside" in notice.message
            with pytest.raises(ReadOnlyError, match="cannot be written to"):
                lib.save(draft_id, report)
        assert (folder / "reports" / f"{draft_id}.json").read_bytes().startswith(b'{"draft"')  # left in place
    finally:
        if not root:  # the fixture unmounts the tmpfs
            for p in (folder, folder / "reports"):
                p.chmod(stat.S_IRWXU)
