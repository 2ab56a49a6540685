"""The collaboration flows called from the real main window exactly as the menu wiring will call them.

Checks what the dialogs alone cannot: the real editor shows the merged or
restored values, autosave writes them without a revision conflict, and Edit >
Undo takes the whole step back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from ogp_desktop.gui.collab.merge_dialog import MergeDialog, merge_contribution_into
from ogp_desktop.gui.collab.plan_import_dialog import run_plan_import
from ogp_desktop.gui.collab.versions_dialog import VersionsDialog, show_versions
from ogp_desktop.interchange import export_contribution
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report, write_report
from tests.gui.conftest import PATH_PROPERTY, type_into

# the interchange tests keep a copy of the shared sample plan in the repo
SAMPLE = Path(__file__).resolve().parents[1] / "interchange" / "data" / "action-plan-ee-2016-2018.csv"
DEMO = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")
PATH = "commitments[3].results"


def open_demo(window: Any) -> Any:
    draft_id = window.library.add(read_report(DEMO))
    window.library_widget.refresh()
    assert window.open_draft(draft_id)
    return window.current


def shown_text(window: Any, path: str) -> str:
    editor = window.current.editor
    editor.go_to(path)
    widget = next(w for w in editor.findChildren(QWidget) if w.property(PATH_PROPERTY) == path
                  and w.isVisibleTo(editor))
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


def test_merge_from_the_window(qtbot, main_window, prompts_recorder, tmp_path: Path):
    window = main_window
    current = open_demo(window)
    contribution = export_contribution(current.report, ["EE0042"], "Government Office")
    contribution.set("commitments[0].results", "Theirs from the Government Office.")
    path = tmp_path / "back.ogpreport.json"
    write_report(contribution, path)
    type_into(qtbot, window, PATH, "Mine typed in the editor.")

    def take_theirs(dialog: MergeDialog) -> bool:
        dialog.all_theirs_button.click()
        dialog.apply_button.click()
        return dialog.result() == MergeDialog.DialogCode.Accepted

    prompts_recorder.dialog_handler = take_theirs
    # the wiring: flush autosave so the version before the merge holds what is on screen, then merge
    current.autosave.flush()
    assert merge_contribution_into(window, window.library, current.draft_id, current.report, str(path),
                                   current.stack, window.lang)
    assert shown_text(window, PATH) == "Theirs from the Government Office."
    assert window.save()  # autosave writes the merged state: no revision conflict
    assert window.library.open(current.draft_id).get(PATH) == "Theirs from the Government Office."
    window.action_undo.trigger()
    assert current.report.get(PATH) == "Mine typed in the editor."
    assert shown_text(window, PATH) == "Mine typed in the editor."
    assert window.save()


def test_restore_a_version_from_the_window(qtbot, main_window, prompts_recorder, monkeypatch):
    from ogp_desktop.gui.widgets import dialogs

    window = main_window
    current = open_demo(window)
    first = window.library.snapshot(current.draft_id, "Before my edit")
    type_into(qtbot, window, PATH, "An edit to undo by restoring.")
    current.autosave.flush()
    monkeypatch.setattr(dialogs, "confirm", lambda *_: True)

    def restore(dialog: VersionsDialog) -> bool:
        dialog.select(first)
        dialog.restore_button.click()
        return dialog.result() == VersionsDialog.DialogCode.Accepted

    prompts_recorder.dialog_handler = restore
    before = read_report(DEMO).get(PATH)
    assert show_versions(window, window.library, current.draft_id, current.report, current.template,
                         current.stack, window.lang)
    assert shown_text(window, PATH) == before
    assert window.save()
    assert window.library.open(current.draft_id).get(PATH) == before


def test_plan_import_into_a_new_draft_from_the_window(main_window, prompts_recorder, tmp_path: Path):
    window = main_window
    plan = tmp_path / "plan.csv"
    plan.write_bytes(SAMPLE.read_bytes())
    prompts_recorder.answer("open_file", str(plan))

    def accept(dialog: Any) -> bool:
        dialog.import_button.click()
        return True

    prompts_recorder.dialog_handler = accept
    draft_id = run_plan_import(window, window.library)
    assert draft_id is not None
    window.library_widget.refresh()
    assert window.open_draft(draft_id)
    assert len(window.current.report.values["commitments"]) == 9


def test_an_export_from_the_window_is_noted_in_the_draft_and_saved(qtbot, main_window, tmp_path: Path):
    from PySide6.QtCore import Qt

    from ogp_desktop.gui.collab.contribution_export_dialog import ContributionExportDialog

    window = main_window
    current = open_demo(window)
    dialog = ContributionExportDialog(current.report, str(tmp_path), window)
    qtbot.addWidget(dialog)
    dialog.check(["EE0042"])
    dialog.file_edit.setText(str(tmp_path / "c.ogpreport.json"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == tmp_path / "c.ogpreport.json"
    cid = read_report(dialog.written).meta["contribution"]["id"]
    assert [e["id"] for e in current.report.meta["sent_contributions"]] == [cid]
    assert window.save()  # the note is a change like any other: autosave writes it
    saved = window.library.open(current.draft_id).meta["sent_contributions"]
    assert [(e["id"], e["commitments"]) for e in saved] == [(cid, ["EE0042"])]
