"""A form page builds its blocks in steps; what happens meanwhile shows in the blocks that come later."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from helpers_editor import real_template
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from ogp_desktop.gui.editor.form_page import FormPage
from ogp_desktop.gui.editor.undo_commands import EditSession
from ogp_desktop.report import Report


def _page(qtbot: Any, report: Report) -> FormPage:
    template = real_template()
    group = template.field((template.roles.commitments,))
    assert group is not None
    editing = EditSession(report, QUndoStack())
    key = f"{template.roles.commitments}[0]"
    page = FormPage(key, group.fields, (template.roles.commitments, 0), report, editing, "en")
    qtbot.addWidget(page)
    page.editing_stack = editing  # kept alive with the page
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    report.subscribe(page.on_report_changed)
    return page


def _last_longtext(page: FormPage) -> str:
    return next(f.id for f in reversed(page.fields) if f.kind == "longtext")


def test_blocks_built_later_show_the_values_marks_and_state_of_their_time(qtbot: Any) -> None:
    template = real_template()
    report = Report({template.roles.commitments: [{}]})
    page = _page(qtbot, report)
    assert not page.complete  # 23 fields: not all of them at once
    late = _last_longtext(page)
    path = f"{template.roles.commitments}[0].{late}"
    # Before its block exists: an edit (undo, a merge), read-only, a check's problem on it.
    report.set(path, "Written while the page was still being built.")
    page.set_read_only(True)
    problem = SimpleNamespace(severity="error", message="Say what comes next.", path=path)
    page.set_problems([((template.roles.commitments, 0, late), problem)])
    qtbot.waitUntil(lambda: page.complete)
    block = next(b for b in page.blocks if b.editor.field.id == late)
    assert block.editor.value() == "Written while the page was still being built."
    assert block.editor.focus_widget().isReadOnly()
    assert block.problem.isVisibleTo(page) and "Say what comes next." in block.problem.text()
    letters = [b.access_letter for b in page.blocks if b.access_letter]
    assert len(letters) == len(set(letters))  # no two fields share an Alt key, whenever they were built


def test_going_to_a_field_not_built_yet_builds_up_to_it_and_focuses_it(qtbot: Any) -> None:
    template = real_template()
    page = _page(qtbot, Report({template.roles.commitments: [{}]}))
    late = _last_longtext(page)
    widget = page.focus_path((template.roles.commitments, 0, late))
    assert widget is not None and widget.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    blocks = [b.editor.field.id for b in page._blocks]  # noqa: SLF001 - what is built so far, in order
    assert blocks == [f.id for f in page.fields][:len(blocks)] and late in blocks


def test_going_to_a_field_far_down_a_new_page_scrolls_it_into_view(qtbot: Any) -> None:
    """The page's height comes only once the layout request is handled: the field must still end up in view."""
    template = real_template()
    page = _page(qtbot, Report({template.roles.commitments: [{}]}))
    late = _last_longtext(page)
    widget = page.focus_path((template.roles.commitments, 0, late))
    assert widget is not None

    def in_view() -> bool:
        top = widget.mapTo(page.viewport(), widget.rect().topLeft()).y()
        return page.verticalScrollBar().value() > 0 and 0 <= top < page.viewport().height()

    qtbot.waitUntil(in_view)
