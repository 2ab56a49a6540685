"""A data folder that cannot be used ends every ``drafts`` command in one sentence, exit 2.

Mode 000 is tested for real: as root the command runs under ``setpriv`` with
the capabilities that bypass file permissions removed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from store_helpers import sample_report

from ogp_desktop.reportfile import write_report
from ogp_desktop.store import Library

ROOT = Path(__file__).resolve().parents[2]
AS_ROOT = os.name == "posix" and os.geteuid() == 0
NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] if AS_ROOT else []


def drafts(folder: Path, *args: object) -> subprocess.CompletedProcess:
    env = dict(os.environ, OGP_DESKTOP_DATA=str(folder), PYTHONIOENCODING="utf-8")
    return subprocess.run([*NO_DAC, sys.executable, str(ROOT / "main.py"), "drafts", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=60, check=False)


def one_sentence(done: subprocess.CompletedProcess, needle: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stderr.startswith("error: ") and needle in done.stderr, done.stderr


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, str, Path]:
    folder = tmp_path / "data"
    with Library(folder) as lib:
        draft_id = lib.add(sample_report())
    report_file = tmp_path / "in.ogpreport.json"
    write_report(sample_report(), report_file)
    return folder, draft_id, report_file


@pytest.mark.skipif(os.name != "posix" or (AS_ROOT and not shutil.which("setpriv")),
                    reason="needs POSIX permissions (and setpriv as root)")
@pytest.mark.parametrize("which", ["data", "reports"])
def test_a_mode_000_folder(library: tuple[Path, str, Path], which: str) -> None:
    folder, draft_id, report_file = library
    target = folder if which == "data" else folder / "reports"
    target.chmod(0)
    try:
        for args in (["list"], ["import", report_file], ["versions", draft_id], ["export", draft_id, "-o", "x"],
                     ["snapshot", draft_id, "--name", "n"]):
            done = drafts(folder, *args)
            one_sentence(done, "cannot be")
    finally:
        target.chmod(0o755)


def test_a_locks_path_that_is_a_file(library: tuple[Path, str, Path]) -> None:
    folder, draft_id, _ = library
    shutil.rmtree(folder / "locks", ignore_errors=True)
    (folder / "locks").write_text("not a folder")
    one_sentence(drafts(folder, "snapshot", draft_id, "--name", "n"), "locks is a file")
    assert drafts(folder, "list").returncode == 0


def test_a_data_folder_that_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "data"
    path.write_text("not a folder")
    one_sentence(drafts(path, "list"), "cannot be read")
    one_sentence(drafts(path, "import", path), "is a file, not a folder")
