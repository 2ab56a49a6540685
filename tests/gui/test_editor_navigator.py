"""The navigator model on the real template: structure, show_for, commitment titles, badges."""

from __future__ import annotations

from typing import Any

from helpers_editor import kinds_template, real_template
from PySide6.QtCore import QModelIndex, Qt

from ogp_desktop.gui.editor.navigator_model import (
    KEY_ROLE,
    STATUS_ROLE,
    SUMMARY_KEY,
    NavigatorModel,
    number_field,
    paged_group,
    row_title,
)
from ogp_desktop.report import Report


def keys(model: NavigatorModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008 - Qt idiom
    return [model.index(r, 0, parent).data(KEY_ROLE) for r in range(model.rowCount(parent))]


def test_sections_in_template_order_with_commitments_as_children(qtbot: Any, qtmodeltester: Any) -> None:
    template = real_template()
    report = Report({"report_type": "mid_term", "commitments": [
        {"number": "1", "title": "Openness of the Riigikogu"}, {"title": "Open data"}, {}]})
    model = NavigatorModel(template, report, "en")
    qtmodeltester.check(model)
    assert keys(model) == [SUMMARY_KEY] + [s.id for s in template.sections]
    parent = model.index_of("commitments")
    assert keys(model, parent) == ["commitments[0]", "commitments[1]", "commitments[2]"]
    labels = [model.index(r, 0, parent).data() for r in range(3)]
    assert labels == ["1. Openness of the Riigikogu", "Commitment 2: Open data", "Commitment 3"]
    model.set_language("et")
    assert model.index(2, 0, parent).data() == "Kohustus 3"


def test_show_for_hides_plan_development_for_end_of_term(qtbot: Any, qtmodeltester: Any) -> None:
    report = Report({"report_type": "end_of_term"})
    model = NavigatorModel(real_template(), report, "en")
    assert "plan_development" not in keys(model)
    report.set("report_type", "mid_term")
    model.refresh()
    assert "plan_development" in keys(model)
    qtmodeltester.check(model)


def test_badges_follow_statuses(qtbot: Any) -> None:
    report = Report({"commitments": [{}]})
    model = NavigatorModel(real_template(), report, "en")
    cover = model.index_of("cover")
    assert cover.data(STATUS_ROLE) == "empty"
    assert "not started" in cover.data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(model.dataChanged):
        model.set_statuses({"cover": "errors", "commitments[0]": "complete"})
    assert cover.data(STATUS_ROLE) == "errors"
    assert cover.data(Qt.ItemDataRole.AccessibleTextRole).endswith("has errors")
    assert not cover.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index_of("commitments[0]").data(STATUS_ROLE) == "complete"


def test_rows_coming_and_going_reset_the_tree(qtbot: Any, qtmodeltester: Any) -> None:
    report = Report({"commitments": [{}]})
    model = NavigatorModel(real_template(), report, "en")
    report.insert("commitments", 1, {"number": "2", "title": "New"})
    with qtbot.waitSignal(model.modelReset):
        model.refresh()
    assert model.index_of("commitments[1]").data() == "2. New"
    qtmodeltester.check(model)


def test_paged_group_is_the_group_whose_rows_hold_groups() -> None:
    template = real_template()
    pages = [s.id for s in template.sections if paged_group(s) is not None]
    assert pages == ["commitments"]  # irm_recommendations and forum tables stay tables
    group = template.field("commitments")
    assert group is not None
    assert number_field(group) is not None and number_field(group).id == "number"  # type: ignore[union-attr]
    kinds = kinds_template().field("things")
    assert kinds is not None
    assert row_title(kinds, {"number": "4", "name": "Thing"}, 3, "en") == "4. Thing"


def test_a_new_check_repaints_exactly_the_entries_whose_badge_changed(qtbot: Any) -> None:
    report = Report({"commitments": [{} for _ in range(6)]})
    model = NavigatorModel(real_template(), report, "en")
    changed: list[str] = []

    def note(first: QModelIndex, last: QModelIndex) -> None:
        parent = first.parent()
        changed.extend(model.index(r, 0, parent).data(KEY_ROLE) for r in range(first.row(), last.row() + 1))

    model.dataChanged.connect(note)
    model.set_statuses({"cover": "errors", "commitments[1]": "complete", "commitments[2]": "complete",
                        "commitments[4]": "warnings"})
    assert sorted(changed) == ["commitments[1]", "commitments[2]", "commitments[4]", "cover"]
    changed.clear()
    # One badge changes, one entry has no status any more (back to "not started"), the rest stay.
    model.set_statuses({"cover": "errors", "commitments[1]": "complete", "commitments[2]": "errors"})
    assert sorted(changed) == ["commitments[2]", "commitments[4]"]
    assert model.index_of("commitments[4]").data(STATUS_ROLE) == "empty"
    assert model.index_of("commitments[2]").data(STATUS_ROLE) == "errors"
    changed.clear()
    model.set_statuses(dict(model.statuses))
    assert changed == []
