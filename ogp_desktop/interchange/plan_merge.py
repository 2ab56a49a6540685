"""Bringing an imported action plan into a report without overwriting anyone.

The rule (also in docs for the GUI):

* Plan-owned fields are the ones a plan file carries (its columns follow
  from the template: :func:`~ogp_desktop.interchange.plan_import.plan_columns`).
  Nothing else is ever touched.
* A plan-owned field is written when it is empty, or when its current value is
  exactly what an earlier import put there (the report remembers those values
  in ``meta["plan_import"]["values"]``): then the plan still owns it and a
  revised plan may update it.
* Any other non-empty value was written or edited by a person: it is kept and
  the difference is reported in :attr:`ImportSummary.kept`, never overwritten.
* Nothing is removed: a commitment or milestone missing from the plan stays.

Commitments match by the template's key fields (OGP id, else number);
milestones by number, else by identical activity text.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ogp_desktop import valuepath
from ogp_desktop.emptiness import is_blank
from ogp_desktop.errors import render
from ogp_desktop.interchange.plan_import import PlanColumns, PlanImport
from ogp_desktop.languages import DEFAULT_LANGUAGE
from ogp_desktop.report import Report, now_iso
from ogp_desktop.roles import first_filled


@dataclass(frozen=True)
class FieldChange:
    path: str
    old: Any
    new: Any


@dataclass
class ImportSummary:
    added_commitments: list[str] = field(default_factory=list)
    added_milestones: list[str] = field(default_factory=list)
    filled: list[FieldChange] = field(default_factory=list)
    changed: list[FieldChange] = field(default_factory=list)
    kept: list[FieldChange] = field(default_factory=list)  # ``new`` is the plan's value that was not taken

    @property
    def is_empty(self) -> bool:
        return not (self.added_commitments or self.added_milestones or self.filled or self.changed)

    def lines(self, lang: str = DEFAULT_LANGUAGE) -> list[str]:
        """Human-readable summary in *lang*, one line per fact."""
        def say(code: str, **params: Any) -> str:
            return render(f"plan_summary.{code}", lang, params)

        out = [say("added_commitment", key=c) for c in self.added_commitments]
        out += [say("added_milestone", key=m) for m in self.added_milestones]
        out += [say("filled", path=c.path, new=c.new) for c in self.filled]
        out += [say("updated", path=c.path, old=c.old, new=c.new) for c in self.changed]
        out += [say("kept", path=c.path, new=c.new) for c in self.kept]
        return out or [say("nothing")]


def _find(rows: list[Any], wanted: dict[str, Any], fields: tuple[str, ...]) -> int | None:
    """The first row sharing the first of *fields* that *wanted* has (then the next field, and so on)."""
    for column in fields:
        want = wanted.get(column)
        if want:
            hit = next((i for i, r in enumerate(rows) if isinstance(r, dict) and r.get(column) == want), None)
            if hit is not None:
                return hit
    return None


class _Merger:
    def __init__(self, report: Report) -> None:
        self.report = report
        record = report.meta.get("plan_import")
        old = record.get("values") if isinstance(record, dict) else None
        self.previous: dict[str, Any] = dict(old) if isinstance(old, dict) else {}
        self.recorded: dict[str, Any] = dict(self.previous)
        self.summary = ImportSummary()

    def field(self, path: valuepath.Path, memo: str, new: Any) -> None:
        """Apply the ownership rule to one plan-owned field."""
        current = self.report.get(path)
        text = valuepath.format(path)
        if is_blank(current):
            self.report.set(path, new)
            self.summary.filled.append(FieldChange(text, current, new))
        elif current == new:
            pass
        elif memo in self.previous and self.previous[memo] == current:
            self.report.set(path, new)
            self.summary.changed.append(FieldChange(text, current, new))
        else:
            self.summary.kept.append(FieldChange(text, current, new))
            return  # the person's value stays; the plan does not own it
        self.recorded[memo] = new

    def remember(self, memo: str, row: dict[str, Any], fields: tuple[str, ...]) -> None:
        for f in fields:
            if row.get(f):
                self.recorded[f"{memo}/{f}"] = row[f]

    def commitment(self, plan_c: dict[str, Any], cols: PlanColumns) -> None:
        group = self.report.roles.commitments
        rows = self.report.commitments()
        index = _find(rows, plan_c, cols.key)
        key = first_filled(plan_c, cols.key)
        milestone_fields = tuple(cols.milestone.values())
        if index is None:
            new = copy.deepcopy(plan_c)
            new[cols.milestones] = list(new.get(cols.milestones, []))
            self.report.append(group, new)
            self.summary.added_commitments.append(f"{key} {plan_c.get(cols.title, '')}".strip())
            self.remember(key, plan_c, cols.commitment)
            for m in plan_c.get(cols.milestones, []):
                self.remember(f"{key}/{cols.milestones}/{first_filled(m, cols.milestone_key)}", m, milestone_fields)
            return
        for column in cols.commitment:
            if plan_c.get(column):
                self.field((group, index, column), f"{key}/{column}", plan_c[column])
        for plan_m in plan_c.get(cols.milestones, []):
            self.milestone(index, key, plan_m, cols)

    def milestone(self, c_index: int, key: str, plan_m: dict[str, Any], cols: PlanColumns) -> None:
        base: valuepath.Path = (self.report.roles.commitments, c_index, cols.milestones)
        rows = self.report.get(base)
        rows = rows if isinstance(rows, list) else []
        memo = f"{key}/{cols.milestones}/{first_filled(plan_m, cols.milestone_key)}"
        index = _find(rows, plan_m, cols.milestone_key[:1]) if plan_m.get(cols.milestone_key[0]) else \
            _find(rows, plan_m, cols.milestone_key[1:])
        if index is None:
            self.report.append(base, copy.deepcopy(plan_m))
            self.summary.added_milestones.append(
                f"{plan_m.get(cols.milestone_key[0], '')} of commitment {key}".strip())
            self.remember(memo, plan_m, tuple(cols.milestone.values()))
            return
        for f in cols.milestone.values():
            if plan_m.get(f):
                self.field(base + (index, f), f"{memo}/{f}", plan_m[f])


def _plan_period(plan: PlanImport) -> tuple[str | None, str | None]:
    cols = plan.columns
    months = [(c.get(cols.start), c.get(cols.end)) for c in plan.commitments]
    starts = sorted(s for s, _ in months if isinstance(s, str) and len(s) == 7)
    ends = sorted(e for _, e in months if isinstance(e, str) and len(e) == 7)
    return (starts[0] if starts else None, ends[-1] if ends else None)


def merge_plan(report: Report, plan: PlanImport) -> ImportSummary:
    """Bring *plan* into *report* (edited in place, through Report so listeners hear it)."""
    merger = _Merger(report)
    for plan_c in plan.commitments:
        merger.commitment(plan_c, plan.columns)
    start, end = _plan_period(plan)
    roles = report.roles
    for field_id, value in ((roles.plan_start, start), (roles.plan_end, end)):
        if field_id and value and not report.get(field_id):  # plan-level dates: only ever filled, never changed
            report.set(field_id, value)
            merger.summary.filled.append(FieldChange(field_id, None, value))
    report.meta["plan_import"] = {"imported": now_iso(), "values": merger.recorded}
    return merger.summary


def report_from_plan(plan: PlanImport, title: str = "") -> Report:
    """A new report holding only the plan (the ``import-plan`` command without ``--into``)."""
    now = now_iso()
    report = Report({}, meta={"title": title, "created": now, "modified": now})
    report.ensure_report_id()
    merge_plan(report, plan)
    return report
