"""The collaboration use cases, whole: what the CLI and the GUI both call.

A dialog only collects choices (which file, which commitments, ours or theirs)
and shows results; the steps and their order live here: a version of the draft
is kept *before* anything changes, the merge or import runs on a copy, and the
caller applies the result (the GUI as one undo step, the CLI by writing a file).
"""

from __future__ import annotations

from collections.abc import Callable

from ogp_desktop.clock import Clock, system_clock
from ogp_desktop.interchange.carry_forward import carry_forward
from ogp_desktop.interchange.contribution import MergeResult, merge_contribution
from ogp_desktop.interchange.plan_import import PlanImport
from ogp_desktop.interchange.plan_merge import ImportSummary, merge_plan, report_from_plan
from ogp_desktop.report import Report
from ogp_desktop.store.library import Library


def merge_contribution_into_draft(library: Library, draft_id: str, report: Report, contribution: Report, *,
                                  reason: str, clock: Clock = system_clock,
                                  allow_other_report: bool = False) -> MergeResult:
    """Keep a version of the draft (called *reason*), then merge *contribution* into a copy of *report*.

    Nothing is applied: settle ``result.conflicts`` (re-running :func:`resolve`), then apply it.
    ContributionError when the merge is refused, StoreError when the version cannot be kept.
    """
    library.snapshot(draft_id, reason=reason)
    return merge_contribution(report, contribution, clock=clock, allow_other_report=allow_other_report)


def import_plan(plan: PlanImport, into: Report | None = None, title: str = "") -> tuple[Report, ImportSummary | None]:
    """The report the plan makes: a new one (*title*), or a copy of *into* with the plan merged and its summary."""
    if into is None:
        return report_from_plan(plan, title), None
    merged = into.copy()
    return merged, merge_plan(merged, plan)


def import_plan_into_draft(library: Library, draft_id: str, preview: Report, *, reason: str) -> Report:
    """Keep a version of the draft (called *reason*) before the previewed import replaces its content."""
    library.snapshot(draft_id, reason=reason)
    return preview


def import_plan_as_draft(library: Library, plan: PlanImport, title: str,
                         complete: Callable[[Report], bool] | None = None) -> str | None:
    """A new draft holding the plan; its id. *complete* may fill in what the plan lacks (the
    country, report type, period): when it returns False nothing is added and the result is None."""
    new = report_from_plan(plan, title)
    if complete is not None and not complete(new):
        return None
    return library.add(new)


def carry_forward_to_draft(library: Library, previous: Report, report_type: str, title: str | None = None) -> str:
    """A new draft of *report_type* carried forward from *previous*; its id (CarryForwardError says why not)."""
    return library.add(carry_forward(previous, report_type, title))
