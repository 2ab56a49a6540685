"""Saving seen from the window: a full disk shows in the status bar, and closing asks before losing edits.

As root the library sits on a real 256 KB tmpfs that is filled up; otherwise
ENOSPC is injected through os.write (what the store's own disk tests do).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from ogp_desktop.report import Report
from tests.gui.conftest import type_into


class DiskFull:
    """Fill the disk (real) or make os.write refuse (injected); undo() frees it again."""

    def __init__(self, folder: Path, real: bool, monkeypatch: pytest.MonkeyPatch) -> None:
        self.folder, self.real, self.monkeypatch = folder, real, monkeypatch
        self.filler = folder / "filler"

    def __enter__(self) -> DiskFull:
        if self.real:
            with open(self.filler, "wb", buffering=0) as fh:
                try:
                    while True:
                        fh.write(b"\xff" * 4096)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
        else:
            def full(fd: int, data: bytes) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.monkeypatch.setattr(os, "write", full)
        return self

    def undo(self) -> None:
        if self.real:
            self.filler.unlink()
        else:
            self.monkeypatch.undo()

    def __exit__(self, *exc: object) -> None:
        if self.real and self.filler.exists():
            self.filler.unlink()


def test_disk_full_is_shown_and_closing_asks_first(start_window, prompts_recorder, qtbot, small_disk,
                                                  monkeypatch):
    folder, real = small_disk
    window = start_window(folder=folder / "data").window
    draft_id = window.library.add(Report({"country": "Estonia"}, meta={"title": "Full disk"}))
    window.library_widget.refresh()
    assert window.open_draft(draft_id)
    with DiskFull(folder, real, monkeypatch) as disk:
        type_into(qtbot, window, "lead_agency", "Riigikantselei")
        assert not window.save()
        assert window.save_label.toolTip().startswith("Not saved: The disk is full")
        assert window.isWindowModified()
        prompts_recorder.answer("ask_yes_no", False)  # close anyway? no
        assert not window.close_report()
        ((_, title, question),) = prompts_recorder.named("ask_yes_no")
        assert "not saved" in question and "disk is full" in question
        assert window.current is not None and window.ui.pages.currentWidget() is window.ui.editor_page
        disk.undo()
        assert window.save()
        assert window.save_label.text().startswith("Saved at ")
        assert not window.isWindowModified()
    assert window.close_report()
    assert window.library.open(draft_id).get("lead_agency").startswith("Riigikantselei")


def test_autosave_writes_without_ctrl_s(main_window, qtbot):
    draft_id = main_window.library.add(Report({"country": "Estonia"}, meta={"title": "Autosave"}))
    main_window.library_widget.refresh()
    main_window.open_draft(draft_id)
    type_into(qtbot, main_window, "lead_agency", "Typed, never saved by hand")
    qtbot.waitUntil(lambda: main_window.save_label.text().startswith("Saved at "), timeout=10_000)
    assert main_window.library.open(draft_id).get("lead_agency") == "Typed, never saved by hand"
