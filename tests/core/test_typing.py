"""``mypy --strict`` over the Qt-free core finds nothing (configuration in setup.cfg ``[mypy]``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_mypy_strict_passes_on_the_core() -> None:
    pytest.importorskip("mypy", reason="mypy is not installed (pip install .[test])")
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", "--config-file", "setup.cfg"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"mypy found problems:\n{done.stdout}{done.stderr}"
