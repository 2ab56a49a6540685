"""Autosave: debounced writes on a worker thread, flush, failure with retry."""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

import pytest
from store_helpers import sample_report

from ogp_desktop.report import Report
from ogp_desktop.store import DIRTY, FAILED, SAVED, SAVING, Autosaver, Library, SaveState
from ogp_desktop.store.draft_file import DraftFile
from ogp_desktop.store.errors import draft_subject


class Editor:
    """Stands in for the GUI: one open report, edited on the test's thread."""

    def __init__(self, lib: Library, draft_id: str) -> None:
        self.report = lib.open(draft_id)
        self.snapshot_threads: list[str] = []
        self.states: list[SaveState] = []
        self.state_threads: set[str] = set()

    def snapshot(self) -> Report:
        self.snapshot_threads.append(threading.current_thread().name)
        return self.report.copy()

    def on_state(self, state: SaveState) -> None:
        self.states.append(state)
        self.state_threads.add(threading.current_thread().name)


def saves(lib: Library, draft_id: str) -> int:
    return lib.revision(draft_id) - 1


def test_a_burst_of_edits_is_one_write_on_the_worker_thread(lib: Library) -> None:
    draft_id = lib.add(sample_report())
    editor = Editor(lib, draft_id)
    saver = Autosaver(lib, draft_id, editor.snapshot, delay=1.0)
    saver.on_state(editor.on_state)
    try:
        for i in range(20):  # a burst: each edit comes long before the 1 s idle delay is over
            editor.report.set("country", f"Eesti {i}")
            saver.touch()
        assert saves(lib, draft_id) == 0  # still inside the idle delay
        deadline = time.monotonic() + 10
        while (saves(lib, draft_id) < 1 or saver.state.kind != SAVED) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert saves(lib, draft_id) == 1
        assert lib.open(draft_id).get("country") == "Eesti 19"
        assert editor.snapshot_threads == [f"autosave-{draft_id}"]
        assert editor.state_threads == {f"autosave-{draft_id}"}
        assert [s.kind for s in editor.states] == [DIRTY, SAVING, SAVED] and editor.states[-1].time is not None
    finally:
        saver.close()


def test_flush_writes_now(lib: Library) -> None:
    draft_id = lib.add(sample_report())
    editor = Editor(lib, draft_id)
    saver = Autosaver(lib, draft_id, editor.snapshot, delay=60)
    try:
        editor.report.set("country", "Flushed")
        saver.touch()
        started = time.monotonic()
        assert saver.flush(timeout=10)
        assert time.monotonic() - started < 5
        assert lib.open(draft_id).get("country") == "Flushed" and saver.state.kind == SAVED
        assert saver.flush(timeout=1)  # nothing new: returns at once
        assert saves(lib, draft_id) == 1
    finally:
        saver.close()


def test_close_flushes_pending_edits(lib: Library) -> None:
    draft_id = lib.add(sample_report())
    editor = Editor(lib, draft_id)
    saver = Autosaver(lib, draft_id, editor.snapshot, delay=60)
    editor.report.set("country", "On quit")
    saver.touch()
    assert saver.close()
    assert lib.open(draft_id).get("country") == "On quit"
    assert not saver._thread.is_alive()


def test_failed_write_keeps_edits_reports_failure_and_retries(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id = lib.add(sample_report())
    editor = Editor(lib, draft_id)
    disk_full = threading.Event()
    disk_full.set()
    real_write = os.write

    def write(fd: int, data: bytes) -> int:
        if disk_full.is_set() and threading.current_thread().name.startswith("autosave-"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    saver = Autosaver(lib, draft_id, editor.snapshot, delay=0.05, retry_delays=(0.3,))
    saver.on_state(editor.on_state)
    try:
        editor.report.set("country", "Kept in memory")
        saver.touch()
        assert not saver.flush(timeout=10)
        state = saver.state
        assert state.kind == FAILED and state.retry_in == 0.3
        assert "disk is full" in state.reason and "Nothing was lost" in state.reason
        assert lib.open(draft_id).get("country") == "Estonia"  # the file on disk is the old one, intact
        assert not list(lib.reports_dir.glob(".*.tmp"))
        disk_full.clear()  # space freed: the automatic retry lands
        deadline = time.monotonic() + 10
        while saver.state.kind != SAVED and time.monotonic() < deadline:
            time.sleep(0.02)
        assert saver.state.kind == SAVED
        assert lib.open(draft_id).get("country") == "Kept in memory"
        assert FAILED in [s.kind for s in editor.states]
    finally:
        saver.close()


def test_conflict_is_not_retried_until_flush(lib: Library, tmp_path: Path) -> None:
    draft_id = lib.add(sample_report())
    editor = Editor(lib, draft_id)
    saver = Autosaver(lib, draft_id, editor.snapshot, delay=0.05, retry_delays=(0.05,))
    try:
        # Something outside this session replaces the file (a sync client, a copy made by hand).
        external = DraftFile(lib.reports_dir / f"{draft_id}.json", draft_id, draft_subject(None, draft_id),
                             read_only=False)
        theirs = sample_report()
        theirs.set("country", "Theirs")
        external.write({"revision": 7, "saved": "2026-01-01T00:00:00Z", "summary": {}, "report": theirs.to_dict()})
        external.close()
        editor.report.set("country", "Mine")
        saver.touch()
        assert not saver.flush(timeout=10)
        assert saver.state.kind == FAILED and saver.state.retry_in is None
        assert "changed elsewhere" in saver.state.reason
        assert not saver.close()  # the worker has stopped, so no later retry can overwrite theirs
        assert lib.open(draft_id).get("country") == "Theirs"
    finally:
        saver.close()


def test_autosaves_keep_the_lists_figures_and_a_flush_judges_again(lib: Library) -> None:
    """Validating a big report after every pause in typing held the GIL from the GUI thread (bench_gui_stall)."""
    draft_id = lib.add(sample_report())

    def listed_errors() -> int | None:
        return next(d for d in lib.list() if d.id == draft_id).errors

    before = listed_errors()
    editor = Editor(lib, draft_id)
    saver = Autosaver(lib, draft_id, editor.snapshot, delay=0.05)
    try:
        editor.report.set("country", "")  # a required field emptied: one more error
        saver.touch()
        deadline = time.monotonic() + 10
        while (saves(lib, draft_id) < 1 or saver.state.kind != SAVED) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not lib.open(draft_id).get("country") and listed_errors() == before
        editor.report.set("action_plan_title", "Estonia's Fifth Action Plan")
        saver.touch()
        assert saver.flush(timeout=10)  # Ctrl+S and closing the draft
        assert listed_errors() == (before or 0) + 1
    finally:
        saver.close()
