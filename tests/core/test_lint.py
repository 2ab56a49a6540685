"""``ruff check`` on the whole repository finds nothing (rules in ruff.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_ruff_check_passes():
    pytest.importorskip("ruff", reason="ruff is not installed (pip install -e .[test])")
    done = subprocess.run([sys.executable, "-m", "ruff", "check", str(ROOT)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"ruff check found problems:\n{done.stdout}{done.stderr}"
