"""SIGKILL a writer at random moments: the draft always loads as a state that was committed.

A zygote process forks one writer per round; each writer saves numbered states
as fast as it can and announces every committed one. After a kill 1-30 ms into
writing, this test opens the library itself (which also proves the killed
writer's lock went with it) and checks the draft equals the last announced
state or the one being written, with nothing to repair.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from store_helpers import numbered_state

from ogp_desktop.store import Library

ROUNDS = 120
FLOOR = ROUNDS // 10  # kills that must land inside a write, and states that must commit


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer zygote needs os.fork (POSIX)")
def test_sigkill_during_writes_never_loses_a_committed_state(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with Library(folder) as lib:
        draft_id = lib.add(numbered_state(0))
    zygote = subprocess.Popen([sys.executable, str(Path(__file__).with_name("kill_writer.py")), str(folder)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
    watchdog = threading.Timer(300, zygote.kill)  # a hung round fails the test instead of hanging CI
    watchdog.start()
    rng = random.Random(20261127)
    last, versions_seen, mid_write, started = 0, 0, 0, time.monotonic()
    rounds = 0
    try:
        # ROUNDS kills 1-30 ms into writing; on a loaded machine few states commit that fast, so up to
        # 3 x ROUNDS more rounds follow, with later kills, until enough states committed (and vice versa)
        while rounds < ROUNDS or (rounds < 3 * ROUNDS and (last < FLOOR or mid_write < FLOOR)):
            rounds += 1
            if rounds <= ROUNDS:
                delay = rng.uniform(0.001, 0.030)
            else:
                delay = rng.uniform(0.030, 0.200) if last < FLOOR else rng.uniform(0.001, 0.030)
            zygote.stdin.write(f"go {draft_id} {last + 1}\n")
            zygote.stdin.flush()
            ready = zygote.stdout.readline().split()
            assert ready and ready[0] == "ready", f"writer did not start: {ready}"
            pid = int(ready[1])
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
            zygote.stdin.write(f"reap {pid}\n")
            zygote.stdin.flush()
            committed = last
            while (line := zygote.stdout.readline().strip()) != "reaped":
                assert line.startswith("c "), f"unexpected writer output {line!r}"
                committed = int(line.split()[1])
            mid_write += bool(list((folder / "reports").glob(".*.tmp")))
            with Library(folder) as lib:
                assert not lib.read_only, lib.read_only_reason
                report = lib.open(draft_id)
                k = report.values["counter"]
                assert k in (committed, committed + 1), (k, committed)
                assert report.to_dict()["values"] == numbered_state(k).to_dict()["values"]
                versions = lib.versions(draft_id)
                assert len(versions) >= versions_seen
                versions_seen = len(versions)
                assert lib.take_notices() == []
            last = k
        # The kills must land both inside writes and after commits, or the test proves little.
        # (How many states commit depends on machine load, so only a floor is checked.)
        assert last >= FLOOR, "the writers committed too little for the kills to mean much"
        assert mid_write >= FLOOR, f"only {mid_write} kills landed inside a write"
        print(f"{rounds} kills, {mid_write} inside a write, {last} states committed")
        assert not list((folder / "reports").glob("*.corrupt-*"))
        assert not list((folder / "reports").glob(".*.tmp"))  # swept by the next session
    finally:
        watchdog.cancel()
        zygote.stdin.write("quit\n")
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    assert time.monotonic() - started < 90
