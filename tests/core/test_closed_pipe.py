"""A command whose reader went away (``main.py validate X | head -1``) stops quietly with exit 141.

Each test gives the command a real pipe whose reading end is already closed, so every write
fails with EPIPE whatever the timing: the command must not print a traceback, blame a folder
or report a bug.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ogp_desktop.cli import PIPE_CLOSED

ROOT = Path(__file__).resolve().parents[2]


def run_into_closed_pipe(args: list[str], *, stderr_too: bool = False) -> tuple[int, str]:
    """Exit code and stderr of ``main.py ARGS`` writing into a pipe nobody reads."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], check=False, cwd=ROOT,
                              stdout=write_end, stderr=write_end if stderr_too else subprocess.PIPE,
                              text=True, encoding="utf-8", timeout=120,
                              env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    finally:
        os.close(write_end)
    return done.returncode, done.stderr or ""


@pytest.mark.parametrize("args", [
    ["validate", "tests/data/defects-et.ogpreport.json"],
    ["validate", "--json", "tests/data/defects-et.ogpreport.json"],
    ["drafts", "list"],
])
def test_a_closed_pipe_ends_the_command_quietly(args: list[str], tmp_path: Path) -> None:
    code, err = run_into_closed_pipe([*args, "--data-dir", str(tmp_path)] if args[0] == "drafts" else args)
    assert code == PIPE_CLOSED
    assert err == ""  # no traceback, no "library folder cannot be used", no "this is a bug"


def test_a_closed_pipe_on_both_streams_still_ends_quietly() -> None:
    code, _ = run_into_closed_pipe(["validate", "tests/data/defects-et.ogpreport.json"], stderr_too=True)
    assert code == PIPE_CLOSED
