"""The date-sensitive tests pass a year from today (issue 10: green on any date).

The clock is moved with libfaketime in a child pytest. Only the wall clock moves:
``FAKETIME_DONT_FAKE_MONOTONIC`` keeps the monotonic clock real, since libfaketime's
faked monotonic clock makes every timed wait of a thread (``Condition.wait(0.3)``)
wait for ever, which says nothing about dates. Before a change is done, the whole suite runs a
year ahead the same way (the README's "For developers"); this test keeps the dated part in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# tests that stamp, show or compare dates: merges, provenance, versions, the library list, validation
DATED = ("tests/gui/test_collab_merge.py", "tests/gui/test_collab_provenance.py", "tests/gui/test_versions_dialog.py",
         "tests/store/test_versions.py", "tests/gui/test_app_shell.py", "tests/core/test_validation.py",
         "tests/interchange/test_contribution_files.py", "tests/interchange/test_carry_forward.py")


@pytest.mark.skipif(shutil.which("faketime") is None, reason="faketime is not installed (apt-get install faketime)")
@pytest.mark.skipif("faketime" in os.environ.get("LD_PRELOAD", ""), reason="the whole run is already moved in time")
def test_dated_tests_pass_a_year_from_today() -> None:
    env = dict(os.environ, FAKETIME_DONT_FAKE_MONOTONIC="1")
    # -n 0: one process; this test already runs beside the suite's other xdist workers
    done = subprocess.run(["faketime", "next year", sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-n", "0", "-m", "not slow", *DATED], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
