"""Test-wide set-up: no display, and every user folder inside tmp_path."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

# Before any QApplication exists: without it a headless run aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point data, config, cache and log folders at a fresh temp folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("OGP_DESKTOP_DATA", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "xdg-state"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    (home / "runtime").mkdir(mode=0o700)


def _mount_tmpfs(where: Path) -> bool:
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, bool]]:
    """(folder, whether it is a real 256 KB tmpfs): as root a disk that really fills up.

    Without root the tests that use it inject ENOSPC instead.
    """
    where = tmp_path / "small"
    where.mkdir()
    mounted = _mount_tmpfs(where)
    try:
        yield where, mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=True)
