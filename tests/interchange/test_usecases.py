"""The collaboration use cases on a real library: a version is kept before anything changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogp_desktop.interchange import apply_merge, export_contribution
from ogp_desktop.interchange.plan_import import read_plan
from ogp_desktop.interchange.usecases import (
    carry_forward_to_draft,
    import_plan,
    import_plan_as_draft,
    import_plan_into_draft,
    merge_contribution_into_draft,
)
from ogp_desktop.store.library import Library

PLAN = Path(__file__).parent / "data" / "action-plan-ee-2016-2018.csv"


@pytest.fixture
def library(tmp_path: Path):
    lib = Library(tmp_path / "library")
    yield lib
    lib.close()


def test_plan_import_as_draft_then_into_it_keeps_a_version_first(library: Library) -> None:
    plan = read_plan(PLAN)
    draft_id = import_plan_as_draft(library, plan, "EE plan")
    report = library.open(draft_id)
    assert len(report.commitments()) == len(plan.commitments) and report.title == "EE plan"
    report.set("commitments[0].title", "Edited by a person")
    preview, summary = import_plan(plan, report)
    assert summary is not None and report.get("commitments[0].title") == "Edited by a person"  # a copy changed
    assert any("kept commitments[0].title" in line for line in summary.lines())
    import_plan_into_draft(library, draft_id, preview, reason="Before importing the plan again")
    assert [v.reason for v in library.versions(draft_id)][-1] == "Before importing the plan again"


def test_merge_into_a_draft_keeps_a_version_then_merges_a_copy(library: Library) -> None:
    draft_id = import_plan_as_draft(library, read_plan(PLAN), "EE plan")
    report = library.open(draft_id)
    contribution = export_contribution(report, ["EE0040"], "Ministry of Justice")
    contribution.set("commitments[0].results", "Done")
    result = merge_contribution_into_draft(library, draft_id, report, contribution, reason="Before merging")
    assert [v.reason for v in library.versions(draft_id)][-1] == "Before merging"
    assert result.ok and report.get("commitments[1].results") is None
    apply_merge(report, result)
    assert report.get("commitments[1].results") == "Done"


def test_carry_forward_to_a_new_draft(library: Library) -> None:
    draft_id = import_plan_as_draft(library, read_plan(PLAN), "EE plan")
    new_id = carry_forward_to_draft(library, library.open(draft_id), "end_of_term", "EE end of term")
    new = library.open(new_id)
    assert new.report_type == "end_of_term" and new.title == "EE end of term"
    assert new.report_id != library.open(draft_id).report_id
