"""New report from a previous one: the mid-term demo becomes an end-of-term draft, from the library or a file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from ogp_desktop.gui.collab.carry_forward_dialog import CarryForwardDialog, new_from_previous
from ogp_desktop.paths import resource_path
from ogp_desktop.reportfile import read_report, write_report
from ogp_desktop.store.library import Library

DEMO = resource_path("samples", "demo-ee-2016-2018.ogpreport.json")


@pytest.fixture
def library(tmp_path):
    lib = Library(tmp_path / "library")
    yield lib
    lib.close()


def test_end_of_term_from_the_library(qtbot, library, prompts_recorder):
    previous_id = library.add(read_report(DEMO))
    seen: dict[str, str] = {}

    def create(dialog: CarryForwardDialog) -> bool:
        dialog.show()
        seen["type"] = dialog.type_combo.currentData()
        seen["title"] = dialog.title_edit.text()
        assert not dialog.grab().isNull()  # it paints (no file: /tmp is shared)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == CarryForwardDialog.DialogCode.Accepted

    prompts_recorder.dialog_handler = create
    new_id = new_from_previous(None, library)
    assert new_id is not None and new_id != previous_id
    assert seen["type"] == "end_of_term"  # the type after a mid-term report
    assert seen["title"] == ("Estonia's Third Open Government Partnership Action Plan 2016-2018: "
                             "End-of-term self-assessment report")
    new = library.open(new_id)
    old = library.open(previous_id)
    assert new.report_type == "end_of_term"
    assert new.title == seen["title"]
    assert len(new.values["commitments"]) == 9
    assert new.values["commitments"] == old.values["commitments"]
    assert "period_start" not in new.values and "comments" not in new.values
    assert old.report_type == "mid_term"  # the previous report is not changed


def test_from_a_report_file_with_a_typed_title(qtbot, library, tmp_path, prompts_recorder):
    path = tmp_path / "mid-term.ogpreport.json"
    write_report(read_report(DEMO), path)
    dialog = CarryForwardDialog(library)
    qtbot.addWidget(dialog)
    assert dialog.file_radio.isChecked() and not dialog.library_radio.isEnabled()  # the library is empty
    prompts_recorder.answer("open_file", str(path))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.type_combo.currentData() == "end_of_term"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "End-of-term self-assessment")
    dialog.accept()
    assert dialog.draft_id is not None
    assert library.open(dialog.draft_id).title == "End-of-term self-assessment"


def test_a_bad_file_is_one_message_and_no_draft(qtbot, library, tmp_path):
    broken = tmp_path / "broken.ogpreport.json"
    broken.write_text("[1, 2", encoding="utf-8")
    dialog = CarryForwardDialog(library)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.file_radio, Qt.MouseButton.LeftButton, pos=QPoint(6, dialog.file_radio.height() // 2))
    dialog.file_edit.setText(str(broken))
    dialog.accept()
    assert dialog.draft_id is None and dialog.isVisible()
    assert "broken.ogpreport.json" in dialog.problem_label.text()
    assert library.list() == []
