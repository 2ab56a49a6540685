"""Opening a report runs on a worker thread: the window keeps working, shows progress, and Cancel undoes it."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Any

from conftest import type_into
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from ogp_desktop.document.synthetic import generate_report
from ogp_desktop.reportfile import write_report
from ogp_desktop.template import load_template
from ogp_desktop.validation import validate


def _wait_for_worker(window: Any) -> None:
    """The opener's one worker has finished whatever it was doing (a job cancelled late included)."""
    window.opening.pool.submit(lambda: None).result(timeout=120)


def test_a_report_opens_from_the_library_off_the_gui_thread_and_is_editable(main_window, qtbot):
    template = load_template()
    draft_id = main_window.library.add(generate_report(template, commitments=3, milestones=1, paragraphs=1))
    assert main_window.open_draft(draft_id)
    assert main_window.opening.last_job.thread.startswith("open-report")
    assert main_window.opening.last_job.thread != threading.current_thread().name
    assert not main_window.opening.busy
    path = f"{template.roles.commitments}[1].{template.roles.commitment_title}"
    type_into(qtbot, main_window, path, "Typed after a background open")
    assert main_window.current.report.get(path) == "Typed after a background open"


def test_a_malformed_file_opened_in_the_background_ends_in_one_sentence(main_window, prompts_recorder, tmp_path):
    bad = tmp_path / "broken.ogpreport.json"
    bad.write_text('{"format": "ogp-report", "values": [', encoding="utf-8")
    assert not main_window.open_path(str(bad))
    (title, text), = [args[1:3] for args in prompts_recorder.named("error")]
    assert title == "Open report file"
    assert "broken.ogpreport.json" in text and "\n" not in text and "Traceback" not in text
    assert main_window.current is None
    assert main_window.library.list() == []
    assert gc.get_threshold()[2] < 2**20  # the open deferred full collections; with nothing open they are back


def test_full_collections_are_deferred_while_a_report_opens_and_stay_so_while_it_is_open(main_window):
    template = load_template()
    draft_id = main_window.library.add(generate_report(template, commitments=3, milestones=1, paragraphs=1))
    seen: list[int] = []
    main_window.opening.started.connect(lambda: QTimer.singleShot(0, lambda: seen.append(gc.get_threshold()[2])))
    assert main_window.open_draft(draft_id)
    assert seen and seen[0] >= 2**20  # while the worker built it
    assert gc.get_threshold()[2] >= 2**20  # while it is open


def test_an_unreadable_path_ends_in_one_sentence(main_window, prompts_recorder, tmp_path):
    assert not main_window.open_path(str(tmp_path / "not-there.ogpreport.json"))
    (text,) = [args[2] for args in prompts_recorder.named("error")]
    assert "not-there.ogpreport.json" in text and "\n" not in text


def test_a_big_open_shows_progress_and_cancel_leaves_the_window_as_it_was(main_window, qtbot, tmp_path):
    template = load_template()
    first = main_window.library.add(generate_report(template, commitments=2, milestones=1, paragraphs=1))
    assert main_window.open_draft(first)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    big = Path(tmp_path / "big.ogpreport.json")
    write_report(generate_report(template, commitments=2000, milestones=6, paragraphs=1), big)
    seen: dict[str, Any] = {}

    def cancel_when_shown() -> None:  # runs on the GUI thread while the open is under way
        seen["gui_turned"] = True
        dialog = main_window.opening.dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, cancel_when_shown)
            return
        seen["label"] = dialog.labelText()
        dialog.findChild(QPushButton).click()

    QTimer.singleShot(0, cancel_when_shown)
    assert not main_window.open_path(str(big))
    assert seen["gui_turned"] and seen["label"] == "Opening “big.ogpreport.json”…"
    assert main_window.current is not None and main_window.current.draft_id == first
    assert main_window.current.editor.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)  # the progress dialog gave it back
    _wait_for_worker(main_window)  # a draft the worker added before Cancel arrived is in the trash
    assert [d.id for d in main_window.library.list()] == [first]
    assert main_window.open_path(str(big))  # and the next open works
    assert len(main_window.current.report.get(template.roles.commitments)) == 2000
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)  # the progress dialog gave it back


def test_a_big_report_is_checked_on_a_worker_and_the_last_edit_is_checked(main_window, qtbot):
    template = load_template()
    roles = template.roles
    draft_id = main_window.library.add(generate_report(template, commitments=60, milestones=1, paragraphs=1))
    assert main_window.open_draft(draft_id)
    editor = main_window.current.editor
    assert editor.problems  # the first check came with the report
    report = main_window.current.report
    for row in (3, 4):  # the second edit arrives while the first is being checked
        report.set(f"{roles.commitments}[{row}].{roles.commitment_title}", "")
        editor.revalidate()
    qtbot.waitUntil(lambda: not editor.background_check.busy, timeout=60_000)
    assert {name.split("_")[0] for name in editor.background_check.threads} == {"validate"}
    paths = {p.path for p in editor.problems}
    assert {f"{roles.commitments}[{row}].{roles.commitment_title}" for row in (3, 4)} <= paths


def test_the_first_check_is_made_while_the_report_is_read_in_the_ui_language(main_window, qtbot):
    """A big report's first check ran on a worker while the GUI thread built the editor, and each call from Qt
    into Python waited for the GIL: the opening worker makes it instead, and the editor starts from it."""
    template = load_template()
    report = generate_report(template, commitments=60, milestones=1, paragraphs=1)
    report.set(f"{template.roles.commitments}[2].{template.roles.commitment_title}", "")
    draft_id = main_window.library.add(report)
    main_window.set_language("et")
    assert main_window.open_draft(draft_id)
    editor = main_window.current.editor
    first = main_window.opening.last_job.result.first_check
    assert first is not None and first.lang == "et"
    assert main_window.opening.last_job.thread.startswith("open-report")
    # shown at once, and nothing was asked of the editor's own worker
    assert editor.checked is first.checked and not editor.background_check.busy
    assert editor.background_check.threads == set()
    expected = validate(main_window.current.report, template, "et")
    assert [p.to_dict() for p in editor.problems] == [p.to_dict() for p in expected]
    assert any(p.path == f"{template.roles.commitments}[2].{template.roles.commitment_title}" for p in expected)
    # The worker goes on from the rows the first check kept: an edit re-checks its own row only.
    assert editor.background_check.rows is first.rows
    path = f"{template.roles.commitments}[5].{template.roles.commitment_title}"
    main_window.current.report.set(path, "")
    editor.revalidate()
    qtbot.waitUntil(lambda: not editor.background_check.busy, timeout=60_000)
    assert first.rows.rows_checked == 1
    assert any(p.path == path for p in editor.problems)
    assert [p.to_dict() for p in editor.problems] == [
        p.to_dict() for p in validate(main_window.current.report, template, "et")]
